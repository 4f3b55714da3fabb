"""Typed, numbered placeholders that stay stable within one reflection.

The same person gets the same number each time: "Sarah Jones", "sarah" and "Sarah's" share [PERSON_1].
"""
from __future__ import annotations

import re
import threading


def canonical(surface: str) -> str:
    s = surface.casefold().replace("’", "'")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"\b(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+", "", s)
    return " ".join(re.findall(r"\w+", s))


class PlaceholderBook:
    """Hands out `[LABEL_n]`; thread-safe so one Anonymiser can serve a reflection's turns in any order."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, str], int] = {}
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def placeholder(self, label: str, surface: str) -> str:
        key = canonical(surface) or surface
        with self._lock:
            number = self._numbers.get((label, key)) or self._same_person(label, key)
            if number is None:
                number = self._counts.get(label, 0) + 1
                self._counts[label] = number
            self._numbers[(label, key)] = number
        return f"[{label}_{number}]"

    def _same_person(self, label: str, key: str) -> int | None:
        """'sarah' after 'sarah jones' (or the reverse) is the same person."""
        if label != "PERSON":
            return None
        if key.endswith("s") and (label, key[:-1]) in self._numbers:  # "graces mum" -> grace
            return self._numbers[(label, key[:-1])]
        words = key.split()
        for (other_label, other), number in self._numbers.items():
            if other_label != label:
                continue
            other_words = other.split()
            if len(words) == 1 and words[0] in other_words or len(other_words) == 1 and other_words[0] in words:
                return number
        return None
