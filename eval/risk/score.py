"""Score the risk screen on a labelled JSON-lines set ({"id", "text", "kind"}).

Reports recall of `self`, recall of any risk, kind accuracy on detected risks, the share of `none`
flagged, a confusion matrix and the median screening time per message. Exits 1 when a target
(issue 4) is missed, so it can gate CI.

    .venv/bin/python eval/risk/score.py                    # dev set, readable report
    .venv/bin/python eval/risk/score.py eval/risk/fresh.jsonl --json
    .venv/bin/python eval/risk/score.py --errors           # list every misclassified line
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peer_reflect.risk import ALL_KINDS, screen  # noqa: E402

DEFAULT_SET = Path(__file__).with_name("devset.jsonl")
TARGETS = {                        # metric: (threshold, higher_is_better)
    "recall_self": (0.98, True),
    "recall_any_risk": (0.95, True),
    "kind_accuracy_on_detected": (0.90, True),
    "none_flagged_rate": (0.05, False),
}


def load(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("kind") not in ALL_KINDS:
            raise ValueError(f"{path}:{number}: kind must be one of {ALL_KINDS}, got {row.get('kind')!r}")
        rows.append(row)
    return rows


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def evaluate(rows: list[dict]) -> dict:
    confusion = {gold: {pred: 0 for pred in ALL_KINDS} for gold in ALL_KINDS}
    timings, errors = [], []
    for row in rows:
        began = time.perf_counter()
        result = screen(row["text"])
        timings.append(time.perf_counter() - began)
        confusion[row["kind"]][result.kind] += 1
        if result.kind != row["kind"]:
            errors.append({"id": row["id"], "gold": row["kind"], "predicted": result.kind,
                           "evidence": result.evidence, "text": row["text"]})

    risk = [k for k in ALL_KINDS if k != "none"]
    gold_risk = sum(sum(confusion[g].values()) for g in risk)
    detected = sum(confusion[g][p] for g in risk for p in risk)
    correct_kind = sum(confusion[g][g] for g in risk)
    gold_none = sum(confusion["none"].values())
    metrics = {
        "n": len(rows),
        "recall_self": _ratio(sum(confusion["self"][p] for p in risk if p == "self"),
                              sum(confusion["self"].values())),
        "recall_self_any_kind": _ratio(sum(confusion["self"][p] for p in risk), sum(confusion["self"].values())),
        "recall_any_risk": _ratio(detected, gold_risk),
        "kind_accuracy_on_detected": _ratio(correct_kind, detected),
        "none_flagged_rate": 1.0 - _ratio(confusion["none"]["none"], gold_none),
        "median_latency_ms": statistics.median(timings) * 1000 if timings else 0.0,
        "p95_latency_ms": (sorted(timings)[int(0.95 * (len(timings) - 1))] * 1000) if timings else 0.0,
        "confusion": confusion,
    }
    metrics["failed_targets"] = [
        name for name, (threshold, higher) in TARGETS.items()
        if (metrics[name] < threshold if higher else metrics[name] > threshold)
    ]
    metrics["errors"] = errors
    return metrics


def render(metrics: dict, show_errors: bool) -> str:
    lines = [f"n = {metrics['n']}"]
    for name, (threshold, higher) in TARGETS.items():
        mark = "FAIL" if name in metrics["failed_targets"] else "ok"
        lines.append(f"{name:28s} {metrics[name]:.3f}  (target {'>=' if higher else '<='} {threshold})  {mark}")
    lines.append(f"{'median_latency_ms':28s} {metrics['median_latency_ms']:.3f}   p95 {metrics['p95_latency_ms']:.3f}")
    lines.append("")
    lines.append("confusion (rows gold, columns predicted)")
    lines.append(" " * 14 + "".join(f"{k:>14s}" for k in ALL_KINDS))
    for gold in ALL_KINDS:
        lines.append(f"{gold:14s}" + "".join(f"{metrics['confusion'][gold][p]:14d}" for p in ALL_KINDS))
    if show_errors and metrics["errors"]:
        lines.append("")
        for e in metrics["errors"]:
            lines.append(f"{e['id']:22s} gold={e['gold']:12s} pred={e['predicted']:12s} "
                         f"ev={e['evidence']!r}  {e['text'][:110]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--json", action="store_true", help="print metrics as one JSON object")
    parser.add_argument("--errors", action="store_true", help="list misclassified lines (text shown!)")
    args = parser.parse_args(argv)
    metrics = evaluate(load(args.dataset))
    if args.json:
        shown = dict(metrics)
        if not args.errors:
            shown.pop("errors")
        print(json.dumps(shown, indent=2))
    else:
        print(render(metrics, args.errors))
    return 1 if metrics["failed_targets"] else 0


if __name__ == "__main__":
    sys.exit(main())
