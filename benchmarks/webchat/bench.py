"""Benchmark: reply latency as the web chat page sees it, in headless Chromium against the real stack.

    .venv/bin/python benchmarks/webchat/bench.py [--runs 5] [--no-write]

Starts the action server, the Rasa server (socket.io) and the page on free ports with a temporary SQLite
database, then drives a scripted reflection (greeting, consent tap, check-in, pause and carry on, moment,
feelings, the follow-ups, now what, self-care, review, Save tap) `--runs` times, each with a fresh chat code,
after one warm-up reflection that is reported but not counted. The page itself measures each turn:
`performance.measure("peer-reflect:reply")` from pressing send (or tapping) to the first bot bubble painted.
For comparison the same script runs through the REST channel (HTTP round trip, no browser), alternating
with the page's reflections so that both see the same load.
Writes benchmarks/webchat/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from peer_reflect.stack import Stack  # noqa: E402
from peer_reflect.web.browser import (  # noqa: E402
    CHROMIUM, Browser, ChatPage, missing_browser_tools, question_kind, walk_reflection,
)
from peer_reflect.web.server import WebChatServer  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
VARIANTS = [
    {
        "checkin": ["about a 6, tired", "6"],
        "moment": ["Precious Okafor on Oak Ward asked for my mobile number and wanted to add me on Instagram. I said "
                   "no and we sat together for a while."],
        "feelings": ["Torn then, lighter now.", "Torn."],
        "now_what": ["Bring boundaries to supervision.", "Talk it through in supervision."],
        "self_care": ["A bath and an early night.", "Sleep."],
    },
    {
        "checkin": ["7, steady", "7"],
        "moment": ["In the ward round the consultant talked over Daniel and I told the team he is scared, not "
                   "difficult."],
        "feelings": ["Angry in the room, proud of speaking up now.", "Angry, then proud."],
        "now_what": ["Raise it with my peer lead at the next team meeting.", "Talk it through in supervision."],
        "self_care": ["Walk home the long way and call my sister.", "Sleep."],
    },
    {
        "checkin": ["7", "7"],
        "moment": ["I shared a bit of my own story about my admission with a young woman on her first day, and "
                   "she smiled for the first time."],
        "feelings": ["Nervous about sharing, then warm.", "Nervous, then warm."],
        "now_what": ["Keep pausing before I tell my own story.", "Talk it through in supervision."],
        "self_care": ["I'll phone my sister and have an early night.", "Sleep."],
    },
]
FOLLOW_UP = ["I tried to stay in my peer role and be alongside her.", "It brought up some of my own history.",
             "Being a voice for her world fitted best.", "It felt right.", "I am not sure yet.", "Nothing more."]
LABELS = {"checkin": "check-in", "moment": "moment", "feelings": "feelings", "followup": "follow-up",
          "now_what": "now what", "self_care": "self-care -> review", "checkin_safe": "safe? (tap)"}


def run_page(page: ChatPage, url: str, variant: dict) -> tuple[list[tuple[str, float]], list[str]]:
    """One reflection on the page; returns (step label, latency ms) per turn and answers not taken."""
    page.open(url)
    page.js("window.localStorage.clear();")
    page.open(url)
    steps = ["greeting", "consent (tap)"]
    page.turn(lambda: page.by_id("start").click(), expect="Would you like it saved", settle=0.25)
    replies = page.turn(lambda: page.tap("Yes, save it anonymised"), settle=0.25)
    paused: list[bool] = []

    def pause_once(kind: str) -> list[str]:
        if kind != "moment" or paused:
            return []
        paused.append(True)
        page.turn(lambda: page.by_id("pause").click(), expect="Paused", settle=0.25)
        page.turn(lambda: page.tap("Carry on"), settle=0.25)
        return ["pause (button)", "carry on (tap)"]

    answers = {**variant, "followup": FOLLOW_UP, "checkin_safe": ["tap:Yes, I'm safe"]}
    walked, rejected = walk_reflection(page, replies, answers, before=pause_once)
    steps += [LABELS.get(step, step) for step in walked]
    page.turn(lambda: page.tap("Save it"), expect="Saved.", settle=0.25)
    steps.append("save (tap)")
    time.sleep(0.1)
    latencies = page.reply_latencies_ms()
    if len(latencies) != len(steps):
        raise RuntimeError(f"{len(latencies)} measurements for {len(steps)} turns")
    return list(zip(steps, latencies)), rejected


def run_rest(stack: Stack, variant: dict) -> list[float]:
    """The same reflection through the REST channel; returns the round trip of each turn in ms."""
    sender = uuid.uuid4().hex
    timings = []

    def say(text: str) -> str:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(stack.rest_url, body, {"Content-Type": "application/json"})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as response:
            replies = json.loads(response.read() or b"[]")
        timings.append((time.perf_counter() - started) * 1000)
        return replies[-1].get("text", "") if replies else ""

    say("/greet")
    last = say("/affirm")
    answers = {**variant, "followup": FOLLOW_UP, "checkin_safe": ["/affirm"]}
    used: dict[str, int] = {}
    paused = False
    for _ in range(25):
        kind = question_kind(last)
        if kind == "review":
            say("/affirm")
            return timings
        if kind == "moment" and not paused:
            paused = True
            say("/pause")
            last = say("/resume")
            continue
        index = used.get(kind, 0)
        used[kind] = index + 1
        options = answers.get(kind) or []
        if index >= len(options):
            raise RuntimeError(f"REST run: no answer left for {kind!r}: {last!r}")
        last = say(options[index])
    raise RuntimeError("REST run: no review")


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low, high = int(position), min(int(position) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(values: list[float]) -> dict:
    return {"n": len(values), "median": statistics.median(values), "p95": percentile(values, 0.95),
            "mean": statistics.fmean(values), "max": max(values), "min": min(values)}


def page_weight() -> dict[str, int]:
    """Bytes on the wire (gzip -9, as the page server sends them) for each file the page loads."""
    import gzip

    files = ["index.html", "app.css", "app.js", "vendor/socket.io.min.js", "icon.svg"]
    sizes = {}
    for name in files:
        body = (ROOT / "webchat" / name).read_bytes()
        sizes[name] = len(gzip.compress(body, 9)) if len(body) > 512 else len(body)  # as peer_reflect/web/server.py
    return sizes


def chromium_version() -> str:
    try:
        return subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured reflections (after one warm-up)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    missing = missing_browser_tools()
    if missing:
        sys.exit("Missing: " + "; ".join(missing))

    base = Path(tempfile.mkdtemp(prefix="peer-reflect-bench-webchat-"))
    env = {"DATABASE_URL": f"sqlite:///{base / 'bench.db'}", "OUTBOX_DIR": str(base / "outbox"),
           "PSEUDONYM_KEY": os.urandom(32).hex(), "RESOURCES_REGION": "UK", "SANIC_ACCESS_LOG": "False"}
    loads = [os.getloadavg()[0]]
    started = time.monotonic()
    with Stack(env=env, log_dir=base / "logs") as stack, \
            WebChatServer(port=0, chat_socket=f":{stack.rasa_port}") as web, \
            Browser(375, 812) as driver:
        startup = time.monotonic() - started
        page = ChatPage(driver)
        warmup, _ = run_page(page, web.url, VARIANTS[0])
        run_rest(stack, VARIANTS[0])  # warm-up
        # Page and REST reflections alternate, so both see the same machine load.
        page_runs, rest, rejected = [], [], []
        for i in range(args.runs):
            variant = VARIANTS[(i + 1) % len(VARIANTS)]
            run, missed = run_page(page, web.url, variant)
            page_runs.append(run)
            rejected += missed
            rest += run_rest(stack, variant)
            loads.append(os.getloadavg()[0])
    shutil.rmtree(base, ignore_errors=True)

    turns = [ms for run in page_runs for _, ms in run]
    by_step: dict[str, list[float]] = {}
    for run in page_runs:
        for step, ms in run:
            by_step.setdefault(step, []).append(ms)
    result = {
        "page": summary(turns), "rest": summary(rest), "warmup": summary([ms for _, ms in warmup]),
        "warmup_first_ms": warmup[0][1], "startup_s": startup,
        "by_step": {step: statistics.median(v) for step, v in by_step.items()},
        "load": [min(loads), max(loads)], "page_weight": page_weight(),
        "rejected": rejected,
    }
    print(json.dumps(result, indent=2))
    if not args.no_write:
        write_results(result, args.runs)
    return 0


def write_results(result: dict, runs: int) -> None:
    page, rest = result["page"], result["rest"]
    lines = [
        "# Web chat reply latency",
        "",
        f"Measured {date.today().isoformat()} with `benchmarks/webchat/bench.py --runs {runs}` on this project's "
        f"machine ({os.cpu_count()} cores, {platform.system()} {platform.machine()}, Python "
        f"{platform.python_version()}, {chromium_version()} headless, 375x812 phone viewport).",
        "",
        "What is measured: in the page, from pressing send (or tapping a quick reply) to the first bot bubble "
        "of the reply painted (`performance.measure(\"peer-reflect:reply\")` in `webchat/app.js`), over a "
        "scripted reflection through the real action server and Rasa server (socket.io, websocket transport, "
        "all on 127.0.0.1). "
        f"{runs} measured reflections of {page['n'] // runs}-{page['n'] // runs + 1} turns after one warm-up reflection.",
        "",
        "| | turns | median | p95 | mean | max |",
        "|---|---:|---:|---:|---:|---:|",
        f"| **web chat page** (send -> bot bubble shown) | {page['n']} | **{page['median']:.0f} ms** | "
        f"**{page['p95']:.0f} ms** | {page['mean']:.0f} ms | {page['max']:.0f} ms |",
        f"| REST channel, same script (HTTP round trip, no browser) | {rest['n']} | {rest['median']:.0f} ms | "
        f"{rest['p95']:.0f} ms | {rest['mean']:.0f} ms | {rest['max']:.0f} ms |",
        "",
        "Median per step (web chat page):",
        "",
        "| step | median |",
        "|---|---:|",
    ]
    lines += [f"| {step} | {ms:.0f} ms |" for step, ms in result["by_step"].items()]
    slowest = max(result["by_step"], key=result["by_step"].get)
    lines += [
        "",
        f"The slowest step is \"{slowest}\": that turn runs the custom actions that anonymise (spaCy) and "
        "theme-code every answer before showing the review. The page's own share is small: compare the REST "
        "round trip for the same script.",
        "",
        f"Warm-up reflection (first after start, not counted): first reply {result['warmup_first_ms']:.0f} ms, "
        f"median {result['warmup']['median']:.0f} ms, max {result['warmup']['max']:.0f} ms. Stack start-up "
        f"(action server + Rasa server + page) took {result['startup_s']:.0f} s.",
        "",
        ("Answers the assistant did not take (it asked the same question again; the retry is counted as a "
         f"turn): {', '.join(repr(r) for r in result['rejected'])}." if result["rejected"] else
         "Every scripted answer was taken at the first try."),
        "",
        f"Machine load while measuring (1-minute load average, sampled after each reflection, {os.cpu_count()} "
        f"cores): {result['load'][0]:.1f} to {result['load'][1]:.1f}. Other work on the shared machine shows up "
        "in the tail (p95, max); on an idle machine expect lower numbers.",
        "",
        "Page weight, everything the page loads (gzip as served): " + ", ".join(
            f"{name} {size / 1024:.1f} kB" for name, size in result["page_weight"].items())
        + f"; total {sum(result['page_weight'].values()) / 1024:.1f} kB, no framework, no outside requests.",
        "",
    ]
    RESULTS.write_text("\n".join(lines))
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    sys.exit(main())
