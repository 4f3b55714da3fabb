"""Runs stock Presidio (analyzer + anonymizer, small spaCy model) inside its own venv.

Reads one JSON line {"texts": [...], "model": path}, answers "ready", then for every "run" line it receives
times one pass over the texts and writes {"spans": [[[start, end], ...], ...], "ms_per_text": x} as one line.
bench.py alternates these runs with its own so both see the same machine load. Not run by hand.
"""
from __future__ import annotations

import json
import logging
import sys
import time

logging.disable(logging.WARNING)  # tldextract complains that it cannot reach the network


def main() -> None:
    job = json.loads(sys.stdin.readline())
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
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            break
        found = []
        start = time.perf_counter()
        for text in texts:
            results = analyzer.analyze(text=text, language="en")
            anonymizer.anonymize(text=text, analyzer_results=results)
            found.append([[r.start, r.end] for r in results])
        ms = (time.perf_counter() - start) * 1000 / len(texts)
        print(json.dumps({"spans": found, "ms_per_text": ms}), flush=True)


if __name__ == "__main__":
    main()
