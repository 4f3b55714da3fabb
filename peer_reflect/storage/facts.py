"""How one reflection maps to the supervisor-report cells it counts towards (rows of `review_facts`).

Kept next to the storage because the rows are written in the same transaction as the reflection; the review
package reads the metric and key names from here.
"""
from __future__ import annotations

import hashlib
from datetime import date, timedelta
from itertools import combinations

REFLECTIONS = "reflections"
THEME = "theme"
PAIR = "pair"
CHECKIN = "checkin"
SUPERVISION = "supervision"

ALL_KEY = "all"
NOT_ANSWERED = "none"
CHECKIN_BANDS = ("low", "middle", "high", NOT_ANSWERED)  # 0-3, 4-6, 7-10, not answered
SUPERVISION_ANSWERS = ("yes", "no", NOT_ANSWERED)
PAIR_SEPARATOR = "|"


def week_start(day: date) -> date:
    """The Monday of the week holding `day`: the finest time the database keeps."""
    return day - timedelta(days=day.weekday())


def month_of_week(monday: date) -> date:
    """A week belongs to the month of its Monday, so every month is a whole number of weeks."""
    return monday.replace(day=1)


def worker_key(worker_id: str) -> int:
    """A signed 64-bit hash of the pseudonym: the worker column of schema 0001's review facts (its
    downgrade still writes them)."""
    return int.from_bytes(hashlib.sha256(worker_id.encode("utf-8")).digest()[:8], "big", signed=True)


def checkin_band(score: int | None) -> str:
    if score is None:
        return NOT_ANSWERED
    if score <= 3:
        return "low"
    if score <= 6:
        return "middle"
    return "high"


def supervision_answer(wants: bool | None) -> str:
    if wants is None:
        return NOT_ANSWERED
    return "yes" if wants else "no"


def pair_key(theme_a: str, theme_b: str) -> str:
    first, second = sorted((theme_a, theme_b))
    return f"{first}{PAIR_SEPARATOR}{second}"


def theme_fact_keys(theme_ids: list[str]) -> list[tuple[str, str]]:
    """(metric, key) rows contributed by a set of themes: each theme and each unordered pair."""
    unique = sorted(set(theme_ids))
    rows = [(THEME, theme) for theme in unique]
    rows += [(PAIR, pair_key(a, b)) for a, b in combinations(unique, 2)]
    return rows


def reflection_fact_keys(
    theme_ids: list[str], checkin_score: int | None, wants_supervision: bool | None
) -> list[tuple[str, str]]:
    return [
        (REFLECTIONS, ALL_KEY),
        (CHECKIN, checkin_band(checkin_score)),
        (SUPERVISION, supervision_answer(wants_supervision)),
        *theme_fact_keys(theme_ids),
    ]
