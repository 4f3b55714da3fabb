"""Latency of the risk screen on messages of 1,000 characters (issue 12: p95 <= 5 ms).

    .venv/bin/python scripts/bench_risk.py            # prints a table, writes eval/risk/latency.json
    .venv/bin/python scripts/bench_risk.py --n 500

Messages are built from the labelled sets and everyday reflections in eval/risk/ (lines joined until they
reach 1,000 characters, then cut there), so about one in six carries a risk line somewhere inside. Each is
screened once after a warm-up (spaCy and the weights load on first use). Same-run references on the same
messages: the compositional grammar alone (the v1 rule engine) and the normaliser alone, so a loaded
machine shows up in every row rather than as a regression of the screen.
"""
from __future__ import annotations

import argparse
import importlib
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peer_reflect.risk import screen  # noqa: E402
from peer_reflect.risk.context import Doc  # noqa: E402
from peer_reflect.risk.normalise import normalise  # noqa: E402

grammar = importlib.import_module("peer_reflect.risk.grammar")
EVAL = ROOT / "eval" / "risk"
SOURCES = ("devset", "fresh4", "fresh8", "fresh10", "negatives_themes", "negatives_dialogue")
LENGTH = 1_000


def messages(n: int, seed: int = 7) -> list[str]:
    lines = [json.loads(line)["text"] for name in SOURCES
             for line in (EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        text = ""
        while len(text) < LENGTH:
            text += rng.choice(lines).rstrip() + " "
        out.append(text[:LENGTH])
    return out


def timed(fn, items) -> dict:
    times = []
    for item in items:
        began = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - began)
    times.sort()
    return {"median_ms": round(statistics.median(times) * 1000, 3),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 3),
            "max_ms": round(times[-1] * 1000, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=EVAL / "latency.json")
    args = parser.parse_args(argv)
    items = messages(args.n)
    screen("warm up: i'm not going to kill myself")   # loads the parser and the weights
    rows = {
        "screen (v2, all layers)": timed(screen, items),
        "reference: grammar only (v1 rules)": timed(lambda t: grammar.rules(Doc(normalise(t))), items),
        "reference: normaliser only": timed(normalise, items),
    }
    flagged = sum(screen(t).kind != "none" for t in items)
    result = {"messages": len(items), "chars_per_message": LENGTH, "flagged": flagged, "results": rows}
    for name, r in rows.items():
        print(f"{name:38s} median {r['median_ms']:7.3f} ms   p95 {r['p95_ms']:7.3f} ms   max {r['max_ms']:8.3f} ms")
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if rows["screen (v2, all layers)"]["p95_ms"] <= 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
