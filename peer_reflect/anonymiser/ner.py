"""spaCy's own entities, mapped to our labels and cleaned of domain words."""
from __future__ import annotations

import re
from typing import Iterator

from peer_reflect.anonymiser.lexicon import FUNCTION_WORDS, keep_terms, places, safe_proper
from peer_reflect.anonymiser.types import Span

LABEL_MAP = {"PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "DATE": "DATE"}
_EXPLICIT_DATE = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)


def _trim(tokens):
    """Drop leading/trailing determiners and punctuation: 'the Maudsley' -> 'Maudsley'."""
    while tokens and (tokens[0].text.casefold() in FUNCTION_WORDS or not tokens[0].text.strip("'’-.,")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text.casefold() in FUNCTION_WORDS | {"'s", "’s"} or not tokens[-1].text.strip("'’-.,")):
        tokens = tokens[:-1]
    return tokens


def find_ner(doc) -> Iterator[Span]:
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        tokens = _trim(list(ent))
        if not tokens:
            continue
        words = [t.text.casefold() for t in tokens]
        phrase = " ".join(words)
        if phrase in keep_terms() or all(w in keep_terms() or w in safe_proper() or w in FUNCTION_WORDS or
                                         not any(c.isalnum() for c in w) for w in words):
            continue
        if label == "DATE" and not _EXPLICIT_DATE.search(ent.text):
            continue  # "today", "last week": not an explicit date
        if len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0].text) <= 5 and phrase not in places():
            continue  # acronyms: MDT, CPN, PICU
        if label != "DATE" and not any(t.text[:1].isupper() for t in tokens):
            continue  # the small model's lower-case guesses are mostly common nouns
        yield Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), label, 1)
