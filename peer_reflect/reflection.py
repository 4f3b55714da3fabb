"""Turning a finished dialogue into what may be stored: anonymised answers, themes, structured fields.

Raw answers come in from memory and never leave this function unanonymised. All answers of one
reflection share one Anonymiser, so "[PERSON_1]" is the same person in every answer, and themes are
coded on the anonymised text, so their evidence can be stored and shown to supervisors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Mapping

from peer_reflect.anonymiser import Anonymiser
from peer_reflect.checkin import parse_score
from peer_reflect.dialogue import ANSWER_SLOTS, FOLLOWUP_SLOTS, SKIPPED
from peer_reflect.recode import UNCODED_ANSWERS
from peer_reflect.storage import ReflectionRecord, week_start
from peer_reflect.textclean import clean_text
from peer_reflect.themes import ThemeHit
from peer_reflect.themes.coder import default_coder

_SUPERVISION = re.compile(
    r"\b(supervis\w*|debrief\w*|my (?:manager|lead|line manager|team lead)|peer lead|reflective practice|"
    r"bring (?:it|this) to|talk (?:it|this) through with)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PreparedReflection:
    answers: dict[str, str]
    themes: list[ThemeHit]
    checkin_score: int | None
    wants_supervision: bool | None
    codebook_version: str

    def to_record(self, session_key: str, worker_id: str, on: date, team: str | None = None) -> ReflectionRecord:
        return ReflectionRecord(
            session_key=session_key,
            worker_id=worker_id,
            period_start=week_start(on),
            answers=self.answers,
            themes=[(hit.id, list(hit.evidence)) for hit in self.themes],
            checkin_score=self.checkin_score,
            wants_supervision=self.wants_supervision,
            team=team,
            codebook_version=self.codebook_version,
        )


def answered(value: str | None) -> bool:
    return bool(value and value.strip() and value != SKIPPED)


def storage_key(slot: str, topics: list[str]) -> str:
    """Follow-ups are stored under their topic (`followup_boundaries`), which is what a reader needs."""
    if slot in FOLLOWUP_SLOTS:
        index = FOLLOWUP_SLOTS.index(slot)
        if index < len(topics):
            return f"followup_{topics[index]}"
    return slot


def prepare(raw: Mapping[str, str | None], topics: list[str] | None = None) -> PreparedReflection:
    topics = list(topics or [])
    cleaned = {slot: clean_text(value) for slot, value in raw.items() if isinstance(value, str)}
    slots = [slot for slot in ANSWER_SLOTS if answered(cleaned.get(slot))]
    anonymised = Anonymiser().anonymise_many([cleaned[slot] for slot in slots])
    answers = {storage_key(slot, topics): result.text for slot, result in zip(slots, anonymised)}
    coder = default_coder()
    themes = coder.code("\n".join(v for k, v in answers.items() if k not in UNCODED_ANSWERS))
    now_what = cleaned.get("now_what")
    return PreparedReflection(
        answers=answers,
        themes=themes,
        checkin_score=parse_score(cleaned.get("checkin")),
        wants_supervision=bool(_SUPERVISION.search(now_what)) if answered(now_what) else None,
        codebook_version=coder.codebook.version,
    )
