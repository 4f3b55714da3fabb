"""REST reply latency of the whole assistant (Rasa server + action server), one conversation at a time.

Drives complete reflections through /webhooks/rest/webhook and reports the median and p95 per turn, for all
turns and for the turns that run the heavier custom actions (review: anonymise + code; save: + database).
Usage: .venv/bin/python benchmarks/rest_latency/bench.py [--conversations 25]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from peer_reflect.stack import Stack  # noqa: E402

TURNS = [
    ("hi", "greet"),
    ("/affirm", "consent"),
    ("about a 6, tired", "checkin"),
    ("Grace on Oak Ward asked for my personal number again and wanted to add me on facebook", "moment"),
    ("awkward then, a bit guilty now", "feelings"),
    ("I said no kindly and explained what I'm there for", "followup"),
    ("I shared a little about my own admission, it helped", "followup"),
    ("nothing else really", "followup"),
    ("bring it to supervision on thursday", "now_what"),
    ("bath and an early night", "self_care"),
    ("/affirm", "save"),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def post(url: str, sender: str, text: str) -> tuple[float, list[dict]]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        replies = json.loads(response.read() or b"[]")
    return (time.perf_counter() - start) * 1000, replies


def run_conversation(url: str, sender: str, timings: dict[str, list[float]]) -> bool:
    """One whole reflection; True when it ends saved. A third follow-up is answered only if asked."""
    asked_now_what = False
    for text, label in TURNS:
        if label == "followup" and asked_now_what:
            continue
        ms, replies = post(url, sender, text)
        said = " ".join(r.get("text", "") for r in replies)
        asked_now_what = asked_now_what or "Now what?" in said
        kind = "review" if "Shall I save it" in said else label
        timings.setdefault(kind, []).append(ms)
        timings.setdefault("all", []).append(ms)
        if label == "save":
            return "Saved" in said
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=25)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("RESULTS.md"))
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bench-rest-"))
    env = {"DATABASE_URL": f"sqlite:///{base / 'bench.db'}", "OUTBOX_DIR": str(base / "outbox"),
           "PSEUDONYM_KEY": "b" * 64}
    timings: dict[str, list[float]] = {}
    with Stack(env=env, log_dir=base / "logs") as stack:
        run_conversation(stack.rest_url, "warm-up", {})
        ok = sum(run_conversation(stack.rest_url, f"bench-{i}", timings) for i in range(args.conversations))
    rows = []
    for kind in ["all", "checkin", "moment", "feelings", "followup", "review", "save"]:
        values = timings.get(kind, [])
        if values:
            rows.append(f"| {kind} | {len(values)} | {statistics.median(values):.1f} | {percentile(values, 0.95):.1f} |")
    report = "\n".join([
        "# REST reply latency",
        "",
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on this machine "
        f"({args.conversations} sequential conversations, {ok} saved; SQLite; one Rasa server, one action server).",
        "Reproduce: `.venv/bin/python benchmarks/rest_latency/bench.py`",
        "",
        "| turns | n | median ms | p95 ms |",
        "|---|---|---|---|",
        *rows,
        "",
    ])
    args.out.write_text(report)
    print(report)
    return 0 if ok == args.conversations else 1


if __name__ == "__main__":
    sys.exit(main())
