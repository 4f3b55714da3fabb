"""Result types (public) and the candidate span recognisers produce (internal)."""
from __future__ import annotations

from dataclasses import dataclass, field

LABELS = (
    "PERSON", "PHONE", "EMAIL", "NHS_NUMBER", "ID", "HANDLE", "URL", "ADDRESS", "POSTCODE",
    "PLACE", "ORG", "DATE", "AGE",
)


@dataclass(frozen=True)
class Entity:
    """One redacted stretch: offsets into the input text and the placeholder written in its place."""

    start: int
    end: int
    label: str
    placeholder: str


@dataclass(frozen=True)
class Anonymised:
    text: str
    entities: list[Entity] = field(default_factory=list)


@dataclass(frozen=True)
class Span:
    """A recogniser's candidate. Higher `priority` wins the label when candidates overlap."""

    start: int
    end: int
    label: str
    priority: int = 1

    def shifted(self, offset: int) -> "Span":
        return Span(self.start + offset, self.end + offset, self.label, self.priority)
