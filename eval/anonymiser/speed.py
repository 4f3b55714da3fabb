"""Warm per-text speed of the anonymiser, one text at a time (as the bot calls it).

    python eval/anonymiser/speed.py [--n 400] [--runs 3]

Prints the median and p95 of the per-text time over the first N dev-set texts plus every hand-written set,
best median of `runs` passes (the machine is shared).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    import json

    from peer_reflect.anonymiser import anonymise, anonymise_many

    texts = [json.loads(l)["text"] for l in (HERE / "devset.jsonl").read_text().splitlines()[:args.n]]
    for p in sorted(HERE.glob("h*.jsonl")):
        texts += [json.loads(l)["text"] for l in p.read_text().splitlines() if l.strip()]
    anonymise_many(texts[:20])
    best = None
    for _ in range(args.runs):
        times = []
        for t in texts:
            t0 = time.perf_counter()
            anonymise(t)
            times.append(time.perf_counter() - t0)
        times.sort()
        run = (statistics.median(times) * 1000, times[int(len(times) * 0.95)] * 1000)
        best = run if best is None or run[0] < best[0] else best
        print(f"run: median {run[0]:.1f} ms, p95 {run[1]:.1f} ms over {len(texts)} texts")
    print(f"best: median {best[0]:.1f} ms, p95 {best[1]:.1f} ms")


if __name__ == "__main__":
    main()
