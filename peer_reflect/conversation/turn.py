"""How one message inside a reflection is read: the decision behind every turn of the reflection form.

Inside a reflection everything is an answer to the pending question until proven otherwise (DESIGN.md
section 9). `decide` turns (the pending step, what the assistant is holding, the message) into a `Decision`:
store an answer, answer a digression and ask again, ask back before a destructive command, check a possible
risk, or carry out something the worker confirmed. It is pure Python, so every path is unit-tested without
Rasa; `actions/reflection_form.py` only applies the decision.

Holds are the assistant's own pending yes/no questions:
  confirm:<command>   "Stop here and keep nothing?"           the message is held as a possible answer
  check:<kind>        "Did I get that right?" (possible risk)  the message is held as a possible answer
  safety              "Are you safe right now?" (self risk)    the flagged message is never kept
  urgent              the worker said they are not safe       only "carry on" or "stop" moves on
  paused              paused or said goodbye                  any answer resumes
  choose_edit         at the review: which answer to change
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

ANSWER_STEPS = frozenset({
    "checkin", "moment", "feelings", "followup_1", "followup_2", "followup_3", "now_what", "self_care",
})
CONSENT, CHECKIN_SAFE, REVIEW = "consent", "checkin_safe", "review_decision"
LAST_QUESTION = "self_care"
POLICY_FILE = Path(__file__).with_name("reading.yml")
# What a confirmed destructive command does.
EXECUTE = {"stop_reflection": "stop", "dont_save": "discard", "start_over": "start_over", "delete_data": "delete"}


@dataclass(frozen=True)
class Said:
    """One message as NLU read it. `risk` is the screen's kind; `explicit` marks the explicit self-risk floor."""

    text: str
    intent: str = "inform"
    confidence: float = 1.0
    risk: str = "none"
    explicit: bool = False

    @property
    def payload(self) -> str | None:
        """The intent of a button payload or slash command ("/affirm" -> "affirm"), else None."""
        text = self.text.strip()
        if not text.startswith("/"):
            return None
        return text[1:].split("{", 1)[0].strip() or None


@dataclass
class Decision:
    answer: str | None = None      # store this as the answer to the pending step
    skip: bool = False             # the worker skipped the pending step
    say: list[str] = field(default_factory=list)   # what to say, as keys the adapter renders
    hold: str | None = None        # the assistant's pending question after this turn (None: none)
    held: str | None = None        # message kept while that question is open
    execute: str | None = None     # stop | discard | start_over | delete | save | edit
    reask: bool = True             # ask the pending step's question again
    risk: str | None = None        # a risk kind the worker confirmed or that is explicit: count and flag it


@dataclass(frozen=True)
class Limit:
    """When a message the classifier gave this intent is really that command (reading.yml)."""

    max_words: int
    min_confidence: float
    question_words: int = 0
    cue: re.Pattern | None = None
    cue_alone: bool = False     # the cue is specific enough to count without the classifier

    def fits(self, said: Said) -> bool:
        if said.confidence < self.min_confidence:
            return False
        if self.cue is not None and not self.cue.search(said.text):
            return False
        words = len(said.text.split())
        if words <= self.max_words:
            return True
        return said.text.rstrip().endswith("?") and words <= self.question_words


@dataclass(frozen=True)
class Policy:
    destructive: dict[str, re.Pattern]
    commands: dict[str, Limit]
    yes_no: dict[str, Limit]
    patterns: dict[str, re.Pattern]

    def command(self, said: Said) -> str | None:
        limit = self.commands.get(said.intent)
        if limit and limit.fits(said):
            return said.intent
        for name, limit in self.commands.items():
            if limit.cue_alone and limit.fits(Said(said.text, name, 1.0)):
                return name
        return None

    def destroys(self, said: Said) -> bool:
        cue = self.destructive.get(said.intent)
        return cue is not None and bool(cue.search(said.text))

    def yes(self, said: Said) -> bool:
        if said.payload is not None:
            return said.payload == "affirm"
        return bool(self.patterns["yes_words"].match(said.text)) or (
            said.intent == "affirm" and self.yes_no["affirm"].fits(said))

    def no(self, said: Said) -> bool:
        if said.payload is not None:
            return said.payload == "deny"
        return bool(self.patterns["no_words"].match(said.text)) or (
            said.intent == "deny" and self.yes_no["deny"].fits(said))

    def safe(self, said: Said) -> bool | None:
        """The answer to "are you safe right now?": True, False, or None when it does not say."""
        if said.payload is not None:
            return {"affirm": True, "deny": False}.get(said.payload)
        if self.patterns["unsafe_words"].search(said.text) or self.no(said):
            return False
        if self.patterns["safe_words"].search(said.text) or self.yes(said):
            return True
        return None

    def consent(self, said: Said) -> str | None:
        if self.no(said) or self.patterns["consent_decline"].search(said.text):
            return "reflect_only"
        if self.yes(said) or self.patterns["consent_store"].search(said.text):
            return "store"
        return None

    def review(self, said: Said) -> str | None:
        if self.patterns["review_edit"].search(said.text) or self.command(said) == "edit_answer":
            return "edit"
        if self.no(said) or self.patterns["review_discard"].search(said.text) or self.destroys(said):
            return "discard"
        if self.yes(said) or self.patterns["review_save"].search(said.text):
            return "save"
        return None


def _rx(text: str) -> re.Pattern:
    return re.compile(text, re.IGNORECASE)


@lru_cache(maxsize=1)
def load_policy(path: Path = POLICY_FILE) -> Policy:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def limit(spec: dict) -> Limit:
        spec = dict(spec)
        cue = spec.pop("cue", None)
        return Limit(**spec, cue=_rx(cue) if cue else None)

    names = ("yes_words", "no_words", "safe_words", "unsafe_words", "consent_decline", "consent_store", "review_edit", "review_discard",
             "review_save")
    return Policy(
        destructive={k: _rx(v) for k, v in data["destructive"].items()},
        commands={k: limit(v) for k, v in data["commands"].items()},
        yes_no={k: limit(v) for k, v in data["yes_no"].items()},
        patterns={name: _rx(data[name]) for name in names},
    )


def confirmed(command: str, said: Said, policy: Policy | None = None) -> bool:
    """Did the worker say yes to "Do you want me to <command>?" Anything but yes is no."""
    policy = policy or load_policy()
    return policy.yes(said) or said.payload == command or (said.payload is None and said.intent == command)


def _joined(held: str | None, text: str) -> str:
    return f"{held} {text}".strip() if held and held.strip() != text.strip() else text


def decide(step: str | None, hold: str | None, held: str | None, said: Said, policy: Policy | None = None) -> Decision:
    policy = policy or load_policy()
    if said.risk == "self" and said.payload is None and hold in ("safety", "urgent"):
        # Answering "are you safe?" honestly often repeats the risk words: acknowledge, keep help in view,
        # and never loop the same safety message.
        if hold == "urgent":
            return Decision(say=["urgent_reminder"], hold="urgent", reask=False)
        return Decision(say=["safety_again"])
    if said.risk != "none" and said.payload is None:
        if said.risk == "self" and said.explicit:
            return Decision(say=["safety:self"], hold="safety", reask=False, risk="self")
        return Decision(say=[f"check:{said.risk}"], hold=f"check:{said.risk}",
                        held=said.text if step in ANSWER_STEPS else None, reask=False)
    if hold:
        decision = _in_hold(step, hold, held, said, policy)
        if decision is not None:
            return decision
    return _at_step(step, said, policy)


def _in_hold(step: str | None, hold: str, held: str | None, said: Said, policy: Policy) -> Decision | None:
    """The answer to the assistant's own pending question, or None when the message is about the step."""
    kind, _, arg = hold.partition(":")
    answerable = step in ANSWER_STEPS
    if kind == "confirm":
        if confirmed(arg, said, policy):
            return Decision(execute=EXECUTE[arg], reask=arg in ("start_over", "delete_data"))
        if policy.no(said):
            return Decision(answer=held, say=["kept_answer"]) if answerable and held else Decision()
        if answerable and held and said.payload is None and not policy.command(said):
            return Decision(answer=_joined(held, said.text))
        return None
    if kind == "check":
        if policy.yes(said):
            if arg == "self":
                return Decision(say=["safety:self"], hold="safety", reask=False, risk="self")
            return Decision(say=[f"safety:{arg}"], risk=arg)
        if policy.no(said):
            return Decision(answer=held, say=["carry_on"]) if answerable and held else Decision(say=["carry_on"])
        if answerable and held and said.payload is None and not policy.command(said):
            return Decision(answer=_joined(held, said.text))
        return None
    if kind == "safety":
        safe = policy.safe(said)
        if safe is True:
            return Decision(say=["safety_followup"])
        if safe is False:
            return Decision(say=["not_safe"], hold="urgent", reask=False)
        return None   # anything else resumes the reflection; a typed answer is stored
    if kind == "urgent":
        if said.payload in ("resume", "affirm") or policy.command(said) == "resume" or policy.yes(said):
            if step == CHECKIN_SAFE:   # they told us they are not safe, and chose to carry on: don't ask again
                return Decision(answer="no", say=["welcome_back"])
            return Decision(say=["welcome_back"])
        if said.payload == "stop_reflection":
            return Decision(execute="stop", reask=False)
        return Decision(say=["urgent_reminder"], hold="urgent", reask=False)
    if kind == "paused":
        command = policy.command(said)
        if said.payload in ("resume", "affirm") or command in ("resume", "greet", "thanks") or policy.yes(said):
            return Decision(say=["welcome_back"])
        if said.payload == "pause" or command in ("pause", "goodbye"):
            return Decision(say=["paused"], hold="paused", reask=False)
        return None   # an answer resumes the reflection
    if kind == "choose_edit":
        if said.payload == "choose_edit" or (said.payload is None and said.text.strip()):
            return Decision(execute="edit")
        return None
    return None


def _at_step(step: str | None, said: Said, policy: Policy) -> Decision:
    payload = said.payload
    if payload is not None:
        return _button(step, payload)
    if step == CONSENT:
        if said.text.rstrip().endswith("?") and not (policy.yes(said) or policy.no(said)):
            return Decision(say=["ask_data"])   # a question before choosing is about what is kept
        consent = policy.consent(said)
        if consent is not None:
            return Decision(answer=consent)
    elif step == CHECKIN_SAFE:
        safe = policy.safe(said)
        if safe is True:
            return Decision(answer="yes")
        if safe is False:
            return Decision(say=["not_safe"], hold="urgent", reask=False)
    elif step == REVIEW:
        choice = policy.review(said)
        if choice == "save":
            return Decision(execute="save", reask=False)
        if choice == "discard":
            return Decision(say=["confirm:dont_save"], hold="confirm:dont_save", reask=False)
        if choice == "edit":
            return Decision(say=["choose_edit"], hold="choose_edit", reask=False)
    if policy.destroys(said):
        return Decision(say=[f"confirm:{said.intent}"], hold=f"confirm:{said.intent}",
                        held=said.text if step in ANSWER_STEPS else None, reask=False)
    command = policy.command(said)
    if command == "skip":
        return Decision(skip=True)
    if command in ("ask_why", "ask_data", "help", "bot_challenge", "thanks"):
        return Decision(say=[command])
    if command == "pause":
        return Decision(say=["paused"], hold="paused", reask=False)
    if command == "goodbye":
        limit = policy.commands["goodbye"]
        rest = limit.cue.sub(" ", said.text) if limit.cue else ""
        if step == LAST_QUESTION and re.search(r"\w{2,}", rest):
            return Decision(answer=said.text)
        return Decision(say=["goodbye_paused"], hold="paused", reask=False)
    if command == "resume":
        return Decision(say=["welcome_back"])
    if step == REVIEW:
        return Decision(say=["review_unclear"])
    if step == CONSENT:
        return Decision(say=["consent_unclear"])
    if step == CHECKIN_SAFE:
        return Decision(answer="yes", say=["safe_if_changes"])
    return Decision(answer=said.text)


def _button(step: str | None, payload: str) -> Decision:
    """Button payloads and slash commands are deliberate: they act directly."""
    if payload == "stop_reflection":
        return Decision(execute="stop", reask=False)
    if payload == "dont_save":
        return Decision(answer="reflect_only") if step == CONSENT else Decision(execute="discard", reask=False)
    if payload == "start_over":
        return Decision(execute="start_over")
    if payload == "delete_data":
        return Decision(say=["confirm:delete_data"], hold="confirm:delete_data", reask=False)
    if payload == "affirm":
        if step == CONSENT:
            return Decision(answer="store")
        if step == CHECKIN_SAFE:
            return Decision(answer="yes")
        if step == REVIEW:
            return Decision(execute="save", reask=False)
        return Decision()
    if payload == "deny":
        if step == CONSENT:
            return Decision(answer="reflect_only")
        if step == CHECKIN_SAFE:
            return Decision(say=["not_safe"], hold="urgent", reask=False)
        if step == REVIEW:
            return Decision(say=["confirm:dont_save"], hold="confirm:dont_save", reask=False)
        return Decision()
    if payload == "skip":
        return Decision(skip=True)
    if payload in ("ask_why", "ask_data", "help", "bot_challenge"):
        return Decision(say=[payload])
    if payload == "pause":
        return Decision(say=["paused"], hold="paused", reask=False)
    if payload == "resume":
        return Decision(say=["welcome_back"])
    if payload == "edit_answer":
        return Decision(say=["choose_edit"], hold="choose_edit", reask=False)
    if payload == "choose_edit":
        return Decision(execute="edit")
    return Decision()
