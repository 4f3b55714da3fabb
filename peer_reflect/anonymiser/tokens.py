"""Per-token facts shared by the doc-based finders, computed once per `Doc`."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from peer_reflect.anonymiser.cues import (
    ACTION_AFTER, AFTER_BE, INTERACTION_BEFORE, NAMED, PAIRED_BEFORE, SPEECH_VERBS, WARD_WORDS,
)
from peer_reflect.anonymiser.lexicon import (
    first_names, is_drug, is_english, keep_phrase_heads, keep_terms, safe_proper, surnames, unaccented,
)
from peer_reflect.anonymiser.types import Span


def is_word(tok) -> bool:
    return tok.is_alpha or (tok.text.replace("-", "").replace("'", "").replace("’", "").isalpha())


def is_cap(tok) -> bool:
    t = tok.text
    return t[:1].isupper() and not (t.isupper() and len(t) <= 4)


def possessive_base(low: str) -> str | None:
    """'graces' / 'jesss' typed without an apostrophe: the name underneath, if any."""
    if low.endswith("s") and len(low) > 3 and low[:-1] in first_names():
        return low[:-1]
    return None


def sentence_start(tok) -> bool:
    if tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text in {".", "!", "?", ":", "\n", ">", "-", "*", '"', "“"} or "\n" in prev.text or prev.is_space


@lru_cache(maxsize=1)
def cue_typos() -> dict[str, str]:
    """One thumb slip away from a cue word ("caleld", "wtih", "toldd") -> the cue word."""
    cues = (INTERACTION_BEFORE | SPEECH_VERBS | NAMED | set(PAIRED_BEFORE) | ACTION_AFTER | AFTER_BE
            | {w for ws in PAIRED_BEFORE.values() for w in ws} | WARD_WORDS | {"called", "named", "with", "from"})
    out: dict[str, str] = {}
    for cue in cues:
        if len(cue) < 4:
            continue
        variants = {cue[:k] + cue[k + 1:] for k in range(1, len(cue))}
        variants |= {cue[:k] + cue[k + 1] + cue[k] + cue[k + 2:] for k in range(1, len(cue) - 1)}
        variants |= {cue[:k] + cue[k] + cue[k:] for k in range(1, len(cue))}
        for variant in variants - {cue}:
            if not is_english(variant) and variant not in first_names() and variant not in surnames():
                out.setdefault(variant, cue)
    return out


def fix_cue(low: str) -> str:
    return cue_typos().get(low, low)


def view(doc) -> "TokenView":
    """The token facts for `doc`, computed once and shared by the finders below."""
    cached = doc.user_data.get("anonymiser_view")
    if cached is None:
        cached = doc.user_data["anonymiser_view"] = TokenView(doc)
    return cached


class TokenView:
    """Per-token facts computed once."""

    def __init__(self, doc):
        self.doc = doc
        self.low = [fix_cue(t.text.casefold()) for t in doc]
        self.english = [is_english(w) for w in self.low]
        self.first = [w in first_names() or possessive_base(w) is not None or not w.isascii() and unaccented(w)
                      in first_names() for w in self.low]
        self.sur = [w in surnames() or not w.isascii() and unaccented(w) in surnames() for w in self.low]
        self.keep = [w in keep_terms() or w in safe_proper() or is_drug(w) for w in self.low]
        # every word of a domain phrase written out here ("Nurse in Charge", "Recovery Star")
        n = len(self.low)
        for i in range(n):
            if self.low[i] in keep_phrase_heads():
                for size in (4, 3, 2):
                    if i + size <= n and " ".join(self.low[i:i + size]) in keep_terms():
                        for k in range(i, i + size):
                            self.keep[k] = True
                        break
        self.word = [is_word(t) for t in doc]


def runs(doc, flags: list[bool], label: str, priority: int) -> Iterator[Span]:
    i = 0
    while i < len(doc):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and flags[j + 1]:
            j += 1
        yield Span(doc[i].idx, doc[j].idx + len(doc[j].text), label, priority)
        i = j + 1
