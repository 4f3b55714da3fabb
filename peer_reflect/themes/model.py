"""A statistical backstop for the indicator rules: one logistic regression per theme over TF-IDF features.

Indicator phrases only know the wording they were written for; on text written in new words they miss about
a quarter of the themes a reader would code. The backstop is trained on every labelled reflection in
`eval/themes` (by `scripts/build_theme_model.py`) and shipped as a plain JSON file of weights, so coding
needs no scikit-learn and nothing is unpickled. The coder combines the two (see `coder.py`):

* a theme is coded when an indicator fires, or when the model's probability reaches the theme's `accept`
  threshold (a *model hit*);
* an indicator hit is dropped when the model's probability is under the theme's `veto` threshold (a broad
  word used in another sense).

Features are word 1-2-grams over the coder's normalised keys (`text.tokenize`) and character 3-5-grams
inside each word (like scikit-learn's `char_wb`), so typos and unseen word forms still share features.
Every feature comes from a known place in the text, so a model hit is explained by the sentence whose
features contributed most to it, and by the words that weighed most.
"""
from __future__ import annotations

import hashlib
import json
import math
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from peer_reflect.themes.text import Token, tokenize

PACKAGED_MODEL = Path(__file__).with_name("theme_model.json")
FORMAT = 1
CHAR_NGRAMS = (3, 5)
# The model was trained on reflections of 1-4 sentences (median 15 tokens, at most ~40). A stored
# reflection joins several answers, and TF-IDF over a long text dilutes a theme that one answer carries
# (three blind reflections joined: recall 0.71 read whole, 0.87 in windows), so a text longer than
# WHOLE_TOKENS is read in windows of whole sentences up to WINDOW_TOKENS (a longer sentence in overlapping
# pieces), and each theme takes its highest probability over the windows. Chosen with
# eval/themes/backstop_cv.py.
WINDOW_TOKENS = 20
WHOLE_TOKENS = 30


def word_features(tokens: list[Token]) -> list[tuple[str, int, int]]:
    """(feature, first token, last token) for every word 1-gram and 2-gram of the normalised keys."""
    keys = [t.key for t in tokens]
    out = [(k, i, i) for i, k in enumerate(keys)]
    out.extend((f"{keys[i]} {keys[i + 1]}", i, i + 1) for i in range(len(keys) - 1))
    return out


def char_features(tokens: list[Token]) -> list[tuple[str, int, int]]:
    """(feature, token, token) for every character 3-5-gram inside each word, padded with a space each side."""
    low, high = CHAR_NGRAMS
    out = []
    for i, token in enumerate(tokens):
        word = f" {token.word} "
        size = len(word)
        for n in range(low, high + 1):
            if size <= n:  # a short word counts once, whole (as scikit-learn's char_wb does)
                out.append((word, i, i))
                break
            out.extend((word[offset:offset + n], i, i) for offset in range(size - n + 1))
    return out


FEATURE_BLOCKS = (("word", word_features), ("char", char_features))


def analyzers() -> dict[str, object]:
    """Feature functions over raw text, for the training script (same code as coding time)."""
    return {name: (lambda text, f=function: [feature for feature, _, _ in f(tokenize(text))])
            for name, function in FEATURE_BLOCKS}


@dataclass(frozen=True)
class ModelEvidence:
    """Why the model gave a theme its probability: the best sentences (token spans) and heaviest words."""

    probability: float
    spans: tuple[tuple[int, int], ...]
    words: tuple[str, ...]


class ThemeModel:
    """The shipped weights: per theme an intercept and a weight for each word and character feature."""

    def __init__(self, data: dict, source: str = "theme model") -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"{source}: unknown format {data.get('format')!r} (expected {FORMAT})")
        self.source = source
        self.fingerprint: str = data["fingerprint"]
        self.inputs: str = data["inputs"]
        self.themes: list[str] = list(data["themes"])
        self.index = {t: i for i, t in enumerate(self.themes)}
        self.scale = float(data["scale"])
        self.intercepts = np.asarray(data["intercepts"], dtype=np.float64)
        self.accept = np.asarray([data["thresholds"]["accept"][t] for t in self.themes], dtype=np.float64)
        self.veto = np.asarray([data["thresholds"]["veto"][t] for t in self.themes], dtype=np.float64)
        self.params = dict(data.get("params", {}))
        # How long texts are read is part of the model (and of its fingerprint), not of this module.
        self.window_tokens = int(data["reading"]["window_tokens"])
        self.whole_tokens = int(data["reading"]["whole_tokens"])
        self.blocks: list[tuple[str, object, dict[str, int], np.ndarray, np.ndarray]] = []
        for name, function in FEATURE_BLOCKS:
            block = data["blocks"][name]
            vocabulary = {feature: i for i, feature in enumerate(block["features"])}
            idf = np.asarray(block["idf"], dtype=np.float64) / self.scale
            weights = np.asarray(block["weights"], dtype=np.float64).reshape(len(vocabulary), len(self.themes))
            self.blocks.append((name, function, vocabulary, idf, weights / self.scale))

    @classmethod
    def load(cls, path: str | Path = PACKAGED_MODEL) -> ThemeModel:
        path = Path(path)
        return cls(json.loads(path.read_text(encoding="utf-8")), source=str(path))

    def covers(self, theme_ids: list[str]) -> bool:
        return any(t in self.index for t in theme_ids)

    def _contributions(self, tokens: list[Token]) -> tuple[np.ndarray, list[tuple[np.ndarray, list]]]:
        """Decision scores per theme, and per block the (feature value x weight) rows with their places."""
        scores = self.intercepts.copy()
        parts = []
        for _, function, vocabulary, idf, weights in self.blocks:
            places: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for feature, first, last in function(tokens):
                row = vocabulary.get(feature)
                if row is not None:
                    places[row].append((first, last))
            if not places:
                continue
            rows = np.fromiter(places, dtype=np.int64, count=len(places))
            counts = np.fromiter((len(places[r]) for r in places), dtype=np.float64, count=len(places))
            values = (1.0 + np.log(counts)) * idf[rows]  # sublinear tf x idf, then l2 per block
            values /= math.sqrt(float(values @ values))
            contribution = values[:, None] * weights[rows]
            scores += contribution.sum(axis=0)
            parts.append((contribution, [places[r] for r in places], rows))
        return scores, parts

    def probabilities(self, tokens: list[Token]) -> np.ndarray:
        """Probability of every theme the model knows, in `self.themes` order, for the text as one piece."""
        scores, _ = self._contributions(tokens)
        return 1.0 / (1.0 + np.exp(-scores))

    def scan(self, tokens: list[Token]) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """Each theme's highest probability over the text's windows, and the window that gave it."""
        spans = windows(tokens, self.window_tokens, self.whole_tokens)
        table = np.vstack([self.probabilities(tokens[a:b]) for a, b in spans])
        best = table.argmax(axis=0)
        return table[best, np.arange(len(self.themes))], [spans[i] for i in best]

    def explain_windows(self, tokens: list[Token], theme_indices: list[int],
                        best: list[tuple[int, int]]) -> dict[int, ModelEvidence]:
        """`explain` for each theme inside the window that gave its probability (spans in text positions)."""
        out = {}
        for theme in theme_indices:
            start, end = best[theme]
            _, found = self.explain(tokens[start:end], [theme])
            evidence = found[theme]
            out[theme] = ModelEvidence(evidence.probability,
                                       tuple((a + start, b + start) for a, b in evidence.spans), evidence.words)
        return out

    def explain(self, tokens: list[Token], theme_indices: list[int]) -> tuple[np.ndarray, dict[int, ModelEvidence]]:
        """Probabilities, and for each asked theme the sentence(s) and words that pushed it up most."""
        scores, parts = self._contributions(tokens)
        probabilities = 1.0 / (1.0 + np.exp(-scores))
        out = {}
        for theme in theme_indices:
            by_sentence: dict[int, float] = defaultdict(float)
            by_word: dict[int, float] = defaultdict(float)
            for contribution, places, _ in parts:
                for value, occurrences in zip(contribution[:, theme], places):
                    share = value / len(occurrences)
                    for first, last in occurrences:
                        by_sentence[tokens[first].sentence] += share
                        for position in range(first, last + 1):
                            by_word[position] += share / (last - first + 1)
            ranked = sorted((v, s) for s, v in by_sentence.items() if v > 0)[::-1]
            chosen = [s for v, s in ranked[:2] if v >= 0.5 * ranked[0][0]] if ranked else []
            spans = []
            for sentence in sorted(chosen):
                positions = [i for i, t in enumerate(tokens) if t.sentence == sentence]
                spans.append((positions[0], positions[-1]))
            top = sorted(((v, i) for i, v in by_word.items() if v > 0 and tokens[i].sentence in chosen),
                         reverse=True)[:3]
            words = tuple(dict.fromkeys(tokens[i].word for _, i in sorted(top, key=lambda x: x[1])))
            out[theme] = ModelEvidence(float(probabilities[theme]), tuple(spans), words)
        return probabilities, out


def windows(tokens: list[Token], size: int = WINDOW_TOKENS, whole: int = WHOLE_TOKENS) -> list[tuple[int, int]]:
    """Token ranges [start, end) to read separately: the whole text when short, else runs of sentences."""
    if len(tokens) <= max(size, whole):
        return [(0, len(tokens))]
    pieces: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i].sentence != tokens[start].sentence:
            if i - start <= size:
                pieces.append((start, i))
            else:  # a run-on sentence: overlapping pieces of `size` tokens
                step = size // 2
                offsets = list(range(start, i - size, step)) + [i - size]
                pieces.extend((o, o + size) for o in offsets)
            start = i
    out = []
    for first in range(len(pieces)):
        end = pieces[first][1]
        for nxt in range(first + 1, len(pieces)):
            if pieces[nxt][0] < end or pieces[nxt][1] - pieces[first][0] > size:
                break
            end = pieces[nxt][1]
        window = (pieces[first][0], end)
        if not out or window[1] > out[-1][1]:  # skip a window inside the previous one
            out.append(window)
    return out


def fingerprint(data: dict) -> str:
    """Digest of everything that changes a prediction (weights, vocabulary, thresholds, windows), not metadata."""
    content = {k: data[k] for k in ("format", "themes", "scale", "intercepts", "thresholds", "reading", "blocks")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:8]


_packaged: ThemeModel | None = None
_packaged_lock = threading.Lock()


def packaged_model() -> ThemeModel | None:
    """The shipped model, loaded once per process (None when the file is missing)."""
    global _packaged
    if _packaged is None:
        with _packaged_lock:
            if _packaged is None and PACKAGED_MODEL.exists():
                _packaged = ThemeModel.load(PACKAGED_MODEL)
    return _packaged
