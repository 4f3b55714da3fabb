"""Build peer_reflect/risk/backstop_model.json.gz, the calibrated statistical layer of the risk screen.

    .venv/bin/python scripts/build_risk_model.py            # rebuild the artifact (a few minutes on 2 cores)
    .venv/bin/python scripts/build_risk_model.py --check    # exit 1 if the artifact is stale

Corpus (eval/risk/): the labelled sets in TRAIN_SETS (several authors and voices, incl. the 700-line
train-2026-12 set by a new author), two frozen `none` snapshots (theme-coding reflections and the
assistant's own dialogue lines), the compositional lines of synth.py, and long reflections built at fit
time by burying each hand-written risk line of the training part inside an everyday reflection.
fresh11 stays out (the least-seen blind set).

Model: TF-IDF word 1-2-grams and in-word character 2-5-grams (the featurisers of backstop.py, so run
time and build time agree exactly), one-vs-rest logistic regression (liblinear, C=10).

Calibration and threshold, from held-out folds: every labelled set (one author or round each) and five
slices of each snapshot are held out in turn, a model is trained on the rest, and each held-out line is
scored exactly as the screen would (windows, guards, rule-lowered sentences skipped). Platt scaling is fitted
on those held-out scores (one curve for short windows, one for longer), so a probability means the same
thing on unseen text. The threshold is the lowest probability (highest recall) at which, among held-out
lines the rules pass as `none`, at most TARGET_FPR of hard `none` lines and the NEGATIVES share of each
snapshot are flagged. The cross-validated recall, false-alarm rates, calibration (Brier score, reliability
bins) and the combined screen per held-out set are written into the artifact's meta and printed.

The artifact records a digest of every input (data, synth.py, this script, the cue files and the rule
modules, since the threshold assumes today's rule verdicts) and the scores of a few probe sentences;
the tests check both, so a change without a rebuild fails the tests.
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

import importlib  # noqa: E402

from peer_reflect.risk import backstop  # noqa: E402
from peer_reflect.risk.normalise import normalise  # noqa: E402

screen = importlib.import_module("peer_reflect.risk.screen")   # the module (the package exports the function)

EVAL = ROOT / "eval" / "risk"
TRAIN_SETS = ("devset", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
              "train-2026-12")
# hand-written sets whose risk lines are also buried in everyday reflections at fit time
LONG_SEED = 20261208
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
            risk / f"{m}.py" for m in ("backstop", "normalise", "patterns", "context", "screen", "grammar", "finder",
                                       "guards", "cuebook", "segment", "syntax")] + sorted((risk / "cues").glob("*.yml")):
        h.update(path.name.encode())
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()


def fit(rows: list[dict], keep: tuple[int, int] | None = KEEP) -> dict:
    """Train on rows ({"text", "kind"}) and return the run-time weight table (no threshold)."""
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = rows + bury(rows)
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


def bury(rows: list[dict]) -> list[dict]:
    """Long reflections: each hand-written risk line inside an everyday reflection, and pairs of
    reflections as long `none` texts, so the model meets risk after (and before) ordinary talk."""
    import random
    rng = random.Random(LONG_SEED)
    everyday = [r["text"] for r in rows if r["kind"] == "none" and str(r.get("id", "")).startswith("themes-")]
    risky = [r for r in rows if r["kind"] != "none" and not str(r.get("id", "")).startswith("synth")]
    if len(everyday) < 2:
        return []
    out = []
    for r in risky:
        a, b = rng.sample(everyday, 2)
        text = f"{a} {r['text']}" if rng.random() < 0.5 else f"{a} {r['text']} {b}"
        out.append({"id": f"long-{r.get('id', '')}", "text": text, "kind": r["kind"]})
    for _ in range(len(risky) // 2):
        a, b = rng.sample(everyday, 2)
        out.append({"id": "long-none", "text": f"{a} {b}", "kind": "none"})
    return out


def _round(x) -> float:
    return float(f"{float(x):.5g}")   # five significant figures: the artifact stays small, scores move < 1e-3


def rule_view(text: str) -> tuple[str, list[tuple[int, int]], str]:
    """What the rule layers say about a message: their kind, the spans their guards lowered, and the
    capped normalised text the statistical layer reads."""
    clean = screen.prepare(text)
    view = screen.rules(clean)
    return view.kind, view.lowered, clean


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
            kind, blocked, clean = rule_view(r["text"])
            scored.append((r, kind, model.assess(clean, blocked)))
        out[name] = scored
        log(f"  held out {name:22s} {len(parts[name]):5d} rows  {time.time() - began:5.1f}s")
    return out


def _snapshot(name: str) -> str | None:
    return next((s for s in NEGATIVES if name.startswith(s + "[")), None)


def _platt(scores: list[float], labels: list[int]) -> tuple[float, float]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    lr = LogisticRegression(C=1e4, solver="lbfgs").fit(np.array(scores).reshape(-1, 1), labels)
    return _round(lr.coef_[0][0]), _round(lr.intercept_[0])


def calibrate(scored: dict[str, list[tuple[dict, str, dict]]]) -> dict[str, tuple[float, float]]:
    """Platt curves per window bucket, fitted on the held-out best window of each line."""
    out = {}
    for bucket in ("short", "long"):
        pairs = [(found[bucket][0], int(r["kind"] != "none")) for rows in scored.values() for r, _, found in rows
                 if bucket in found]
        out[bucket] = _platt([p[0] for p in pairs], [p[1] for p in pairs])
    return out


def _probability(found: dict, calibration: dict) -> tuple[float, str | None]:
    model = backstop.Backstop({"classes": ["none", "others", "self", "service_user"], "intercept": [0, 0, 0, 0],
                               "word": {}, "char": {}, "calibration": calibration})
    best = (0.0, None)
    for bucket, (risk, kind, _) in found.items():
        p = model.calibrated(bucket, risk)
        if p > best[0]:
            best = (p, kind)
    return best


def choose_threshold(scored: dict[str, list[tuple[dict, str, dict]]], calibration: dict,
                     fpr: float = TARGET_FPR) -> dict:
    """The lowest probability threshold (most recall) that keeps held-out false alarms, among lines the
    rules pass as `none`, within `fpr` of hard `none` lines and the NEGATIVES share of each snapshot."""
    bounds = {"hard": fpr, **NEGATIVES}
    negatives: dict[str, list[float]] = {p: [] for p in bounds}
    probs = {}
    for name, rows in scored.items():
        for r, rules_kind, found in rows:
            p, kind = _probability(found, calibration)
            probs[id(r)] = (p, kind)
            if r["kind"] == "none" and rules_kind == "none":
                negatives[_snapshot(name) or "hard"].append(p)
    threshold = None
    for t in [round(0.01 * i, 2) for i in range(5, 100)]:
        if all(sum(p >= t for p in ps) <= bounds[k] * len(ps) for k, ps in negatives.items()):
            threshold = t
            break
    if threshold is None:
        raise SystemExit("no threshold meets the false-alarm bounds")
    risk = [probs[id(r)][0] for rows in scored.values() for r, _, _ in rows if r["kind"] != "none"]
    curve = [[t, *(round(sum(p >= t for p in ps) / max(len(ps), 1), 4) for ps in negatives.values()),
              round(sum(p >= t for p in risk) / len(risk), 4)] for t in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)]
    return {"threshold": threshold, **report(scored, probs, threshold, negatives),
            "curve": {"columns": ["threshold", *negatives, "model recall of all risk lines"], "rows": curve}}


def report(scored, probs, threshold, negatives) -> dict:
    """Cross-validated numbers: the model alone, the screen (rules + held-out model) per held-out set,
    and calibration (Brier score and reliability in five bins) over every held-out line."""
    risk_rows = [(r, probs[id(r)]) for rows in scored.values() for r, _, _ in rows if r["kind"] != "none"]
    misses = [(r, probs[id(r)]) for rows in scored.values() for r, k, _ in rows if r["kind"] != "none" and k == "none"]
    everything = [(int(r["kind"] != "none"), probs[id(r)][0]) for rows in scored.values() for r, _, _ in rows]
    brier = sum((p - y) ** 2 for y, p in everything) / len(everything)
    bins = []
    for lo in (0.0, 0.2, 0.4, 0.6, 0.8):
        inside = [(y, p) for y, p in everything if lo <= p < lo + 0.2 or (lo == 0.8 and p == 1.0)]
        if inside:
            bins.append([lo, round(sum(p for _, p in inside) / len(inside), 3),
                         round(sum(y for y, _ in inside) / len(inside), 3), len(inside)])
    per_set = {}
    for name, rows in scored.items():
        if _snapshot(name):
            continue
        final = []
        for r, rules_kind, _ in rows:
            p, kind = probs[id(r)]
            final.append((r["kind"], rules_kind if rules_kind != "none" else (kind if p >= threshold else "none")))
        per_set[name] = _metrics(final)
    return {
        **{f"held_out_{k}_flagged": round(sum(p >= threshold for p in ps) / max(len(ps), 1), 4)
           for k, ps in negatives.items()},
        "held_out_model_recall_any_risk": round(sum(p >= threshold for _, (p, _) in risk_rows) / len(risk_rows), 4),
        "held_out_rule_misses": len(misses),
        "held_out_rule_misses_caught": round(sum(p >= threshold for _, (p, _) in misses) / max(len(misses), 1), 4),
        "brier": round(brier, 4),
        "reliability_bins": bins,   # [bin start, mean predicted, observed risk share, lines]
        "screen_per_held_out_set": per_set,
    }


def _metrics(pairs: list[tuple[str, str]]) -> list[float]:
    """self recall / any-risk recall / kind accuracy on detected / none flagged (eval/risk/score.py)."""
    selfs = [p for g, p in pairs if g == "self"]
    risks = [(g, p) for g, p in pairs if g != "none"]
    detected = [(g, p) for g, p in risks if p != "none"]
    nones = [p for g, p in pairs if g == "none"]
    ratio = lambda a, b: round(a / b, 3) if b else None   # noqa: E731
    return [ratio(sum(p == "self" for p in selfs), len(selfs)), ratio(len(detected), len(risks)),
            ratio(sum(g == p for g, p in detected), len(detected)), ratio(sum(p != "none" for p in nones), len(nones))]


def build(log=print) -> dict:
    import scipy
    import sklearn
    parts = groups()
    log("scoring held-out groups")
    scored = held_out_scores(parts, log)
    calibration = calibrate(scored)
    stats = choose_threshold(scored, calibration)
    log("training the shipped model on everything")
    model = fit([r for rows in parts.values() for r in rows])
    model["calibration"] = calibration
    model["threshold"] = stats["threshold"]
    runtime = backstop.Backstop(model)
    model["meta"] = {
        "built_by": "scripts/build_risk_model.py",
        "inputs_sha256": digest(),
        "train_sets": list(TRAIN_SETS) + list(NEGATIVES) + ["synth", "buried long reflections"],
        "n_train": sum(len(rows) for rows in parts.values()),
        "n_train_with_long": sum(len(rows) for rows in parts.values()) + len(bury([r for rows in parts.values() for r in rows])),
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
