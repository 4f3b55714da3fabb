"""spaCy's own entities, mapped to our labels and cleaned of domain words."""
from __future__ import annotations

import re
from typing import Iterator

from peer_reflect.anonymiser.cues import EVERYDAY, RELATIONS, VERBS
from peer_reflect.anonymiser.lexicon import FUNCTION_WORDS, is_drug, keep_phrase_words, first_names, is_english, keep_terms, places, safe_proper, surnames
from peer_reflect.anonymiser.types import Span

LABEL_MAP = {"PERSON": "PERSON", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "DATE": "DATE"}
# A date names a day, month or year; "8+ years" and "10th year" are durations.
_EXPLICIT_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b|\d+[/.-]\d+",
                            re.I)
_OBJECTS = frozenset("me my us our you your it this that".split())
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "nurse", "sister", "sir", "dame"}


def _trim(tokens):
    """Drop leading/trailing determiners and punctuation: 'the Maudsley' -> 'Maudsley'."""
    while tokens and (tokens[0].text.casefold() in FUNCTION_WORDS or not tokens[0].text.strip("'’-.,")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text.casefold() in FUNCTION_WORDS | {"'s", "’s"} or not tokens[-1].text.strip("'’-.,")):
        tokens = tokens[:-1]
    return tokens


def _edge_word(tok) -> bool:
    low = tok.text.casefold()
    if low in keep_terms() and (tok.text.isupper() or not tok.text[:1].isupper()):
        return True  # "CPN", "nurse"; a capitalised "Mind" may be part of a name
    return not tok.text[:1].isupper() and (low in VERBS or low in RELATIONS) or tok.tag_ in {"VBD", "VBZ"} and (
        not tok.text[:1].isupper() and is_english(low))


def find_ner(doc) -> Iterator[Span]:
    from peer_reflect.anonymiser.tokens import view

    v = view(doc)
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        tokens = _trim(list(ent))
        while label == "PERSON" and tokens and tokens[0].text.casefold().rstrip(".") in _TITLES:
            tokens = tokens[1:]  # "Nurse Nguyen": the title stays readable
        while len(tokens) > 1 and label != "DATE" and (tokens[0].i == 0 or doc[tokens[0].i - 1].text in {".", "!", "?", "\n"}
                                                       or doc[tokens[0].i - 1].is_space) \
                and is_english(tokens[0].text) and tokens[0].text.casefold() not in first_names() \
                and tokens[0].text.casefold() not in places() and tokens[1].text[:1].islower():
            tokens = _trim(tokens[1:])  # "Felt for Sunny": the sentence opened with a verb
        if label in {"PERSON", "ORG"}:
            # "CPN Jean", "made Leroy", "Jean said": roles, relations and verbs at the edges are not the name
            while tokens and _edge_word(tokens[0]):
                tokens = tokens[1:]
            while tokens and _edge_word(tokens[-1]):
                tokens = tokens[:-1]
            if label == "ORG" and len(tokens) > 1 and any(not v.keep[t.i] for t in tokens):
                while len(tokens) > 1 and v.keep[tokens[-1].i] and tokens[-1].text.casefold() in keep_phrase_words():
                    tokens = tokens[:-1]  # "Kirklees Recovery College": the domain phrase stays readable
        tokens = _trim(tokens)
        if not tokens:
            continue
        low = tokens[0].text.casefold()
        opens = tokens[0].i == 0 or doc[tokens[0].i - 1].text in {".", "!", "?", "\n"} or doc[tokens[0].i - 1].is_space
        if len(tokens) == 1 and label != "DATE" and opens and is_english(low) and low not in first_names() \
                and low not in surnames() and low not in places():
            continue  # "Felt", "Spoke": a capitalised verb opening a sentence
        after = doc[tokens[-1].i + 1].text.casefold() if tokens[-1].i + 1 < len(doc) else ""
        if len(tokens) == 1 and opens and low in EVERYDAY and after in _OBJECTS:
            continue  # "Mark my words", "Bill me for it": an imperative, not a name
        if label != "DATE":
            while tokens and tokens[-1].text[:1].isdigit():
                tokens = tokens[:-1]  # "Sertraline 100(mg)"
            if not tokens:
                continue
        if all(v.keep[t.i] or t.text.casefold() in FUNCTION_WORDS for t in tokens):
            continue  # "Nurse in Charge", "Recovery Star": a domain phrase written out
        words = [t.text.casefold() for t in tokens]
        phrase = " ".join(words)
        if phrase in keep_terms() or all(w in keep_terms() or w in safe_proper() or w in FUNCTION_WORDS or is_drug(w) or
                                         not any(c.isalnum() for c in w) for w in words):
            continue
        if label == "DATE" and not _EXPLICIT_DATE.search(ent.text):
            continue  # "today", "last week": not an explicit date
        if len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0].text) <= 5 and phrase not in places():
            continue  # acronyms: MDT, CPN, PICU
        if label != "DATE" and not any(t.text[:1].isupper() for t in tokens):
            continue  # the small model's lower-case guesses are mostly common nouns
        yield Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), label, 1)
