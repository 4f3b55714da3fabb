"""How the indicator rules and the statistical backstop do together on text neither has seen.

    python eval/themes/backstop_cv.py                 # leave-one-batch-out, then the threshold grid
    python eval/themes/backstop_cv.py --json

The model is trained as `scripts/build_theme_model.py` trains it, once per batch left out (the dev-set
batches `dev`, `dev-b2` ... `dev-c6`, and `fresh`, `fresh2`, `fresh3`), so every reflection gets a probability
from a model that never saw its batch. Rules cannot be held out that way (the indicators were written from
these texts), so the combination is judged only on the blind sets, with the predictions each blind set got
from the codebook frozen before it was written (`first_sight_rules.json`). That is what new text looks like
to both halves. Prints model-only and combined micro P/R/F1 and the themes whose recall is under 0.70 for a
grid of `accept` and `veto` thresholds, on the blind reflections one by one and joined three at a time (a
stored reflection joins several answers). Probabilities come from the coder's own reading (`ThemeModel.scan`,
windows of sentences), not from scikit-learn on the whole text.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BLIND = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")


def _build_script():
    spec = importlib.util.spec_from_file_location("build_theme_model", ROOT / "scripts" / "build_theme_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def batch(record_id: str) -> str:
    return re.sub(r"-?\d+$", "", record_id) or "dev"


def scores(gold: np.ndarray, predicted: np.ndarray, ids: list[str]) -> dict:
    tp = (gold & predicted).sum(0)
    fp = ((1 - gold) & predicted).sum(0)
    fn = (gold & (1 - predicted)).sum(0)
    precision = tp.sum() / max(tp.sum() + fp.sum(), 1)
    recall = tp.sum() / max(tp.sum() + fn.sum(), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_recall = tp / np.maximum(tp + fn, 1)
    return {"precision": round(float(precision), 3), "recall": round(float(recall), 3), "f1": round(float(f1), 3),
            "low_recall": {ids[j]: round(float(per_recall[j]), 2) for j in range(len(ids))
                           if gold[:, j].sum() and per_recall[j] < 0.70}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    build = _build_script()
    from peer_reflect.themes.model import ThemeModel
    from peer_reflect.themes.text import tokenize

    ids = build.theme_ids()
    records = build.load()
    groups = np.array([batch(r["id"]) for r in records])
    gold = np.array([[t in r["themes"] for t in ids] for r in records], dtype=int)
    probabilities = np.zeros(gold.shape)
    joined_texts, joined_gold, joined_probabilities, joined_rules = [], [], [], []
    first_sight = json.loads((HERE / "first_sight_rules.json").read_text(encoding="utf-8"))["predictions"]
    for group in sorted(set(groups)):
        held = groups == group
        data, _ = build.fit([r for r, h in zip(records, held) if not h], ids)
        model = ThemeModel(data)  # as the coder reads text: in windows of sentences
        held_records = [r for r, h in zip(records, held) if h]
        probabilities[held] = [model.scan(tokenize(r["text"]))[0] for r in held_records]
        if group in BLIND:
            # Stored reflections join several answers: three blind reflections in a row, read as one.
            for start in range(0, len(held_records) - 2, 3):
                part = held_records[start:start + 3]
                joined_texts.append("\n".join(r["text"] for r in part))
                joined_gold.append([any(t in r["themes"] for r in part) for t in ids])
                joined_rules.append([any(t in first_sight[r["id"]] for r in part) for t in ids])
                joined_probabilities.append(model.scan(tokenize(joined_texts[-1]))[0])

    blind = np.isin(groups, BLIND)
    rules = np.array([[t in first_sight[r["id"]] for t in ids] for r, b in zip(records, blind) if b], dtype=int)
    y, p = gold[blind], probabilities[blind]
    rows = {"rules (first sight)": scores(y, rules, ids)}
    for accept in (0.5, 0.6, 0.7, 0.8):
        rows[f"model only, p >= {accept}"] = scores(y, (p >= accept).astype(int), ids)
    for accept in (0.6, 0.65, 0.7, 0.75, 0.8):
        for veto in (0.0, 0.02, 0.05, 0.1, 0.15, 0.2):
            combined = (rules & (p >= veto)) | (p >= accept)
            rows[f"rules or p >= {accept}, veto p < {veto}"] = scores(y, combined.astype(int), ids)
    jy, jp, jr = (np.array(a, dtype=float) for a in (joined_gold, joined_probabilities, joined_rules))
    jy, jr = jy.astype(int), jr.astype(int)
    joined = {"rules (first sight)": scores(jy, jr, ids)}
    for accept in (0.6, 0.65, 0.7):
        for veto in (0.0, 0.05, 0.1, 0.15):
            joined[f"rules or p >= {accept}, veto p < {veto}"] = scores(jy, ((jr & (jp >= veto)) | (jp >= accept)).astype(int), ids)
    per_set = {}
    for name in BLIND:
        mask = groups[blind] == name
        combined = (rules[mask] & (p[mask] >= build.VETO)) | (p[mask] >= build.ACCEPT)
        per_set[name] = {"rules": scores(y[mask], rules[mask], ids), "combined": scores(y[mask], combined, ids)}
    if args.json:
        print(json.dumps({"blind_reflections": int(blind.sum()), "grid": rows, "joined_by_three": joined,
                          "per_set": per_set}, indent=2))
        return 0
    print(f"blind sets {', '.join(BLIND)}: {int(blind.sum())} reflections; model out of fold (leave one batch out)")
    for name, row in rows.items():
        low = ", ".join(f"{t} {r:.2f}" for t, r in row["low_recall"].items())
        print(f"{name:34} P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}  {low}")
    print(f"\nthe same blind reflections joined three at a time ({len(jy)} texts, like a stored reflection):")
    for name, row in joined.items():
        low = ", ".join(f"{t} {r:.2f}" for t, r in row["low_recall"].items())
        print(f"{name:34} P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}  {low}")
    print(f"\nshipped thresholds (accept {build.ACCEPT}, veto {build.VETO}) per blind set:")
    for name, row in per_set.items():
        print(f"  {name:7} rules {row['rules']['f1']:.3f} -> combined {row['combined']['precision']:.3f} / "
              f"{row['combined']['recall']:.3f} / {row['combined']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
