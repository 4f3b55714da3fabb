"""A scripted whole reflection over the REST channel, shared by the production tests and the load driver.

Button payloads are sent as message text ("/affirm") so that the route through the dialogue is deterministic;
the number of "So what?" follow-ups (2 or 3) is chosen by the assistant, so the script answers until the
review ("Shall I save it") appears.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

REVIEW_MARK = "Shall I save it"
SAVED_MARK = "Saved"
QUEUED_MARK = "saved automatically"

OPENING = [
    ("hi", "Would you like it saved"),
    ("/affirm", "How are you arriving"),
    ("6", "What's one moment"),
    ("A young man on the ward asked me to sit with him before the ward round because he was scared of "
     "being sent back to hospital, and I stayed longer than I planned to", "How did you feel"),
    ("Anxious at the time because I was not sure what my role was in that meeting, calmer now that I "
     "have thought about it on the bus home", None),
]
LATER_ANSWERS = [
    "I think I was there to make sure his voice was heard and that the team saw him as scared rather than "
    "difficult, which is what I would have wanted",
    "I did share a little of my own story about being on a ward, just enough to show him it can get "
    "better, and I held back the rest on purpose",
    "The nurse in charge thanked me afterwards, which felt good, although nobody asked me what I thought "
    "during the meeting itself",
    "I would like to take the question of when to speak up in ward rounds to supervision next week",
    "A long bath, some music and an early night, and I will text a friend",
]


def reply_text(replies: Sequence[dict]) -> str:
    return "\n".join(str(r.get("text", "")) for r in replies if isinstance(r, dict))


class TurnError(RuntimeError):
    pass


def say(url: str, sender: str, text: str, timeout: float = 60, token: str | None = None) -> list[dict]:
    """One turn over the REST webhook; raises urllib.error.HTTPError on an HTTP error status. `token`: the
    REST_CHANNEL_TOKEN of a deployment that requires one."""
    body = json.dumps({"sender": sender, "message": text}).encode()
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, body, headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"[]")


@dataclass
class Transcript:
    sender: str
    turns: list[tuple[str, str, str]] = field(default_factory=list)  # (url, message, reply text)

    @property
    def last(self) -> str:
        return self.turns[-1][2] if self.turns else ""


def run_reflection(
    urls: Sequence[str],
    sender: str,
    say_fn: Callable[[str, str, str], list[dict]] = say,
    confirm: str = "/affirm",
    start_index: int = 0,
) -> Transcript:
    """Drive one reflection to the save; turn i goes to urls[(start_index + i) % len(urls)]."""
    transcript = Transcript(sender)

    def turn(message: str) -> str:
        url = urls[(start_index + len(transcript.turns)) % len(urls)]
        text = reply_text(say_fn(url, sender, message))
        transcript.turns.append((url, message, text))
        return text

    for message, expected in OPENING:
        text = turn(message)
        if expected and expected not in text:
            raise TurnError(f"after {message[:20]!r} expected {expected!r}, got {text[:200]!r}")
    for message in LATER_ANSWERS:
        if REVIEW_MARK in transcript.last:
            break
        turn(message)
    if REVIEW_MARK not in transcript.last:
        raise TurnError(f"no review after the answers; last reply {transcript.last[:200]!r}")
    turn(confirm)
    return transcript


def answers_until_review(
    send: Callable[[str], str], max_turns: int = len(LATER_ANSWERS)
) -> str:
    """After the feelings answer: keep answering until the review is shown; returns the review text."""
    text = ""
    for message in LATER_ANSWERS[:max_turns]:
        text = send(message)
        if REVIEW_MARK in text:
            return text
    raise TurnError(f"no review after the answers; last reply {text[:200]!r}")


def wait_until_answering(url: str, alive: Callable[[], bool], timeout: float, sender: str = "startup-probe",
                         token: str | None = None) -> bool:
    """True once the Rasa server at `url` answers a message (its root answers before the model is loaded;
    until then the REST channel asks to send again); False when `alive()` turns false or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive():
        try:
            text = reply_text(say(url, sender, "/help", timeout=10, token=token))
            if text and "send it again" not in text:
                return True
        except (OSError, ValueError):
            pass
        time.sleep(0.5)
    return False


def http_error_body(error: urllib.error.HTTPError) -> str:
    try:
        return error.read().decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - best effort for a message
        return ""
