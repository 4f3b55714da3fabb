"""Anonymiser: replaces identifying details in reflections with typed, numbered placeholders.

    from peer_reflect.anonymiser import Anonymiser, anonymise
    anonymise("told jess on oak ward").text  ->  "told [PERSON_1] on [ORG_1]"

Use one `Anonymiser` per reflection so a person keeps the same number across answers.
"""
from __future__ import annotations

from peer_reflect.anonymiser.engine import Anonymiser, anonymise, anonymise_many
from peer_reflect.anonymiser.types import LABELS, Anonymised, Entity

__all__ = ["Anonymiser", "Anonymised", "Entity", "LABELS", "anonymise", "anonymise_many"]
