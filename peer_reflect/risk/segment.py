"""Cut a message into the pieces the screen reads one by one: a capped text, then sentences.

A disclosure after positive talk, or buried in a long reflection, must be judged on its own words, so
every cue is matched sentence by sentence and the most urgent sentence wins. Sentences with no full stop
(phone typing) are cut into overlapping word windows so that no single piece grows without bound.
"""
from __future__ import annotations

import re

# A message longer than MAX_CHARS is screened as its first HEAD_CHARS and its last TAIL_CHARS characters;
# the middle is dropped. Disclosures sit at the start ("before anything else...") or the end ("...and
# tonight i'm going to do it"); the cap bounds the time one message can take.
MAX_CHARS = 5_000
HEAD_CHARS = 4_000
TAIL_CHARS = 1_000

_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
_WORDS = re.compile(r"\S+")
_MAX_WORDS = 60   # a longer run without punctuation is cut into overlapping windows of this many words


def cap(text: str) -> str:
    """The part of `text` that is screened (see MAX_CHARS)."""
    if len(text) <= MAX_CHARS:
        return text
    return text[:HEAD_CHARS] + " .\n. " + text[-TAIL_CHARS:]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, long unpunctuated runs windowed with overlap."""
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        if not m.group(0).strip():
            continue
        words = list(_WORDS.finditer(m.group(0)))
        if len(words) <= _MAX_WORDS:
            spans.append(m.span())
            continue
        step = _MAX_WORDS // 2
        for i in range(0, len(words) - step, step):
            chunk = words[i:i + _MAX_WORDS]
            spans.append((m.start() + chunk[0].start(), m.start() + chunk[-1].end()))
    return spans
