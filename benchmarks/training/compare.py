"""Training time and held-out intent macro-F1 for candidate NLU pipelines, measured one after another in one
run (the machines are shared: compare within a run, not across runs).

For each candidate in CANDIDATES the NLU part of config.yml is replaced, `rasa train nlu` is timed, and
`rasa test nlu` scores tests/nlu/held_out.yml. `--repeats 2` trains each candidate twice (DIET is not
bit-reproducible across trainings). Core training (rules only) is timed once with the shipped config.

    .venv/bin/python benchmarks/training/compare.py --repeats 2 --out benchmarks/training/results.json
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
TOKENS = [{"name": "WhitespaceTokenizer"}]
SPARSE = [
    {"name": "RegexFeaturizer"},
    {"name": "LexicalSyntacticFeaturizer"},
    {"name": "CountVectorsFeaturizer"},
    {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 1, "max_ngram": 4},
]


def diet(epochs: int, entities: bool, layers: int | None = None) -> dict:
    config = {"name": "DIETClassifier", "epochs": epochs, "entity_recognition": entities,
              "constrain_similarities": True, "random_seed": 42}
    if layers is not None:
        config["number_of_transformer_layers"] = layers
    return config


CANDIDATES = {
    "logreg": [*TOKENS, *SPARSE, {"name": "LogisticRegressionClassifier", "max_iter": 200, "random_state": 42}],
    "diet40_no_transformer": [*TOKENS, *SPARSE, diet(40, False, layers=0)],
    "diet40_no_entities": [*TOKENS, *SPARSE, diet(40, False)],
    "diet60_entities (before)": [*TOKENS, *SPARSE, diet(60, True), {"name": "EntitySynonymMapper"}],
}


def pipeline_tail(config: dict) -> list[dict]:
    """The project's own components after the classifier (guard, fallback, risk screen) stay in every run."""
    names = [c["name"] for c in config["pipeline"]]
    start = names.index("addons.command_guard.CommandGuard")
    return config["pipeline"][start:]


def run(cmd: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
                        "RASA_MAX_CACHE_SIZE": "0"})   # no reuse of cached components between runs
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--only", nargs="+")
    parser.add_argument("--out")
    args = parser.parse_args()
    rasa = str(Path(sys.executable).with_name("rasa"))
    base = yaml.safe_load((ROOT / "config.yml").read_text())
    tmp = Path(tempfile.mkdtemp(prefix="nlu-compare-"))
    results = []
    for name, head in CANDIDATES.items():
        if args.only and name not in args.only:
            continue
        config = copy.deepcopy(base)
        config["pipeline"] = [*head, *pipeline_tail(base)]
        config_path = tmp / "config.yml"
        config_path.write_text(yaml.safe_dump(config, sort_keys=False))
        for repeat in range(args.repeats):
            out = tmp / f"m{len(results)}"
            seconds = run([rasa, "train", "nlu", "--nlu", "data/nlu", "--config", str(config_path), "--out",
                           str(out), "--fixed-model-name", "nlu"])
            report_dir = tmp / f"r{len(results)}"
            run([rasa, "test", "nlu", "--model", str(out / "nlu.tar.gz"), "--nlu", "tests/nlu/held_out.yml",
                 "--out", str(report_dir), "--no-plot"])
            report = json.loads((report_dir / "intent_report.json").read_text())
            row = {"candidate": name, "repeat": repeat + 1, "train_seconds": round(seconds, 1),
                   "macro_f1": round(report["macro avg"]["f1-score"], 3),
                   "accuracy": round(report.get("accuracy", 0.0), 3)}
            results.append(row)
            print(json.dumps(row), flush=True)
    core_seconds = run([rasa, "train", "core", "--domain", "domain.yml", "--data", "data", "--config",
                        "config.yml", "--out", str(tmp / "core")])
    summary = {"nlu": results, "core_rules_only_seconds": round(core_seconds, 1),
               "cpus": os.cpu_count(), "load_average_at_end": os.getloadavg()}
    print(json.dumps(summary, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(summary, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
