"""Check the NLU training data and the held-out split for leaks and duplicates.

Usage (from the project root):  python tests/nlu/check_overlap.py [--near 0.85] [--min-train N] [--min-test N]

Fails (exit 1) when
- an example appears twice anywhere in the training files or twice in the held-out file,
- an example appears in both training and held-out data (after lower-casing, dropping entity markup,
  punctuation and apostrophes, and squashing whitespace),
- an intent has fewer than --min-train training examples or --min-test held-out examples,
- an entity surface text is annotated with different values in different places.
Prints (without failing) held-out examples that are near copies of a training example: character
similarity >= --near, or the same words in the same order with at most one word added or dropped.
"""
from __future__ import annotations

import argparse
import difflib
import glob
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
TRAIN_GLOB = str(ROOT / "data" / "nlu" / "*.yml")
TEST_FILE = ROOT / "tests" / "nlu" / "held_out.yml"
ENTITY_RE = re.compile(r"\[(?P<text>[^\]]+)\](?:\{(?P<json>[^}]*)\}|\((?P<name>[^)]+)\))")


def load(path: str) -> list[tuple[str, str, str]]:
    """(intent, raw example, file) for every example in an NLU file."""
    doc = yaml.safe_load(open(path, encoding="utf-8")) or {}
    rows = []
    for block in doc.get("nlu") or []:
        if "intent" not in block:
            continue
        for line in (block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                rows.append((block["intent"], line[2:].strip(), path))
    return rows


def plain(example: str) -> str:
    return ENTITY_RE.sub(lambda m: m.group("text"), example)


def norm(example: str) -> str:
    text = plain(example).lower().replace("'", "").replace("’", "")
    text = re.sub(r"[^\w/]+", " ", text)
    return " ".join(text.split())


def entities(example: str) -> list[tuple[str, str]]:
    out = []
    for m in ENTITY_RE.finditer(example):
        if m.group("json") is not None:
            data = json.loads("{" + m.group("json") + "}")
            out.append((m.group("text").lower(), data.get("value", m.group("text")).lower()))
        else:
            out.append((m.group("text").lower(), m.group("text").lower()))
    return out


def one_word_apart(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if abs(len(wa) - len(wb)) != 1 or min(len(wa), len(wb)) < 2:
        return False
    longer, shorter = (wa, wb) if len(wa) > len(wb) else (wb, wa)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--near", type=float, default=0.85)
    ap.add_argument("--min-train", type=int, default=25)
    ap.add_argument("--min-test", type=int, default=18)
    args = ap.parse_args()

    train = [row for f in sorted(glob.glob(TRAIN_GLOB)) for row in load(f)]
    test = load(str(TEST_FILE))
    ok = True

    for name, rows in (("training", train), ("held-out", test)):
        seen: dict[str, tuple[str, str]] = {}
        for intent, ex, path in rows:
            key = norm(ex)
            if key in seen:
                ok = False
                print(f"DUPLICATE in {name}: {ex!r} ({intent}, {Path(path).name}) "
                      f"~ {seen[key][1]!r} ({seen[key][0]})")
            else:
                seen[key] = (intent, ex)

    train_keys = {norm(ex): (intent, ex) for intent, ex, _ in train}
    for intent, ex, _ in test:
        if norm(ex) in train_keys:
            ok = False
            print(f"LEAK: held-out {ex!r} ({intent}) == training {train_keys[norm(ex)]!r}")

    surface: dict[str, set[str]] = defaultdict(set)
    for _, ex, _ in train + test:
        for text, value in entities(ex):
            surface[text].add(value)
    for text, values in surface.items():
        if len(values) > 1:
            ok = False
            print(f"INCONSISTENT entity: {text!r} -> {sorted(values)}")

    near = 0
    for intent, ex, _ in test:
        a = norm(ex)
        for b, (t_intent, t_ex) in train_keys.items():
            if a == b:
                continue
            if difflib.SequenceMatcher(None, a, b).ratio() >= args.near or one_word_apart(a, b):
                near += 1
                print(f"near copy: held-out {ex!r} ({intent}) ~ training {t_ex!r} ({t_intent})")

    train_counts = Counter(i for i, _, _ in train)
    test_counts = Counter(i for i, _, _ in test)
    print(f"\n{'intent':20} {'train':>6} {'held-out':>9}")
    for intent in sorted(set(train_counts) | set(test_counts)):
        flag = ""
        if train_counts[intent] < args.min_train or test_counts[intent] < args.min_test:
            ok = False
            flag = "  <-- too few"
        print(f"{intent:20} {train_counts[intent]:>6} {test_counts[intent]:>9}{flag}")
    print(f"{'total':20} {sum(train_counts.values()):>6} {sum(test_counts.values()):>9}")
    print(f"\nnear copies (warnings): {near}")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
