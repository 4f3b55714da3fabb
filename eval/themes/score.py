"""Score the theme coder against labelled reflections: per-theme precision/recall/F1 and micro-F1.

    python eval/themes/score.py                       # the dev set, readable table
    python eval/themes/score.py eval/themes/fresh.jsonl --json
    python eval/themes/score.py --errors              # every miss and false alarm, with evidence
    python eval/themes/score.py --rules-only          # indicators alone, without the statistical backstop

The backstop is trained on devset, fresh, fresh2 and fresh3: its scores on them are in-sample. Honest
numbers for text it has not seen come from `backstop_cv.py` and from a blind set scored once.

Input: JSON lines {"id", "text", "themes": [codebook ids]}. Exit 0 when micro-F1 and every theme's recall
reach the targets, 1 when not, 2 when the input or codebook is unusable.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # runnable as a plain script from anywhere
    sys.path.insert(0, str(ROOT))

from peer_reflect.themes import Codebook, CodebookError, ThemeCoder  # noqa: E402

DEFAULT_SET = Path(__file__).with_name("devset.jsonl")
TARGET_MICRO_F1 = 0.80
TARGET_RECALL = 0.70


def load_records(path: str | Path, known_ids: set[str]) -> list[dict]:
    """Read a labelled set, refusing unknown theme ids (a label typo would silently cost recall)."""
    records = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record.get("text"), str) or not isinstance(record.get("themes"), list):
            raise ValueError(f"{path}:{number}: needs 'text' (string) and 'themes' (list)")
        unknown = set(record["themes"]) - known_ids
        if unknown:
            raise ValueError(f"{path}:{number}: unknown theme ids {sorted(unknown)}")
        records.append(record)
    return records


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(records: list[dict], coder: ThemeCoder) -> dict:
    """Per-theme and micro-averaged scores, plus the misses needed to improve the codebook."""
    theme_ids = coder.codebook.ids
    counts = {t: {"tp": 0, "fp": 0, "fn": 0} for t in theme_ids}
    errors = []
    started = time.perf_counter()
    predictions = [coder.code(r["text"]) for r in records]
    elapsed = time.perf_counter() - started
    exact = 0
    for record, hits in zip(records, predictions):
        gold = set(record["themes"])
        predicted = {h.id: h.evidence for h in hits}
        exact += gold == set(predicted)
        for theme in theme_ids:
            if theme in gold and theme in predicted:
                counts[theme]["tp"] += 1
            elif theme in predicted:
                counts[theme]["fp"] += 1
                fired = [ind for tid, ind, _ in coder.explain(record["text"]) if tid == theme]
                errors.append({"id": record.get("id"), "kind": "false_alarm", "theme": theme,
                               "evidence": list(predicted[theme]), "indicators": fired, "text": record["text"]})
            elif theme in gold:
                counts[theme]["fn"] += 1
                errors.append({"id": record.get("id"), "kind": "miss", "theme": theme, "text": record["text"]})
    per_theme = {}
    for theme, c in counts.items():
        precision = _ratio(c["tp"], c["tp"] + c["fp"])
        recall = _ratio(c["tp"], c["tp"] + c["fn"])
        per_theme[theme] = {"support": c["tp"] + c["fn"], "precision": round(precision, 3),
                            "recall": round(recall, 3), "f1": round(_f1(precision, recall), 3), **c}
    tp = sum(c["tp"] for c in counts.values())
    fp = sum(c["fp"] for c in counts.values())
    fn = sum(c["fn"] for c in counts.values())
    micro_p, micro_r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    supported = [m for m in per_theme.values() if m["support"]]
    return {
        "reflections": len(records),
        "codebook_version": coder.codebook.version,
        "micro": {"precision": round(micro_p, 3), "recall": round(micro_r, 3), "f1": round(_f1(micro_p, micro_r), 3)},
        "macro_f1": round(sum(m["f1"] for m in supported) / len(supported), 3) if supported else 0.0,
        "exact_match": round(_ratio(exact, len(records)), 3),
        "ms_per_reflection": round(1000 * elapsed / max(len(records), 1), 3),
        "themes": per_theme,
        "errors": errors,
    }


def failures(result: dict, min_f1: float = TARGET_MICRO_F1, min_recall: float = TARGET_RECALL) -> list[str]:
    """Why the result misses its targets (empty when it meets them)."""
    problems = []
    if result["micro"]["f1"] < min_f1:
        problems.append(f"micro-F1 {result['micro']['f1']:.3f} < {min_f1}")
    for theme, m in result["themes"].items():
        if m["support"] and m["recall"] < min_recall:
            problems.append(f"{theme} recall {m['recall']:.3f} < {min_recall}")
    return problems


def _table(result: dict) -> str:
    lines = [f"{'theme':32} {'n':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for theme, m in result["themes"].items():
        lines.append(f"{theme:32} {m['support']:>4} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}")
    micro = result["micro"]
    lines.append(f"{'micro':32} {'':>4} {micro['precision']:>6.3f} {micro['recall']:>6.3f} {micro['f1']:>6.3f}")
    lines.append(f"macro-F1 {result['macro_f1']:.3f}  exact match {result['exact_match']:.3f}  "
                 f"{result['reflections']} reflections  {result['ms_per_reflection']:.3f} ms each  "
                 f"codebook {result['codebook_version']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_SET)], help="labelled JSONL files")
    parser.add_argument("--codebook", help="codebook file (default: the configured one)")
    parser.add_argument("--rules-only", action="store_true",
                        help="indicators alone, without the statistical backstop (theme_model.json)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    parser.add_argument("--min-f1", type=float, default=TARGET_MICRO_F1)
    parser.add_argument("--min-recall", type=float, default=TARGET_RECALL)
    args = parser.parse_args(argv)
    try:
        codebook = Codebook.load(args.codebook)
        coder = ThemeCoder(codebook.rules_only() if args.rules_only else codebook)
        known = set(coder.codebook.ids)
        records = [r for path in args.paths for r in load_records(path, known)]
    except (CodebookError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = score(records, coder)
    problems = failures(result, args.min_f1, args.min_recall)
    if args.json:
        shown = {**result, "passed": not problems, "problems": problems}
        if not args.errors:
            shown.pop("errors")
        print(json.dumps(shown, indent=2))
    else:
        print(_table(result))
        if args.errors:
            for e in result["errors"]:
                detail = f"  <- {e['evidence']} by {e['indicators']}" if e["kind"] == "false_alarm" else ""
                print(f"{e['kind']:11} {e['theme']:30} {e['id']}: {e['text']}{detail}")
        print("PASS" if not problems else "FAIL: " + "; ".join(problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
