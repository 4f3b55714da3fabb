"""Places from the gazetteer and capitalised words no dictionary knows (foreign names, towns, firms)."""
from __future__ import annotations

from typing import Iterator

from peer_reflect.anonymiser.cues import COMMON_WORD_PLACES, CONNECTORS, PAIRED_BEFORE, PLACE_PREPS, TITLES
from peer_reflect.anonymiser.lexicon import FUNCTION_WORDS, major_places, place_heads, places
from peer_reflect.anonymiser.tokens import TokenView, is_cap, is_word, runs, sentence_start, view
from peer_reflect.anonymiser.types import Span


def find_unknown_proper(doc, taken: list[bool]) -> Iterator[Span]:
    """Capitalised words no dictionary knows: foreign names, small towns, company names."""
    v = view(doc)
    mark = [None] * len(doc)
    for i, tok in enumerate(doc):
        if taken[i] or not is_word(tok) or v.keep[i] or len(v.low[i]) < 2:
            continue
        text = tok.text
        if not text[:1].isupper() or v.english[i] or v.low[i].rstrip(".") in TITLES | {"mr", "mrs", "ms", "dr"}:
            continue
        if text.isupper() and text.isascii() and len(text) <= 5 and v.low[i] not in places() and not v.first[i]:
            continue  # IBAN, NHS, EUPD
        if sentence_start(tok) and tok.tag_ not in {"NNP", "NNPS", "NN"} and not (
                len(text) >= 3 and text.isalpha() and text[1:].islower()):
            continue  # a sentence may open with an unknown name ("Aristóteles spent a year..."), not with "Ok"
        mark[i] = _guess_label(v, i)
    # Extend over capitalised neighbours ("Cite Guedouala", "Porto Alegre") and connectors.
    for i in range(len(doc)):
        if mark[i] is None:
            continue
        j = i + 1
        while j < len(doc) and mark[j] is None and not taken[j] and _cap_or_connector(doc, v, j):
            mark[j] = mark[i]
            j += 1
        j = i - 1
        while j >= 0 and mark[j] is None and not taken[j] and is_cap(doc[j]) and not v.keep[j] \
                and v.low[j] not in FUNCTION_WORDS and v.low[j].rstrip(".") not in TITLES and not sentence_start(doc[j]):
            mark[j] = mark[i]
            j -= 1
    for label in ("PERSON", "PLACE", "ORG"):
        yield from runs(doc, [m == label for m in mark], label, 1)


def _cap_or_connector(doc, v: TokenView, j: int) -> bool:
    tok = doc[j]
    if v.keep[j] or not tok.text.strip():
        return False
    if v.low[j] in CONNECTORS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
        return True
    return is_word(tok) and tok.text[:1].isupper() and v.low[j] not in FUNCTION_WORDS


def _guess_label(v: TokenView, i: int) -> str:
    low = v.low[i]
    prev = v.low[i - 1] if i > 0 else ""
    if low in places() and not (v.first[i] or v.sur[i]):
        return "PLACE"
    if prev in PLACE_PREPS and not (v.first[i] or v.sur[i]):
        return "PLACE"
    return "PERSON"


def find_places(doc, taken: list[bool]) -> Iterator[Span]:
    """Towns and countries from the gazetteer: capitalised, or lower case when big and not a word."""
    v = view(doc)
    mark = [False] * len(doc)
    n = len(doc)
    i = 0
    while i < n:
        hit = 0
        for size in (4, 3, 2) if v.low[i] in place_heads() else ():
            if i + size <= n and all(v.word[i:i + size]):
                phrase = " ".join(v.low[i:i + size])
                caps = all(doc[k].text[:1].isupper() or v.low[k] in CONNECTORS for k in range(i, i + size))
                if phrase in major_places() or caps and phrase in places():
                    hit = size
                    break
        if not hit and v.word[i] and not v.keep[i] and len(v.low[i]) >= 3:
            tok = doc[i]
            low = v.low[i]
            prev = v.low[i - 1] if i > 0 else ""
            if tok.text[:1].isupper() and low in places() and (
                    not v.english[i] or prev in PLACE_PREPS and low in major_places() and not sentence_start(tok)):
                hit = 1
            elif low in major_places() and len(low) >= 4 and (
                    not v.english[i] and not v.first[i]
                    or prev in PLACE_PREPS and low not in COMMON_WORD_PLACES and not (
                        v.first[i] and (prev == "of" or prev == "to" and i > 1 and v.low[i - 2] in PAIRED_BEFORE["to"]))) \
                    or prev in PLACE_PREPS and low in places() and not v.english[i] and not v.first[i]:
                hit = 1
        if hit and not any(taken[i:i + hit]):
            for k in range(i, i + hit):
                mark[k] = True
            i += hit
        else:
            i += 1
    yield from runs(doc, mark, "PLACE", 2)
