"""Load every model and compiled pattern set once, when a server starts, not on a worker's first turn."""
from __future__ import annotations

import logging
import time

logger = logging.getLogger(__name__)
SAMPLE = "Sam on Ward 3 asked for my number again; I felt drained but we sat together."


def warm_up() -> float:
    """Seconds spent loading the spaCy pipeline, anonymiser resources, codebook and risk screen."""
    from peer_reflect.anonymiser import anonymise
    from peer_reflect.risk import warm_up as warm_up_risk
    from peer_reflect.themes import code_themes

    start = time.perf_counter()
    anonymise(SAMPLE)
    code_themes(SAMPLE)
    warm_up_risk()
    elapsed = time.perf_counter() - start
    logger.info("Models and patterns loaded in %.1f s", elapsed)
    return elapsed
