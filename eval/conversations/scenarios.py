"""Drive outside-author scenarios (outside-*.yml) through the real assistant over REST, as a worker would.

A scenario gives the worker's answer for each question (consent, check-in, moment, feelings, follow-ups, now
what, self-care, review), what the worker wants (`save` or `just_reflect`), whether there is genuine current
risk in it, and optional `before` messages typed just before answering a step. The simulated worker reads
each reply, works out which question is being asked, and answers it; it presses the buttons a worker who
meant their words would press ("No, that was my answer", "No, carry on", "I'm safe right now"), and never
confirms a destructive command. Unlike dev.yml it does not script the assistant's wording turn by turn, so
the same scenario stays valid when the dialogue changes.

Outcome per scenario:
  ok         the worker who wanted to save saw "Saved"; a worker who wanted to just reflect reached the end
  lost       a reflection was discarded, stopped, restarted or deleted without the worker confirming it
  stranded   the assistant said it didn't follow inside the reflection, asked one question three times, or
             the worker ran out of answers
Costs counted on the way: confirmations asked, risk checks and safety responses on scenarios labelled `none`.

Usage (from the project root):
    .venv/bin/python eval/conversations/scenarios.py eval/conversations/outside-2026-12-a.yml [--model M]
    options: --url URL (a server already running), --only ID..., --show, --json OUT (no message text)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eval.conversations.run import MARKERS, TEST_KEY, _Loader, clip  # noqa: E402

import yaml  # noqa: E402

QUESTIONS = {  # what the assistant is asking, checked on the last message that asks something
    "consent": MARKERS["consent"],
    "checkin_safe": MARKERS["checkin_safe"],
    "checkin": MARKERS["checkin"],
    "moment": MARKERS["moment"],
    "feelings": MARKERS["feelings"],
    "followups": MARKERS["followup"],
    "now_what": MARKERS["now_what"],
    "self_care": MARKERS["self_care"],
    "review": MARKERS["review"],
}
LOST = {name: MARKERS[name] for name in ("discarded", "stopped", "start_over", "deleted")}
STRANDED = MARKERS["default"]
SAVED = MARKERS["saved"]
END = r"As agreed, nothing has been saved|Thank you for taking the time to reflect"
# Buttons the simulated worker presses, by what it means (titles matched case-insensitively).
IM_SAFE = r"i'm safe|yes, i'm safe"
YES = r"^yes"


@dataclass
class Outcome:
    id: str
    wants: str
    risk: str
    result: str = "stranded"
    detail: str = ""
    turns: int = 0
    confirmations: int = 0
    risk_checks: int = 0
    safety: int = 0
    transcript: list[tuple[str, str]] = field(default_factory=list)


def post(url: str, sender: str, text: str) -> list[dict]:
    import urllib.request

    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read() or b"[]")


def asked(replies: list[dict]) -> str | None:
    """The question the last asking message poses (None when no known question is asked)."""
    for reply in reversed(replies):
        text = str(reply.get("text", ""))
        for step, rx in QUESTIONS.items():
            if re.search(rx, text, re.IGNORECASE | re.MULTILINE):
                return step
    return None


def button(replies: list[dict], title_rx: str) -> str | None:
    for reply in reversed(replies):
        for b in reply.get("buttons") or []:
            if re.search(title_rx, str(b.get("title", "")), re.IGNORECASE):
                return str(b.get("payload"))
    return None


def run_scenario(url: str, conv: dict, max_turns: int = 40) -> Outcome:
    turns = conv["turns"]
    out = Outcome(conv["id"], conv.get("worker_wants", "save"), conv.get("risk", "none"))
    sender = f"scn-{conv['id']}-{uuid.uuid4().hex[:8]}"
    before = {k: list(v) for k, v in (conv.get("before") or {}).items()}
    followups = [str(x) for x in turns.get("followups") or []]
    answered: dict[str, int] = {}
    safety_reply = conv.get("safety_reply") or turns.get("safety_reply")

    def send(message: str) -> list[dict]:
        try:
            replies = post(url, sender, message)
        except Exception as exc:  # noqa: BLE001 - reported as the reply
            replies = [{"text": f"<{type(exc).__name__}: {exc}>"}]
        out.turns += 1
        out.transcript.append((message, "\n".join(str(r.get("text", "")) for r in replies)))
        return replies

    replies = send(str(turns.get("greeting", "hi")))
    underway = False
    risk_answered = False   # the last answer was met with a risk response the worker confirmed
    edited = False          # the worker already changed an answer at the review
    last_step = None        # the last question asked, for messages typed after a pause
    while out.turns < max_turns:
        text = "\n".join(str(r.get("text", "")) for r in replies)
        if re.search(SAVED, text, re.IGNORECASE):
            out.result = "ok" if out.wants == "save" else "lost"
            out.detail = "saved" if out.wants == "save" else "saved although the worker chose to just reflect"
            return out
        for name, rx in LOST.items():
            if re.search(rx, text, re.IGNORECASE):
                out.result, out.detail = "lost", name
                return out
        if underway and re.search(STRANDED, text, re.IGNORECASE):
            out.result, out.detail = "stranded", "didn't follow"
            return out
        if re.search(END, text, re.IGNORECASE):
            done = out.wants == "just_reflect" or out.risk == "self"
            out.result = "ok" if done else "lost"
            out.detail = "ended without saving"
            return out
        # Confirmations and checks the worker did not ask for: answer as someone who meant their words.
        payload = button(replies, r"that was my answer|no, keep (them|it)")
        if payload:
            out.confirmations += 1
            replies = send(payload)
            continue
        payload = button(replies, r"no, carry on")
        if payload:
            out.risk_checks += 1
            risk_answered = out.risk != "none"
            replies = send(button(replies, YES) if risk_answered else payload)
            continue
        if re.search(MARKERS["safety_self"], text, re.IGNORECASE):
            out.safety += 1
            risk_answered = True
            replies = send(str(safety_reply) if safety_reply else (button(replies, IM_SAFE) or "I'm safe"))
            continue
        if re.search(MARKERS["choose_edit"], text, re.IGNORECASE):
            # The worker asked for a change: pick the answer the change is about (the first offered) and give
            # the same answer again; the next review is accepted.
            payload = button(replies, r".")
            answered = {k: 0 for k in answered}
            edited = True
            replies = send(payload or "the moment")
            continue
        step = asked(replies)
        if step is None and last_step and before.get(last_step):
            replies = send(str(before[last_step].pop(0)))   # e.g. "back now" after "gotta run"
            continue
        if step is None:
            payload = button(replies, r"carry on")
            if payload:
                replies = send(payload)
                continue
            out.detail = "no question asked: " + clip(text, 160)
            return out
        last_step = step
        if step != "consent":
            underway = True
        if before.get(step):
            replies = send(str(before[step].pop(0)))
            continue
        answered[step] = answered.get(step, 0) + 1
        if step != "followups" and answered[step] > (3 if risk_answered else 2):
            out.detail = f"asked {step} three times"
            return out
        if risk_answered and answered[step] > 1:
            # The worker already told the assistant about a risk here and got the response: moving on is
            # what they would do, rather than typing the same disclosure again.
            risk_answered = False
            replies = send("skip")
            continue
        if step == "followups":
            if not followups:
                out.detail = "more follow-ups asked than the worker wrote"
                return out
            message = followups.pop(0)
        elif step == "checkin_safe":
            message = str(safety_reply) if (out.risk == "self" and safety_reply) else (
                button(replies, r"yes, i'm safe") or "yes I'm safe")
        elif step == "review":
            if out.wants != "save":
                message = "discard"
            else:
                message = "yes" if edited else str(turns.get("review") or "yes")
        else:
            message = str(turns.get(step, "skip"))
        replies = send(message)
    out.detail = "too many turns"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", nargs="+", help="scenario files")
    parser.add_argument("--model", default=str(ROOT / "models" / "peer-reflect.tar.gz"))
    parser.add_argument("--url")
    parser.add_argument("--only", nargs="+")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    scenarios = []
    for path in args.set:
        scenarios += yaml.load(Path(path).read_text(), Loader=_Loader)["conversations"]
    if args.only:
        scenarios = [s for s in scenarios if s["id"] in args.only]

    def drive(url: str) -> list[Outcome]:
        outcomes = []
        for conv in scenarios:
            o = run_scenario(url, conv)
            outcomes.append(o)
            if args.show or o.result != "ok":
                for message, reply in o.transcript if args.show or o.result != "ok" else []:
                    print(f"    > {clip(message, 160)}\n    < {clip(reply, 300)}")
            print(f"{o.result.upper():9} {o.id} ({o.wants}, risk {o.risk}) {o.detail} "
                  f"[turns {o.turns}, confirmations {o.confirmations}, checks {o.risk_checks}, safety {o.safety}]",
                  flush=True)
        return outcomes

    if args.url:
        outcomes = drive(args.url.rstrip("/") + "/webhooks/rest/webhook")
    else:
        from peer_reflect.stack import Stack

        base = Path(tempfile.mkdtemp(prefix="peer-reflect-scenarios-"))
        env = {"DATABASE_URL": f"sqlite:///{base / 'reflections.db'}", "OUTBOX_DIR": str(base / "outbox"),
               "PSEUDONYM_KEY": TEST_KEY, "RESOURCES_REGION": "UK"}
        started = time.monotonic()
        with Stack(model=Path(args.model), env=env, log_dir=base / "logs", startup_timeout=600) as stack:
            print(f"ready after {time.monotonic() - started:.0f} s", flush=True)
            outcomes = drive(stack.rest_url)
    summary = summarise(outcomes)
    print(json.dumps(summary, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "summary": summary,
            "scenarios": [{k: v for k, v in o.__dict__.items() if k != "transcript"} for o in outcomes],
        }, indent=1) + "\n")
    return 0 if summary["lost"] == 0 and summary["stranded"] == 0 else 1


def summarise(outcomes: list[Outcome]) -> dict:
    wanted_save = [o for o in outcomes if o.wants == "save"]
    none_risk = [o for o in outcomes if o.risk == "none"]
    return {
        "scenarios": len(outcomes),
        "ok": sum(o.result == "ok" for o in outcomes),
        "lost": sum(o.result == "lost" for o in outcomes),
        "stranded": sum(o.result == "stranded" for o in outcomes),
        "saved_when_wanted": f"{sum(o.result == 'ok' for o in wanted_save)}/{len(wanted_save)}",
        "confirmations_asked": sum(o.confirmations for o in outcomes),
        "false_risk_checks_on_none": sum(o.risk_checks for o in none_risk),
        "safety_responses_on_none": sum(o.safety for o in none_risk),
    }


if __name__ == "__main__":
    sys.exit(main())
