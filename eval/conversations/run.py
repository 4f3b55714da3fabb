"""Drive the scripted development conversations (dev.yml) through the real assistant over REST.

Usage (from the project root):
    .venv/bin/python eval/conversations/run.py                       # models/peer-reflect.tar.gz
    .venv/bin/python eval/conversations/run.py --model /tmp/models-dev/dev.tar.gz
    .venv/bin/python eval/conversations/run.py --url http://127.0.0.1:5005   # a server already running
    options: --set FILE (default dev.yml), --only ID [ID ...], --show (print every turn), --json OUT

Starts the action server and the Rasa server with `peer_reflect.stack.Stack` against a temporary SQLite
database and outbox and a test pseudonym key, sends every conversation from a fresh sender id, and prints
one line per conversation (PASS, or FAIL with the first failing turn: message, expected, got) and a total.
`--json` writes a results file WITHOUT message or reply text (ids, turn numbers, steps, markers only).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

HERE = Path(__file__).resolve().parent
TEST_KEY = "0123456789abcdef" * 4  # 64 hex characters: a test pseudonym key, never a real one

# What the assistant says at each step (case-insensitive regexes over the joined reply texts).
FOLLOWUP = (
    r"What were you there for in that moment|Did your own lived experience come into it|"
    r"How did your boundaries feel|How did the team respond|There was power in the room|"
    r"What helped that connection happen|which fitted best\?"
)
MARKERS = {
    "greeting": r"not a crisis service",
    "consent": r"Would you like it saved",
    "reflect_only_ack": r"Nothing from this conversation will be saved",
    "checkin": r"How are you arriving",
    "checkin_safe": r"are you feeling safe right now",
    "moment": r"one moment from the shift",
    "feelings": r"How did you feel in that moment",
    "followup": FOLLOWUP,
    "why_followup": r"This is the \"So what\?\"",
    "now_what": r"Now what\? Is there anything",
    "self_care": r"What will you do for yourself tonight",
    "review": r"Shall I save it like this",
    "review_themes": r"^Themes: ",
    "saved": r"Saved\. Only the anonymised",
    "not_saved_end": r"As agreed, nothing has been saved",
    "nothing_to_save": r"nothing to save",
    "closing": r"Thank you for taking the time to reflect",
    "safety_self": r"Are you safe right now",
    "contacts": r"116 123",
    "safety_followup": r"I'm glad to hear that",
    "not_safe_now": r"Please don't stay alone",
    "safeguarding": r"someone you support may be at risk",
    "safety_others": r"someone could get hurt",
    "data_info": r"Here's what happens to your words",
    "help": r"to pass on a question",
    "why": r"You can always say \"skip\"",
    "paused": r"Paused\. Take the time",
    "resumed": r"Welcome back",
    "stopped": r"we'll stop here",
    "stopped_unsaved": r"Nothing from this reflection has been saved",
    "start_over": r"start again from the top",
    "confirm_delete": r"permanently delete every reflection",
    "deleted": r"permanently deleted \d+ saved",
    "not_deleted": r"nothing has been deleted",
    "offer_resume": r"carry on with the reflection",
    "off_topic": r"outside what I can help with",
    "bot": r"I'm a bot",
    "thanks": r"You're welcome",
    "goodbye": r"Take care of yourself tonight\. You can come back",
    "default": r"didn't quite follow",
    "confirm_stop": r"Do you want to stop here\?",
    "confirm_discard": r"discard this reflection",
    "confirm_start_over": r"start again from the top\? Your answers",
    "risk_check": r"Did I get that right\?",
    "paused_goodbye": r"I've paused the reflection here",
    "discarded": r"has been discarded",
    "choose_edit": r"Which answer would you like to change",
    "redo": r"let's redo that one",
    "skipped": r"let's skip that one",
    "nothing_to_resume": r"no reflection paused",
    "english": r"English",
}
# Never acceptable in any reply.
ALWAYS_REJECT = {
    "action_error": r"something went wrong on my side",
    "channel_error": r"send it again in a minute",
}


class _Loader(yaml.SafeLoader):
    """YAML without implicit booleans: a user message `yes`, `no`, `on` or `off` stays a string."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def pattern(item: str) -> re.Pattern:
    return re.compile(MARKERS.get(item, item), re.IGNORECASE | re.MULTILINE)


def say(url: str, sender: str, text: str, timeout: float = 120) -> list[dict]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"[]")


def reply_text(replies: list[dict]) -> str:
    return "\n".join(str(r.get("text", "")) for r in replies if isinstance(r, dict))


@dataclass
class Failure:
    turn: int           # 1-based index of the scripted turn
    step: str
    message: str
    expected: str
    got: str


@dataclass
class Result:
    id: str
    failure: Failure | None = None
    turns_sent: int = 0
    seconds: float = 0.0
    transcript: list[tuple[str, str]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.failure is None


def check(text: str, expect=(), any_of=(), reject=()) -> str | None:
    """None when the reply meets the turn's expectations, else what was expected."""
    if not text.strip():
        return "a non-empty reply"
    for name, rx in ALWAYS_REJECT.items():
        if re.search(rx, text, re.IGNORECASE):
            return f"no {name}"
    missing = [e for e in expect if not pattern(e).search(text)]
    if missing:
        return "all of " + ", ".join(missing)
    if any_of and not any(pattern(a).search(text) for a in any_of):
        return "one of " + ", ".join(any_of)
    found = [r for r in reject if pattern(r).search(text)]
    if found:
        return "none of " + ", ".join(found)
    return None


def run_conversation(url: str, conv: dict) -> Result:
    result = Result(conv["id"])
    sender = f"dev-{conv['id']}-{uuid.uuid4().hex[:8]}"
    started = time.monotonic()

    def send(message: str) -> str:
        try:
            text = reply_text(say(url, sender, message))
        except Exception as exc:  # noqa: BLE001 - report it as the turn's reply
            text = f"<{type(exc).__name__}: {exc}>"
        result.turns_sent += 1
        result.transcript.append((message, text))
        return text

    for index, turn in enumerate(conv["turns"], start=1):
        step = turn.get("step", "")
        if "say_each" in turn:
            until, between = turn["until"], turn.get("between", [])
            text, reached = "", False
            for message in turn["say_each"]:
                text = send(str(message))
                if pattern(until).search(text) and check(text) is None:
                    reached = True
                    break
                problem = check(text, expect=between)
                if problem:
                    result.failure = Failure(index, step or "follow-ups", message, problem, text)
                    break
            if result.failure:
                break
            if not reached:
                result.failure = Failure(index, step or "follow-ups", str(turn["say_each"][-1]),
                                         f"{until} within {len(turn['say_each'])} answers", text)
                break
            continue
        message = str(turn["say"])
        text = send(message)
        problem = check(text, turn.get("expect", []), turn.get("any", []), turn.get("reject", []))
        if problem:
            result.failure = Failure(index, step, message, problem, text)
            break
    result.seconds = time.monotonic() - started
    return result


def load(path: Path, only: list[str] | None) -> list[dict]:
    conversations = yaml.load(path.read_text(), Loader=_Loader)["conversations"]
    ids = [c["id"] for c in conversations]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise SystemExit(f"duplicate conversation ids: {sorted(duplicates)}")
    if only:
        unknown = set(only) - set(ids)
        if unknown:
            raise SystemExit(f"unknown conversation ids: {sorted(unknown)}")
        conversations = [c for c in conversations if c["id"] in only]
    for conv in conversations:
        for turn in conv["turns"]:
            for item in [*turn.get("expect", []), *turn.get("any", []), *turn.get("reject", []),
                         *turn.get("between", []), *([turn["until"]] if "until" in turn else [])]:
                if item not in MARKERS:
                    re.compile(item)  # a typo in a marker name fails here or shows up as a failing turn
    return conversations


def clip(text: str, limit: int = 400) -> str:
    text = text.replace("\n", " | ")
    return text if len(text) <= limit else text[:limit] + "…"


def drive(url: str, conversations: list[dict], show: bool) -> list[Result]:
    results = []
    for conv in conversations:
        result = run_conversation(url, conv)
        results.append(result)
        if show:
            for message, text in result.transcript:
                print(f"    > {clip(message, 200)}\n    < {clip(text, 600)}")
        if result.passed:
            print(f"PASS {result.id}  ({result.turns_sent} turns, {result.seconds:.1f} s)")
        else:
            f = result.failure
            print(f"FAIL {result.id}  turn {f.turn} [{f.step}]\n"
                  f"     message:  {clip(f.message, 200)}\n"
                  f"     expected: {f.expected}\n"
                  f"     got:      {clip(f.got)}")
        sys.stdout.flush()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(ROOT / "models" / "peer-reflect.tar.gz"))
    parser.add_argument("--set", default=str(HERE / "dev.yml"), help="conversation file")
    parser.add_argument("--url", help="base URL of a Rasa server already running (skips starting one)")
    parser.add_argument("--only", nargs="+", help="conversation ids to run")
    parser.add_argument("--show", action="store_true", help="print every turn of every conversation")
    parser.add_argument("--json", help="write results (no message text) to this file")
    args = parser.parse_args()

    conversations = load(Path(args.set), args.only)
    if args.url:
        results = drive(args.url.rstrip("/") + "/webhooks/rest/webhook", conversations, args.show)
    else:
        from peer_reflect.stack import Stack

        base = Path(tempfile.mkdtemp(prefix="peer-reflect-convs-"))
        env = {
            "DATABASE_URL": f"sqlite:///{base / 'reflections.db'}",
            "OUTBOX_DIR": str(base / "outbox"),
            "PSEUDONYM_KEY": TEST_KEY,
            "RESOURCES_REGION": "UK",
        }
        print(f"starting the assistant with {args.model} (logs in {base / 'logs'})", flush=True)
        started = time.monotonic()
        with Stack(model=Path(args.model), env=env, log_dir=base / "logs", startup_timeout=600) as stack:
            print(f"ready after {time.monotonic() - started:.0f} s", flush=True)
            results = drive(stack.rest_url, conversations, args.show)

    passed = sum(r.passed for r in results)
    turns = sum(r.turns_sent for r in results)
    print(f"\nTOTAL {passed}/{len(results)} conversations passed ({passed / max(len(results), 1):.0%}), "
          f"{turns} turns sent")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "model": args.model if not args.url else args.url,
            "set": Path(args.set).name,
            "passed": passed,
            "total": len(results),
            "conversations": [
                {"id": r.id, "passed": r.passed, "turns_sent": r.turns_sent,
                 **({"failed_turn": r.failure.turn, "step": r.failure.step, "expected": r.failure.expected}
                    if r.failure else {})}
                for r in results
            ],
        }, indent=1) + "\n")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
