"""Latency of the risk screen on messages of 1,000 characters (issue 12: p95 <= 5 ms).

    .venv/bin/python scripts/bench_risk.py            # prints a table, writes eval/risk/latency.json
    .venv/bin/python scripts/bench_risk.py --n 500
    .venv/bin/python scripts/bench_risk.py --reference ../main/peer_reflect/risk   # another checkout's screen

Messages are built from the labelled sets and everyday reflections in eval/risk/ (lines joined until they
reach 1,000 characters, then cut there), so about one in six carries a risk line somewhere inside. Each is
screened once after a warm-up (spaCy and the weights load on first use). Same-run references on the same
messages: the compositional grammar alone (the v1 rule engine) and the normaliser alone, so a loaded
machine shows up in every row rather than as a regression of the screen. With --reference, another
checkout's risk package (e.g. the code before v2) is loaded under its own name and timed message by message,
interleaved with this one, so both see the same load.
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

from peer_reflect.risk import screen, warm_up  # noqa: E402
from peer_reflect.risk.context import Doc  # noqa: E402
from peer_reflect.risk.normalise import normalise  # noqa: E402

grammar = importlib.import_module("peer_reflect.risk.grammar")
EVAL = ROOT / "eval" / "risk"
SOURCES = ("devset", "fresh4", "fresh8", "fresh10", "negatives_themes", "negatives_dialogue")
EVERYDAY = ("negatives_themes", "negatives_dialogue")
LENGTH = 1_000


def messages(n: int, seed: int = 7, sources: tuple[str, ...] = SOURCES) -> list[str]:
    lines = [json.loads(line)["text"] for name in sources
             for line in (EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        text = ""
        while len(text) < LENGTH:
            text += rng.choice(lines).rstrip() + " "
        out.append(text[:LENGTH])
    return out


def _summary(times: list[float]) -> dict:
    times = sorted(times)
    return {"median_ms": round(statistics.median(times) * 1000, 3),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 3),
            "max_ms": round(times[-1] * 1000, 3)}


def timed(fn, items) -> dict:
    return interleaved({"fn": fn}, items)["fn"]


def interleaved(fns: dict, items) -> dict:
    """Time every function on every message, alternating functions message by message."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for item in items:
        for name, fn in fns.items():
            began = time.perf_counter()
            fn(item)
            times[name].append(time.perf_counter() - began)
    return {name: _summary(t) for name, t in times.items()}


def load_reference(path: Path):
    """Another checkout's peer_reflect/risk package, imported as `reference_risk`; its screen function."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("reference_risk", path / "__init__.py",
                                                  submodule_search_locations=[str(path)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["reference_risk"] = module
    spec.loader.exec_module(module)
    return module.screen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=EVAL / "latency.json")
    parser.add_argument("--reference", type=Path, help="another checkout's peer_reflect/risk folder")
    parser.add_argument("--everyday", action="store_true",
                        help="build messages from the everyday snapshots only (reflections and dialogue lines)")
    args = parser.parse_args(argv)
    items = messages(args.n, sources=EVERYDAY if args.everyday else SOURCES)
    warm_up()   # loads the cue files, the weights and the parser
    fns = {
        "screen (v2, all layers)": screen,
        "reference: grammar only (v1 rules)": lambda t: grammar.rules(Doc(normalise(t))),
        "reference: normaliser only": normalise,
    }
    if args.reference:
        reference = load_reference(args.reference.resolve())
        reference("warm up")
        fns[f"reference: screen at {args.reference}"] = reference
    rows = interleaved(fns, items)
    flagged = sum(screen(t).kind != "none" for t in items)
    result = {"messages": len(items), "chars_per_message": LENGTH, "sources": list(EVERYDAY if args.everyday else SOURCES),
              "flagged": flagged, "results": rows,
              "note": "wall-clock per message on this machine, measured in one run; compare rows, not runs"}
    for name, r in rows.items():
        print(f"{name:45s} median {r['median_ms']:7.3f} ms   p95 {r['p95_ms']:7.3f} ms   max {r['max_ms']:8.3f} ms")
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if rows["screen (v2, all layers)"]["p95_ms"] <= 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
