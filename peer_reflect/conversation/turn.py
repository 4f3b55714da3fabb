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

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

ANSWER_STEPS = frozenset({
    "checkin", "moment", "feelings", "followup_1", "followup_2", "followup_3", "now_what", "self_care",
})
CONSENT, CHECKIN_SAFE, REVIEW = "consent", "checkin_safe", "review_decision"
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
    max_words: int
    min_confidence: float
    question_words: int = 0

    def fits(self, said: Said) -> bool:
        if said.confidence < self.min_confidence:
            return False
        words = len(said.text.split())
        if words <= self.max_words:
            return True
        return said.text.rstrip().endswith("?") and words <= self.question_words


@dataclass(frozen=True)
class Policy:
    destructive: frozenset[str]
    commands: dict[str, Limit]
    yes_no: dict[str, Limit]

    def command(self, said: Said) -> str | None:
        limit = self.commands.get(said.intent)
        return said.intent if limit and limit.fits(said) else None

    def yes(self, said: Said) -> bool:
        return said.payload == "affirm" or (said.intent == "affirm" and self.yes_no["affirm"].fits(said))

    def no(self, said: Said) -> bool:
        return said.payload == "deny" or (said.intent == "deny" and self.yes_no["deny"].fits(said))


@lru_cache(maxsize=1)
def load_policy(path: Path = POLICY_FILE) -> Policy:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Policy(
        destructive=frozenset(data["destructive"]),
        commands={k: Limit(**v) for k, v in data["commands"].items()},
        yes_no={k: Limit(**v) for k, v in data["yes_no"].items()},
    )


def _joined(held: str | None, text: str) -> str:
    return f"{held} {text}".strip() if held and held.strip() != text.strip() else text


def decide(step: str | None, hold: str | None, held: str | None, said: Said, policy: Policy | None = None) -> Decision:
    policy = policy or load_policy()
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
        if policy.yes(said) or said.payload == arg or (said.payload is None and said.intent == arg):
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
        if policy.yes(said):
            return Decision(say=["safety_followup"])
        if policy.no(said):
            return Decision(say=["not_safe"], hold="urgent", reask=False)
        return None   # anything else resumes the reflection; a typed answer is stored
    if kind == "urgent":
        if said.payload in ("resume", "affirm") or policy.command(said) == "resume" or policy.yes(said):
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
    answerable = step in ANSWER_STEPS
    intent = said.intent
    if intent in policy.destructive:
        if step == CONSENT and intent == "dont_save":
            return Decision(answer="reflect_only")
        return Decision(say=[f"confirm:{intent}"], hold=f"confirm:{intent}",
                        held=said.text if answerable else None, reask=False)
    if step == CONSENT:
        if policy.yes(said):
            return Decision(answer="store")
        if policy.no(said):
            return Decision(answer="reflect_only")
    elif step == CHECKIN_SAFE:
        if policy.yes(said):
            return Decision(answer="yes")
        if policy.no(said):
            return Decision(say=["not_safe"], hold="urgent", reask=False)
    elif step == REVIEW:
        if policy.yes(said):
            return Decision(execute="save", reask=False)
        if policy.no(said):
            return Decision(say=["confirm:dont_save"], hold="confirm:dont_save", reask=False)
    command = policy.command(said)
    if command == "skip":
        return Decision(skip=True)
    if command in ("ask_why", "ask_data", "help", "bot_challenge", "thanks"):
        return Decision(say=[command])
    if command == "pause":
        return Decision(say=["paused"], hold="paused", reask=False)
    if command == "goodbye":
        return Decision(say=["goodbye_paused"], hold="paused", reask=False)
    if command in ("resume", "greet"):
        return Decision(say=["mid_reflection"])
    if step == REVIEW:
        if command == "edit_answer":
            return Decision(say=["choose_edit"], hold="choose_edit", reask=False)
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
