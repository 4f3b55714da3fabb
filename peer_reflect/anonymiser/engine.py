"""Runs every recogniser over a text, resolves overlaps and writes the placeholders.

Fails closed: if anything goes wrong for a text, that text comes back as `[REDACTED]`, never raw.
Long texts are cut into chunks below `CHUNK_CHARS` so spaCy's memory and time stay bounded.
"""
from __future__ import annotations

import logging
from typing import Iterable, Sequence

from peer_reflect.anonymiser.addresses import find_addresses, find_streets
from peer_reflect.anonymiser.lexicon import FUNCTION_WORDS, is_drug, keep_phrase_words, keep_terms, safe_proper, warm
from peer_reflect.anonymiser.names import find_names
from peer_reflect.anonymiser.proper import find_places, find_unknown_proper
from peer_reflect.anonymiser.ner import find_ner
from peer_reflect.anonymiser.orgs import EMPLOYER_PRIORITY, find_orgs
from peer_reflect.anonymiser.placeholders import PlaceholderBook, canonical
from peer_reflect.anonymiser.rules import find_structured
from peer_reflect.anonymiser.types import Anonymised, Entity, Span

log = logging.getLogger(__name__)

CHUNK_CHARS = 5_000
BATCH_SIZE = 64
# The recognisers read fine-grained tags (tagger) and entities (ner); the attribute ruler only maps tags to
# coarse POS, which nothing here reads, and costs a rule matcher pass per text.
SKIPPED_PIPES = ("attribute_ruler",)
REDACTED = "[REDACTED]"


def split_chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, chunk) pieces cut at a line or sentence end, else a space, never inside a word if avoidable."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n"), window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut < size // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut >= size // 2 else size
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def _covered_tokens(doc, spans: Sequence[Span]) -> list[bool]:
    taken = [False] * len(doc)
    for tok in doc:
        a, b = tok.idx, tok.idx + len(tok.text)
        taken[tok.i] = any(s.start < b and a < s.end for s in spans)
    return taken


def _is_domain_phrase(text: str, brands: bool = True) -> bool:
    phrase = canonical(text)
    words = phrase.split()
    content = [w for w in words if w not in FUNCTION_WORDS]
    # A lone function word is kept as a name only when a recogniser had evidence ("will said").
    return not words or phrase in keep_terms() or bool(content) and all(
        w in keep_terms() or brands and w in safe_proper() or is_drug(w) for w in content) or len(content) > 1 and all(
        w.isalpha() and w in keep_phrase_words() for w in content)  # "Peer Support Team", "Early Intervention Service"


def detect(text: str, doc) -> list[Span]:
    """Candidate spans in one chunk, before overlaps are resolved."""
    structured = find_structured(text)
    structured += find_addresses(text)
    patterned = list(find_orgs(text)) + list(find_streets(text))
    # Names come with their own evidence ("Ms Ward", "calling me june"); the other guesses must not be
    # domain words or brand names.
    names = list(find_names(doc))
    soft = list(find_ner(doc))
    soft += find_places(doc, _covered_tokens(doc, structured + patterned))  # "Czech Republic" beats "Czech"
    soft += find_unknown_proper(doc, _covered_tokens(doc, structured + patterned + names + soft))
    soft = [s for s in soft if not _is_domain_phrase(text[s.start:s.end])]
    # Employers found by their cue ("works at greggs") may be brands; only domain words are dropped there.
    patterned = [s for s in patterned if not _is_domain_phrase(text[s.start:s.end]) or s.label == "ORG" and
                 s.priority == EMPLOYER_PRIORITY and not _is_domain_phrase(text[s.start:s.end], brands=False)]
    return structured + patterned + names + soft


def resolve(text: str, spans: Iterable[Span]) -> list[Span]:
    """Union overlapping candidates; the strongest recogniser names the label."""
    merged: list[tuple[int, int, Span]] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = span.start, span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            m_start, m_end, best = merged[-1]
            stronger = (span.priority, end - start) > (best.priority, best.end - best.start)
            merged[-1] = (m_start, max(m_end, end), span if stronger else best)
        else:
            merged.append((start, end, span))
    return [Span(a, b, best.label, best.priority) for a, b, best in merged]


def render(text: str, spans: Sequence[Span], book: PlaceholderBook) -> Anonymised:
    parts: list[str] = []
    entities: list[Entity] = []
    pos = 0
    for span in spans:
        placeholder = book.placeholder(span.label, text[span.start:span.end])
        parts.append(text[pos:span.start])
        parts.append(placeholder)
        entities.append(Entity(span.start, span.end, span.label, placeholder))
        pos = span.end
    parts.append(text[pos:])
    return Anonymised("".join(parts), entities)


def redacted(text: str) -> Anonymised:
    return Anonymised(REDACTED, [Entity(0, len(text), "REDACTED", REDACTED)])


def detect_many(texts: Sequence[str], nlp) -> list[list[Span] | None]:
    """Spans for each text (None where detection failed), all chunks batched through `nlp.pipe`."""
    pieces: list[tuple[int, int, str]] = []
    for idx, text in enumerate(texts):
        pieces.extend((idx, offset, chunk) for offset, chunk in split_chunks(text))
    found: list[list[Span] | None] = [[] for _ in texts]
    skip = [name for name in SKIPPED_PIPES if name in getattr(nlp, "pipe_names", ())]
    try:
        if len(pieces) == 1:  # one short answer: calling the pipeline directly skips pipe()'s batching
            docs = [nlp(pieces[0][2], disable=skip) if skip else nlp(pieces[0][2])]
        else:
            kwargs = {"disable": skip} if skip else {}
            docs = list(nlp.pipe((chunk for _, _, chunk in pieces), batch_size=BATCH_SIZE, **kwargs))
    except Exception:  # one bad text must not sink the batch: retry one by one
        log.exception("anonymiser batch failed; retrying texts one by one")
        docs = []
        for _, _, chunk in pieces:
            try:
                docs.append(nlp(chunk))
            except Exception:
                docs.append(None)
    for (idx, offset, chunk), doc in zip(pieces, docs):
        if found[idx] is None:
            continue
        try:
            if doc is None:
                raise RuntimeError("spaCy failed on this chunk")
            found[idx].extend(s.shifted(offset) for s in detect(chunk, doc))
        except Exception:
            log.exception("anonymiser failed on a text; returning it fully redacted")
            found[idx] = None
    return found


def _load():
    from peer_reflect.nlp import load_nlp

    warm()
    return load_nlp()


class Anonymiser:
    """One instance per reflection: the same person keeps the same placeholder across its answers."""

    def __init__(self, nlp=None) -> None:
        self._nlp = nlp
        self._book = PlaceholderBook()

    def anonymise(self, text: str) -> Anonymised:
        return self.anonymise_many([text])[0]

    def anonymise_many(self, texts: list[str]) -> list[Anonymised]:
        texts = list(texts)
        return _anonymise(texts, lambda _: self._book, self._nlp)


def _anonymise(texts: list, book_for, nlp) -> list[Anonymised]:
    results: list[Anonymised | None] = [None] * len(texts)
    todo = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            results[i] = redacted(str(text) if text is not None else "")
        elif not text.strip():
            results[i] = Anonymised(text, [])
        else:
            todo.append(i)
    if todo:
        try:
            model = nlp or _load()
            found = detect_many([texts[i] for i in todo], model)
        except Exception:
            log.exception("anonymiser could not run; returning texts fully redacted")
            found = [None] * len(todo)
        for i, spans in zip(todo, found):
            try:
                results[i] = redacted(texts[i]) if spans is None else render(
                    texts[i], resolve(texts[i], spans), book_for(i))
            except Exception:
                log.exception("anonymiser could not render a text; returning it fully redacted")
                results[i] = redacted(texts[i])
    return results  # type: ignore[return-value]


def anonymise(text: str) -> Anonymised:
    """Anonymise one text with fresh placeholder numbering."""
    return Anonymiser().anonymise(text)


def anonymise_many(texts: Iterable[str]) -> list[Anonymised]:
    """Anonymise a batch through one `nlp.pipe`; each text is numbered independently."""
    texts = list(texts)
    books = [PlaceholderBook() for _ in texts]
    return _anonymise(texts, lambda i: books[i], None)
