"""Multi-label theme coding with evidence: which codebook phrases fired, quoted as they appear in the text.

Every indicator phrase is indexed by its first word, so coding a reflection is one pass over its tokens
(well under a millisecond for a few sentences) however large the codebook grows. The coder watches its
codebook file and recompiles when a supervisor saves a change; an invalid edit is logged and the last
good codebook stays in use, so a typo never stops reflections from being saved.

The indicators are backed up by a statistical model (`model.py`, when the codebook has one): it adds a
theme the indicators missed when its probability reaches the theme's `accept` threshold, quoting the
sentence that weighed most as evidence, and drops an indicator hit when its probability is under `veto`
(a broad word used in another sense). `explain` says which of the two coded each theme and why.
"""
from __future__ import annotations

import itertools
import logging
import os
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from peer_reflect.themes.codebook import Codebook, CodebookError
from peer_reflect.themes.model import ModelEvidence
from peer_reflect.themes.patterns import Indicator, Matcher, Sequence, parse_indicator
from peer_reflect.themes.text import Token, tokenize

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ThemeHit:
    id: str
    evidence: tuple[str, ...]  # phrases as they appear in the text, in reading order


@dataclass(frozen=True)
class _Entry:
    """One sequence of one part of one indicator, as stored in the first-word index."""

    theme: int
    indicator: int
    part: int
    rest: Sequence


class _CompiledCodebook:
    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.indicators: list[tuple[int, Indicator]] = []
        self.by_key: dict[str, list[_Entry]] = defaultdict(list)
        self.by_prefix: dict[str, list[tuple[str, _Entry]]] = defaultdict(list)
        for theme_index, theme in enumerate(codebook.themes):
            for text in theme.indicators:
                indicator_index = len(self.indicators)
                indicator = parse_indicator(text, codebook.compiled_word_lists)
                self.indicators.append((theme_index, indicator))
                # Exceptions are indexed like extra parts, numbered after the required ones.
                for part_index, phrase in enumerate(indicator.parts + indicator.exceptions):
                    for sequence in phrase.sequences:
                        self._index(sequence, _Entry(theme_index, indicator_index, part_index, sequence[1:]))
        self.speller = _Speller(self.indicators)
        # Codebook theme index -> model theme index, for the themes the statistical backstop knows.
        self.model = codebook.model
        self.model_index: dict[int, int] = {}
        if self.model is not None:
            self.model_index = {i: self.model.index[t.id] for i, t in enumerate(codebook.themes)
                                if t.id in self.model.index}

    def _index(self, sequence: Sequence, entry: _Entry) -> None:
        first: Matcher = sequence[0]
        for key in first.keys:
            self.by_key[key].append(entry)
        for prefix in first.prefixes:
            self.by_prefix[prefix[:3]].append((prefix, entry))

    def occurrences(self, tokens: list[Token]) -> dict[tuple[int, int], set[tuple[int, int]]]:
        """(indicator, part) -> token spans (first, last) where that part matched."""
        found: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
        count = len(tokens)
        for i, token in enumerate(tokens):
            candidates = list(self.by_key.get(token.key, ()))
            candidates.extend(e for p, e in self.by_prefix.get(token.word[:3], ()) if token.word.startswith(p))
            following = tokens[i + 1] if i + 1 < count and tokens[i + 1].sentence == token.sentence else None
            for entry in candidates:
                rest = entry.rest
                if rest:
                    # Most candidates fail on the next word: check it here before the general walk.
                    if following is None or not rest[0].matches(following):
                        continue
                    end = _match_rest(tokens, i, rest)
                    if end is None:
                        continue
                else:
                    end = i
                found[(entry.indicator, entry.part)].add((i, end))
        return found

    def matches(self, tokens: list[Token]) -> list[tuple[int, int, list[tuple[int, int]]]]:
        """(theme, indicator, token spans) for every indicator that fired."""
        found = self.occurrences(tokens)
        fired = []
        for indicator_index in sorted({ind for ind, _ in found}):
            theme_index, indicator = self.indicators[indicator_index]
            parts = [found.get((indicator_index, p)) for p in range(len(indicator.parts))]
            if not all(parts):
                continue
            if indicator.window is None:
                spans = sorted(parts[0])
            else:
                spans = sorted(_near_spans(tokens, parts, indicator.window))
            if indicator.exceptions:
                first_exception = len(indicator.parts)
                vetoed = {tokens[start].sentence
                          for e in range(first_exception, first_exception + len(indicator.exceptions))
                          for start, _ in found.get((indicator_index, e), ())}
                spans = [span for span in spans if tokens[span[0]].sentence not in vetoed]
            if spans:
                fired.append((theme_index, indicator_index, spans))
        return fired

    def tokens(self, text: str) -> list[Token]:
        return self.speller.correct(tokenize(text))

    def decide(self, text: str) -> tuple[list[Token], list, dict[int, str], dict[int, ModelEvidence]]:
        """Tokens, fired indicators, the model's verdict on rule hits ("kept"/"vetoed") and model-only hits.

        The model reads the tokens before typo correction (as it was trained); both lists share positions.
        """
        raw = tokenize(text)
        tokens = self.speller.correct(raw)
        fired = self.matches(tokens)
        verdicts: dict[int, str] = {theme: "kept" for theme, _, _ in fired}
        model_hits: dict[int, ModelEvidence] = {}
        if self.model is not None and self.model_index:
            probabilities, best = self.model.scan(raw)
            wanted = []
            for theme, m in self.model_index.items():
                if theme in verdicts:
                    if probabilities[m] < self.model.veto[m]:
                        verdicts[theme] = f"vetoed: model p={probabilities[m]:.2f}"
                elif probabilities[m] >= self.model.accept[m]:
                    wanted.append(theme)
            if wanted:
                evidence = self.model.explain_windows(raw, [self.model_index[t] for t in wanted], best)
                model_hits = {t: evidence[self.model_index[t]] for t in wanted
                              if evidence[self.model_index[t]].spans}
        return tokens, fired, verdicts, model_hits

    def code(self, text: str) -> list[ThemeHit]:
        tokens, fired, verdicts, model_hits = self.decide(text)
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for theme_index, _, indicator_spans in fired:
            if verdicts[theme_index] == "kept":
                spans[theme_index].extend(indicator_spans)
        for theme_index, found in model_hits.items():
            spans[theme_index].extend(found.spans)
        hits = []
        for theme_index in sorted(spans):
            if spans[theme_index]:
                evidence = _evidence(text, tokens, spans[theme_index])
                hits.append(ThemeHit(self.codebook.themes[theme_index].id, evidence))
        return hits


class _Speller:
    """One-slip typo tolerance for long words: "sectoned" is read as "sectioned", "restaint" as "restraint".

    A word of at least `MIN_LENGTH` letters that no indicator knows, and that no indicator's `word*` covers,
    is replaced by the one codebook word it matches with a letter left out or added. Short words and words
    with several near neighbours are left alone, so real words are rarely bent into codebook words. The
    evidence still quotes the text as typed.
    """

    MIN_LENGTH = 7

    def __init__(self, indicators: list[tuple[int, Indicator]]) -> None:
        self.known: set[str] = set()
        prefixes: set[str] = set()
        for _, indicator in indicators:
            for phrase in indicator.parts + indicator.exceptions:
                for sequence in phrase.sequences:
                    for matcher in sequence:
                        self.known |= matcher.keys
                        prefixes.update(matcher.prefixes)
        self.prefixes = tuple(sorted(prefixes))
        self.neighbours: dict[str, set[str]] = defaultdict(set)
        for key in self.known:
            if len(key) >= self.MIN_LENGTH - 1 and key.isalpha():
                for variant in _deletions(key) | {key}:
                    self.neighbours[variant].add(key)

    def correct(self, tokens: list[Token]) -> list[Token]:
        out = tokens
        for i, token in enumerate(tokens):
            key = token.key
            if (len(token.word) < self.MIN_LENGTH or key in self.known or not key.isalpha()
                    or token.word.startswith(self.prefixes)):
                continue
            candidates = {c for v in _deletions(key) | {key} for c in self.neighbours.get(v, ())
                          if _one_edit(key, c)}
            if len(candidates) == 1:
                if out is tokens:
                    out = list(tokens)
                (fixed,) = candidates
                out[i] = Token(fixed, token.word, token.start, token.end, token.sentence)
        return out


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one letter left out or one letter added.

    Changed letters and swapped letters are not accepted: they turn too many real words into other real
    words (curious/furious, protect/project, complaint/compliant).
    """
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) != 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _match_rest(tokens: list[Token], start: int, rest: Sequence) -> int | None:
    """Index of the last token if `rest` matches right after `start` within the same sentence."""
    sentence = tokens[start].sentence
    position = start
    for matcher in rest:
        position += 1
        if position >= len(tokens) or tokens[position].sentence != sentence or not matcher.matches(tokens[position]):
            return None
    return position


def _near_spans(tokens: list[Token], parts: list[set[tuple[int, int]]], window: int) -> set[tuple[int, int]]:
    """Spans covering one occurrence of every part, in one sentence, non-overlapping, within `window` tokens.

    Each occurrence start opens a window; only occurrences inside it are combined, so long texts with
    frequent words stay cheap.
    """
    spans: set[tuple[int, int]] = set()
    for window_start in sorted({start for part in parts for start, _ in part}):
        limit = window_start + window
        local = [[o for o in part if o[0] >= window_start and o[1] < limit] for part in parts]
        if not all(local):
            continue
        for combo in itertools.product(*local):
            ordered = sorted(combo)
            first, last = ordered[0][0], max(end for _, end in ordered)
            if tokens[first].sentence != tokens[last].sentence:
                continue
            if any(a_end >= b_start for (_, a_end), (b_start, _) in zip(ordered, ordered[1:])):
                continue
            spans.add((first, last))
    return spans


def _evidence(text: str, tokens: list[Token], spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """Merge overlapping spans and quote them from the original text, in reading order, without repeats."""
    merged: list[list[int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    quotes: list[str] = []
    for first, last in merged:
        quote = text[tokens[first].start : tokens[last].end]
        if quote not in quotes:
            quotes.append(quote)
    return tuple(quotes)


class ThemeCoder:
    """Codes text against a codebook; reloads the codebook file when it changes on disk."""

    def __init__(self, codebook: Codebook | None = None) -> None:
        codebook = codebook if codebook is not None else Codebook.load()
        self._lock = threading.Lock()
        self._compiled = _CompiledCodebook(codebook)
        self._stamp = _file_stamp(codebook.path)

    @property
    def codebook(self) -> Codebook:
        self._reload_if_changed()
        return self._compiled.codebook

    def code(self, text: str) -> list[ThemeHit]:
        """Themes present in `text`, in codebook order, each with the phrases that triggered it."""
        self._reload_if_changed()
        return self._compiled.code(text)

    def explain(self, text: str) -> list[tuple[str, str, tuple[str, ...]]]:
        """(theme id, what coded it, evidence) for every indicator that fired and every model hit.

        "What coded it" is the indicator as written in the codebook, followed by "(vetoed: model p=0.03)"
        when the model dropped that hit; a model hit reads "statistical model p=0.83 (words: ...)", the
        words being those that weighed most in the quoted sentence.
        """
        self._reload_if_changed()
        compiled = self._compiled
        tokens, fired, verdicts, model_hits = compiled.decide(text)
        out = []
        for theme, indicator, spans in fired:
            label = compiled.indicators[indicator][1].text
            if verdicts[theme] != "kept":
                label += f" ({verdicts[theme]})"
            out.append((compiled.codebook.themes[theme].id, label, _evidence(text, tokens, spans)))
        for theme in sorted(model_hits):
            found = model_hits[theme]
            label = f"statistical model p={found.probability:.2f} (words: {', '.join(found.words)})"
            out.append((compiled.codebook.themes[theme].id, label, _evidence(text, tokens, list(found.spans))))
        return out

    def _reload_if_changed(self) -> None:
        path = self._compiled.codebook.path
        if path is None or _file_stamp(path) == self._stamp:
            return
        with self._lock:
            stamp = _file_stamp(path)
            if stamp == self._stamp:
                return
            self._stamp = stamp
            try:
                codebook = Codebook.load(path)
                if self._compiled.codebook.model is None:  # a rules-only coder stays rules-only
                    codebook = codebook.rules_only()
                self._compiled = _CompiledCodebook(codebook)
                log.info("theme codebook reloaded from %s (version %s)", path, self._compiled.codebook.version)
            except CodebookError as exc:
                log.error("theme codebook change ignored, keeping version %s: %s",
                          self._compiled.codebook.version, exc)


def _file_stamp(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


_default: ThemeCoder | None = None
_default_lock = threading.Lock()


def default_coder() -> ThemeCoder:
    """The process-wide coder over the configured codebook, created on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = ThemeCoder()
    return _default


def code_themes(text: str) -> list[ThemeHit]:
    """Code one reflection with the process-wide coder (reloads if the codebook file changed)."""
    return default_coder().code(text)
