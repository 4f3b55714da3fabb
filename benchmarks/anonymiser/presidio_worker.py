"""Runs stock Presidio (analyzer + anonymizer, small spaCy model) inside its own venv.

Reads {"texts": [...], "runs": N, "model": path} as JSON on stdin; writes {"spans": [[[start, end], ...], ...],
"ms_per_text": [per run]} on stdout. Run by bench.py, not by hand.
"""
from __future__ import annotations

import json
import logging
import sys
import time

logging.disable(logging.WARNING)  # tldextract complains that it cannot reach the network


def main() -> None:
    job = json.load(sys.stdin)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": job["model"]}]}
    analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine(),
                              supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    texts = job["texts"]
    for text in texts[:20]:  # warm up
        anonymizer.anonymize(text=text, analyzer_results=analyzer.analyze(text=text, language="en"))
    spans: list = []
    timings = []
    for run in range(job["runs"]):
        found = []
        start = time.perf_counter()
        for text in texts:
            results = analyzer.analyze(text=text, language="en")
            anonymizer.anonymize(text=text, analyzer_results=results)
            found.append([[r.start, r.end] for r in results])
        timings.append((time.perf_counter() - start) * 1000 / len(texts))
        spans = found
    json.dump({"spans": spans, "ms_per_text": timings}, sys.stdout)


if __name__ == "__main__":
    main()
