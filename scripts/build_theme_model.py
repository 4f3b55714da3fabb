"""Build peer_reflect/themes/theme_model.json, the statistical backstop of the theme coder.

    .venv/bin/python scripts/build_theme_model.py            # rebuild from the labelled sets
    .venv/bin/python scripts/build_theme_model.py --check    # exit 1 when the shipped file is out of date

Trains, for each codebook theme, a logistic regression (liblinear, C=10, balanced classes) on TF-IDF of
word 1-2-grams over the coder's normalised keys and character 3-5-grams inside words (min_df 2, sublinear
tf, l2 per block), on every labelled reflection in TRAINING_SETS. The thresholds are not fitted here: they
were chosen by `eval/themes/backstop_cv.py` (leave-one-batch-out cross-validation; see
eval/themes/README.md) and are written into the file as they are set below.

The file records `inputs`, a digest of the training sets, this script and the tokeniser: a test compares
it with the files in the checkout, so changing any of them without rebuilding fails the test suite.
Training takes a few seconds; scikit-learn is needed here only, not to code.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peer_reflect.themes import model as theme_model  # noqa: E402
from peer_reflect.themes.codebook import PACKAGED_CODEBOOK  # noqa: E402

EVAL = ROOT / "eval" / "themes"
# A new blind set stays out until it has been scored once (see eval/themes/README.md).
TRAINING_SETS = ("devset.jsonl", "fresh.jsonl", "fresh2.jsonl", "fresh3.jsonl", "fresh4.jsonl", "fresh5.jsonl",
                 "fresh6.jsonl")
C = 10.0
MIN_DF = 2
SCALE = 1000  # weights and idf are stored as integers of 1/SCALE
ACCEPT = 0.65  # code a theme the rules missed at this model probability
VETO = 0.10  # drop a rule hit when the model gives the theme less than this
DIGESTED = (Path(theme_model.__file__).with_name("text.py"), Path(theme_model.__file__), Path(__file__).resolve())


def inputs_digest(sets: tuple[str, ...] = TRAINING_SETS) -> str:
    digest = hashlib.sha256()
    for path in [EVAL / name for name in sets] + list(DIGESTED):
        digest.update(path.name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:16]


def theme_ids() -> list[str]:
    """The packaged codebook's theme ids (read from the YAML: loading a Codebook would load the old model)."""
    import yaml

    return [theme["id"] for theme in yaml.safe_load(PACKAGED_CODEBOOK.read_text(encoding="utf-8"))["themes"]]


def load(sets: tuple[str, ...] = TRAINING_SETS) -> list[dict]:
    records = []
    for name in sets:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def fit(records: list[dict], theme_ids: list[str], accept: float = ACCEPT, veto: float = VETO) -> tuple[dict, object]:
    """Train and return (artifact data, a function giving scikit-learn's probabilities for texts)."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = [r["text"] for r in records]
    analyzers = theme_model.analyzers()
    vectorizers = {name: TfidfVectorizer(analyzer=analyzers[name], min_df=MIN_DF, sublinear_tf=True, lowercase=False)
                   for name, _ in theme_model.FEATURE_BLOCKS}
    matrices = [v.fit_transform(texts) for v in vectorizers.values()]
    X = sp.hstack(matrices).tocsr()
    labels = np.array([[t in r["themes"] for t in theme_ids] for r in records], dtype=int)
    models = [LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=0).fit(X, labels[:, j])
              for j in range(len(theme_ids))]
    coef = np.vstack([m.coef_[0] for m in models]).T  # features x themes
    blocks, offset = {}, 0
    for name, vectorizer in vectorizers.items():
        features = vectorizer.get_feature_names_out().tolist()
        rows = coef[offset:offset + len(features)]
        offset += len(features)
        blocks[name] = {
            "features": features,
            "idf": [int(round(v * SCALE)) for v in vectorizer.idf_],
            "weights": [int(round(v * SCALE)) for v in rows.ravel()],
        }
    data = {
        "format": theme_model.FORMAT,
        "themes": list(theme_ids),
        "scale": SCALE,
        "intercepts": [round(float(m.intercept_[0]), 4) for m in models],
        "thresholds": {"accept": {t: accept for t in theme_ids}, "veto": {t: veto for t in theme_ids}},
        "reading": {"window_tokens": theme_model.WINDOW_TOKENS, "whole_tokens": theme_model.WHOLE_TOKENS},
        "blocks": blocks,
    }
    data = {"format": data["format"], "fingerprint": theme_model.fingerprint(data), "inputs": inputs_digest(),
            "params": {"C": C, "min_df": MIN_DF, "class_weight": "balanced", "training_sets": list(TRAINING_SETS),
                       "reflections": len(records)},
            **{k: v for k, v in data.items() if k != "format"}}

    def sklearn_probabilities(batch: list[str]):
        Xb = sp.hstack([v.transform(batch) for v in vectorizers.values()]).tocsr()
        return np.vstack([m.predict_proba(Xb)[:, 1] for m in models]).T

    return data, sklearn_probabilities


def dump(data: dict) -> str:
    """Compact JSON on one line (about 1 MB; git stores it compressed)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the shipped model is current")
    parser.add_argument("--out", type=Path, default=theme_model.PACKAGED_MODEL)
    args = parser.parse_args(argv)
    if args.check:
        shipped = json.loads(theme_model.PACKAGED_MODEL.read_text(encoding="utf-8"))
        if shipped.get("inputs") != inputs_digest():
            print("theme_model.json is out of date: run scripts/build_theme_model.py", file=sys.stderr)
            return 1
        print(f"theme model {shipped['fingerprint']} is current (inputs {shipped['inputs']})")
        return 0
    import numpy as np

    records = load()
    data, reference = fit(records, theme_ids())
    # The coder must give what scikit-learn gives (up to the integer rounding of the weights).
    shipped = theme_model.ThemeModel(data)
    texts = [r["text"] for r in records[::7]]
    ours = np.vstack([shipped.probabilities(theme_model.tokenize(t)) for t in texts])
    gap = float(np.abs(ours - reference(texts)).max())
    if gap > 0.01:
        print(f"coder and scikit-learn disagree by {gap:.4f}", file=sys.stderr)
        return 1
    args.out.write_text(dump(data), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB): model {data['fingerprint']}, "
          f"{len(records)} reflections, {sum(len(b['features']) for b in data['blocks'].values())} features, "
          f"max gap to scikit-learn {gap:.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
