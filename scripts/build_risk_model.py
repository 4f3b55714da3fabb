"""Build peer_reflect/risk/backstop_model.json.gz, the statistical backstop of the risk screen.

    .venv/bin/python scripts/build_risk_model.py            # rebuild the artifact (a minute or two)
    .venv/bin/python scripts/build_risk_model.py --check    # exit 1 if the artifact is stale

Training data (all in eval/risk/): the labelled sets in TRAIN_SETS, two frozen `none` snapshots (theme-coding
reflections, negatives_themes.jsonl; the assistant's non-risk NLU examples, negatives_dialogue.jsonl) and the
compositional lines of synth.py. fresh9 and fresh10 joined after their first scores (round 6); fresh11 and
later sets are deliberately left out so that they stay (as far as possible) blind.

Model: TF-IDF word 1-2-grams and in-word character 2-5-grams (the featurisers of
peer_reflect/risk/backstop.py, so run time and build time agree exactly), one-vs-rest logistic regression
(liblinear, C=10) on every feature (weights rounded to five significant figures).
Threshold: every labelled set (and five slices of each snapshot) is held out in turn, a model is
trained on the rest, and the held-out lines the rules pass as `none` are scored as the screen would score
them (windows, guards, rule-vetoed sentences skipped). Two thresholds (windows of at most
backstop.SHORT_WORDS words, and longer ones) are chosen together: the pair that flags no more than TARGET_FPR
of the hard `none` lines and no more than the NEGATIVES share of each snapshot, and among those catches the
most held-out risk lines.

The artifact records a digest of every input (data files, synth.py, this script, and the backstop, normaliser
and rule modules, since the threshold assumes today's rule verdicts) and the
scores of a few probe sentences; tests/core/test_risk.py checks both, so a change to the data or the
featurisers without a rebuild fails the tests.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peer_reflect.risk import backstop  # noqa: E402
from peer_reflect.risk.normalise import normalise  # noqa: E402

EVAL = ROOT / "eval" / "risk"
TRAIN_SETS = ("devset", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10")
# Frozen snapshots of everyday text, all `none`: reflections (theme-coding sets) and the assistant's own
# dialogue messages (non-risk NLU examples: commands, chit-chat, answers). Each may be flagged on at most this
# share of its held-out lines.
NEGATIVES = {"negatives_themes": 0.01, "negatives_dialogue": 0.004}
NEGATIVE_SLICES = 5
C = 10.0
KEEP = None          # (word, char) features to keep after a first fit; None keeps all (held-out tests: pruning cost recall)
TARGET_FPR = 0.03      # share of held-out hard `none` lines (hyperbole, past, training, grief) the backstop may flag
PROBES = ("the pills are in my drawer and i keep opening it", "i've decided. sunday.", "i could murder a brew",
          "my client says her carer hits her", "he said he's going to stab his neighbour", "lovely shift today")


def _rows(name: str) -> list[dict]:
    path = EVAL / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _synth() -> list[dict]:
    sys.path.insert(0, str(EVAL))
    try:
        import synth
    finally:
        sys.path.remove(str(EVAL))
    return synth.rows()


def groups() -> dict[str, list[dict]]:
    """Every training source by name; the theme snapshot in NEGATIVE_SLICES interleaved slices."""
    out = {name: _rows(name) for name in TRAIN_SETS}
    for snapshot in NEGATIVES:
        negatives = _rows(snapshot)
        for i in range(NEGATIVE_SLICES):
            out[f"{snapshot}[{i}]"] = negatives[i::NEGATIVE_SLICES]
    out["synth"] = _synth()
    return out


def digest() -> str:
    h = hashlib.sha256()
    risk = Path(backstop.__file__).parent   # featurisers, normaliser, and the rules whose verdicts the threshold assumes
    for path in [EVAL / f"{n}.jsonl" for n in TRAIN_SETS + tuple(NEGATIVES)] + [EVAL / "synth.py", Path(__file__)] + [
            risk / f"{m}.py" for m in ("backstop", "normalise", "patterns", "context", "screen")]:
        h.update(path.name.encode())
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()


def fit(rows: list[dict], keep: tuple[int, int] | None = KEEP) -> dict:
    """Train on rows ({"text", "kind"}) and return the run-time weight table (no threshold)."""
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [normalise(r["text"]) for r in rows]
    labels = [r["kind"] for r in rows]

    def train(vocab_word=None, vocab_char=None):
        wv = TfidfVectorizer(analyzer=backstop.word_grams, sublinear_tf=True, vocabulary=vocab_word)
        cv = TfidfVectorizer(analyzer=backstop.char_grams, sublinear_tf=True, vocabulary=vocab_char,
                             min_df=1 if vocab_char else 2)
        X = hstack([wv.fit_transform(texts), cv.fit_transform(texts)]).tocsr()
        lr = LogisticRegression(C=C, solver="liblinear", random_state=0, max_iter=1000).fit(X, labels)
        return wv, cv, lr

    wv, cv, lr = train()
    if keep is not None:
        nw = len(wv.vocabulary_)
        strength = np.abs(lr.coef_).max(axis=0)
        vocab = [None] * (nw + len(cv.vocabulary_))
        for g, i in wv.vocabulary_.items():
            vocab[i] = g
        for g, i in cv.vocabulary_.items():
            vocab[nw + i] = g
        top_word = np.argsort(-strength[:nw])[:keep[0]]
        top_char = nw + np.argsort(-strength[nw:])[:keep[1]]
        wv, cv, lr = train(sorted(vocab[i] for i in top_word), sorted(vocab[i] for i in top_char))

    classes = [str(c) for c in lr.classes_]
    nw = len(wv.vocabulary_)

    def table(vec, offset):
        idf = vec.idf_
        return {g: [_round(idf[i])] + [_round(lr.coef_[k, offset + i]) for k in range(len(classes))]
                for g, i in sorted(vec.vocabulary_.items())}

    model = {"classes": classes, "intercept": [_round(b) for b in lr.intercept_],
             "word": table(wv, 0), "char": table(cv, nw)}
    # The run-time scorer must reproduce scikit-learn's decision function.
    X = hstack([wv.transform(texts[:200]), cv.transform(texts[:200])]).tocsr()
    expected = lr.decision_function(X)
    runtime = backstop.Backstop(model)
    worst = max(abs(a - b) for t, row in zip(texts[:200], expected) for a, b in zip(runtime.decision(t), row))
    if worst > 5e-3:
        raise SystemExit(f"run-time scorer disagrees with scikit-learn by {worst}")
    return model


def _round(x) -> float:
    return float(f"{float(x):.5g}")   # five significant figures: the artifact stays small, scores move < 1e-3


def rule_view(text: str) -> tuple[str, list[tuple[int, int]]]:
    """What the rules say about a message: their kind, and the spans their guards vetoed."""
    from peer_reflect.risk.context import Doc
    from peer_reflect.risk.screen import _rules
    doc = Doc(normalise(text))
    best, blocked = _rules(doc)
    return (best.kind if best else "none"), blocked


def held_out_scores(parts: dict[str, list[dict]], log=print) -> dict[str, list[tuple[dict, str, dict]]]:
    """Hold out each group but synth in turn; score its rows with a model trained on the rest, as the
    screen would (rule-vetoed sentences skipped). Each row comes back as (row, the rules' kind, the best
    window per length bucket)."""
    out = {}
    for name in parts:
        if name == "synth":
            continue
        began = time.time()
        model = backstop.Backstop(fit([r for other, rows in parts.items() if other != name for r in rows]))
        scored = []
        for r in parts[name]:
            kind, blocked = rule_view(r["text"])
            scored.append((r, kind, model.assess(normalise(r["text"]), blocked)))
        out[name] = scored
        log(f"  held out {name:22s} {len(parts[name]):5d} rows  {time.time() - began:5.1f}s")
    return out


def _snapshot(name: str) -> str | None:
    return next((s for s in NEGATIVES if name.startswith(s + "[")), None)


def _flag(found: dict, thresholds: dict[str, float]) -> tuple | None:
    hits = [(v[0] - thresholds[b], v) for b, v in found.items() if v[0] >= thresholds[b]]
    return max(hits)[1] if hits else None


def choose_threshold(scored: dict[str, list[tuple[dict, str, dict]]], fpr: float = TARGET_FPR) -> dict:
    """Thresholds for short and long windows. Constraint: on held-out lines the rules pass as `none`, the
    backstop flags at most `fpr` of the hard `none` lines and at most the NEGATIVES share of each everyday
    snapshot. Among the (short, long) pairs on a 0.05 grid that meet it, the pair that catches the most
    held-out risk lines (judged without the rules' help) wins; ties go to the lower sum."""
    bounds = {"hard": fpr, **NEGATIVES}
    negatives: dict[str, list[tuple[float, float]]] = {p: [] for p in bounds}
    positives: list[tuple[float, float]] = []
    for name, rows in scored.items():
        for r, rules_kind, found in rows:
            pair = tuple(found[b][0] if b in found else float("-inf") for b in ("short", "long"))
            if r["kind"] != "none":
                positives.append(pair)
            elif rules_kind == "none":
                negatives[_snapshot(name) or "hard"].append(pair)
    grid = [round(0.05 * i, 2) for i in range(0, 121)]
    best = None
    for t_long in grid:
        # the lowest short threshold that keeps every population within bounds, given t_long
        t_short = None
        for candidate in grid:
            if all(sum(s >= candidate or l >= t_long for s, l in pairs) <= bounds[p] * len(pairs)
                   for p, pairs in negatives.items()):
                t_short = candidate
                break
        if t_short is None:
            continue
        caught = sum(s >= t_short or l >= t_long for s, l in positives)
        key = (caught, -(t_short + t_long))
        if best is None or key > best[0]:
            best = (key, {"short": t_short, "long": t_long})
    if best is None:
        raise SystemExit("no thresholds on the grid meet the false-alarm bounds")
    thresholds = best[1]

    rates = {p: sum(s >= thresholds["short"] or l >= thresholds["long"] for s, l in pairs) / max(len(pairs), 1)
             for p, pairs in negatives.items()}
    misses = [(r, _flag(found, thresholds)) for rows in scored.values() for r, rules_kind, found in rows
              if r["kind"] != "none" and rules_kind == "none"]
    caught = [(r, hit) for r, hit in misses if hit is not None]
    selfs = [(r, hit) for r, hit in misses if r["kind"] == "self"]
    return {
        "thresholds": thresholds,
        **{f"held_out_{p}_flagged": round(v, 4) for p, v in rates.items()},
        "held_out_risk_lines_flagged_without_rules": round(best[0][0] / max(len(positives), 1), 4),
        "held_out_rule_misses": len(misses),
        "held_out_rule_misses_caught": round(len(caught) / max(len(misses), 1), 4),
        "held_out_self_rule_misses_caught_as_self": round(
            sum(1 for r, hit in selfs if hit and hit[1] == "self") / max(len(selfs), 1), 4),
        "held_out_model_kind_accuracy": round(sum(1 for r, hit in caught if hit[1] == r["kind"]) / max(len(caught), 1), 4),
    }


def build(log=print) -> dict:
    import scipy
    import sklearn
    parts = groups()
    log("choosing the threshold on held-out groups")
    stats = choose_threshold(held_out_scores(parts, log))
    log("training the shipped model on everything")
    model = fit([r for rows in parts.values() for r in rows])
    runtime = backstop.Backstop(model)
    model["thresholds"] = stats["thresholds"]
    model["meta"] = {
        "built_by": "scripts/build_risk_model.py",
        "inputs_sha256": digest(),
        "train_sets": list(TRAIN_SETS) + list(NEGATIVES) + ["synth"],
        "n_train": sum(len(rows) for rows in parts.values()),
        "C": C, "keep": KEEP, "target_fpr": TARGET_FPR, "everyday_fpr": NEGATIVES,
        "sklearn": sklearn.__version__, "scipy": scipy.__version__,
        "cross_validation": stats,
        "probes": [[p, [round(x, 6) for x in runtime.decision(normalise(p))]] for p in PROBES],
    }
    return model


def write_model(model: dict, path: Path) -> None:
    """gzip'd JSON, byte-for-byte reproducible (no timestamp or file name in the header)."""
    raw = (json.dumps(model, separators=(",", ":")) + "\n").encode("utf-8")
    with open(path, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(raw)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the artifact does not match its inputs")
    parser.add_argument("--out", type=Path, default=backstop.MODEL_PATH)
    args = parser.parse_args(argv)
    if args.check:
        meta = backstop.read_model(args.out).get("meta", {})
        current = meta.get("inputs_sha256") == digest()
        print("current" if current else f"stale: rebuild with {Path(__file__).relative_to(ROOT)}")
        return 0 if current else 1
    model = build()
    write_model(model, args.out)
    print(json.dumps(model["meta"]["cross_validation"], indent=2))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, "
          f"{len(model['word'])} word + {len(model['char'])} char features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
