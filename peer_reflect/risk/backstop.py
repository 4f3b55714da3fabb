"""Statistical layer of the risk screen: a calibrated linear model over sentences and sentence pairs.

The cue files and the grammar are explainable but meet unseen, indirect risk ("the pills are in the
drawer and i keep opening it", "i've decided. sunday.") only after someone writes it down. This module
scores each window of a message (a sentence, or two adjacent ones; the whole message when short) with a
linear model (TF-IDF word 1-2-grams + in-word character 2-5-grams, one-vs-rest logistic regression). The
risk score of a window is mapped to a probability by Platt scaling fitted on held-out folds (one curve
for short windows, one for longer ones); a window is flagged when that probability reaches the
threshold chosen at build time for recall under false-alarm budgets (scripts/build_risk_model.py).
Guards the model cannot see (past lived experience, training, grief, jokes) veto a window, and so does
a rule guard that already lowered the same words.

The weights are a gzip'd JSON table (`backstop_model.json.gz`, package data) written by the build
script; scoring is plain Python and numpy (no scikit-learn at run time, no pickle). The featurisers below are the
ones the build script hands to scikit-learn, so both agree exactly.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from . import patterns as P
from . import segment

MODEL_PATH = Path(__file__).with_name("backstop_model.json.gz")
RISK_KINDS = ("self", "service_user", "others")

_WORD = re.compile(r"[a-z0-9']+")
_CHAR_MIN, _CHAR_MAX = 2, 5


def word_grams(text: str) -> list[str]:
    """Word unigrams and bigrams of normalised (lower-case) text."""
    tokens = _WORD.findall(text)
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def char_grams(text: str) -> list[str]:
    """Character 2-5-grams inside space-padded words ("char_wb")."""
    grams: list[str] = []
    for word in text.split():
        grams.extend(_word_chars(word))
    return grams


@lru_cache(maxsize=50_000)
def _word_chars(word: str) -> tuple[str, ...]:
    w = f" {word} "
    size = len(w)
    return tuple(w[i:i + n] for n in range(_CHAR_MIN, min(_CHAR_MAX, size) + 1) for i in range(size - n + 1))


# --- windows -------------------------------------------------------------------------------------
# A reflection can run to many sentences; the model was trained on one or two. Long messages are
# scored window by window (a sentence, or two adjacent ones) and the best window counts.

SHORT_WORDS = 6       # windows of at most this many words are "short"
_MIN_KNOWN_WORDS = 3  # a window needs this many words the model has seen ("..." or "😊" alone says nothing)
_WHOLE = 320          # score the whole message when it is this short
_WORD_CACHE = 200_000  # words whose character-gram rows are kept in memory


def windows(text: str, split: bool = False) -> list[tuple[int, int]]:
    """Spans to score: the whole message when short (unless `split`), else its sentences and adjacent
    pairs of them ("i've decided. sunday.")."""
    if len(text) <= _WHOLE and not split:
        return [(0, len(text))] if text.strip() else []
    spans = segment.sentences(text)
    out = list(spans)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if d - a <= _WHOLE:
            out.append((a, d))
    return out


# --- guards --------------------------------------------------------------------------------------
# The same ideas as the rule guards (screen._judge), at sentence level: what the model cannot see.

_PAST = re.compile(
    r"\b(?:used to|use to|years? ago|months ago|long time ago|ages ago|back (?:when|then|in)|in (?:19|20)\d\d|"
    r"when i was (?:a |younger|little|young|at|in|first|\d+|nineteen|a teen)|as a (?:teen(?:ager)?|kid|child|student)|"
    r"in my (?:teens|twenties|thirties|forties|\d0s|youth|past)|"
    r"before (?:my recovery|i got (?:help|well|better)|i (?:became|trained|started))|"
    r"my (?:own )?(?:history|past|story|journey|recovery|lived experience)|lived experience|the old me|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years (?:ago|back|clean|free|since))\b")
_RECENT = re.compile(
    r"\b(?:tonight|today|this (?:morning|afternoon|evening|week|weekend|month)|last (?:night|weekend|week)|"
    r"yesterday|right now|just now|at the moment|currently|lately|recently|again|still|these days|"
    r"started|starting|relapsed|relapsing|came back|come back|back out|is back|are back|anymore|now i'm|"
    r"i'm (?:now|back)|tomorrow|this time)\b")
_TEACHING = re.compile(
    r"\b(?:training|trained|course|module|e-?learning|workshop|asist|safetalk|mhfa|role ?play\w*|scenarios?|"
    r"case stud(?:y|ies)|lectures?|seminar|webinar|conference|presentation|taught|teaching|awareness|"
    r"prevention|documentary|film|movie|episode|podcast|the news|lyrics|polic(?:y|ies)|protocol|audit|"
    r"safety plan(?:ning)?|leaflet|poster|trainer|video|questionnaire|screening tool|warning signs?|"
    r"signs like|phrases like|hypothetical|supervision was about)\b")
_JOKE = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|jk|joking|kidding|banter|rofl)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b")
_THIRD_PARTY = re.compile(
    rf"\b(?:{P.SU_NOUNS}|{P.OTHER_NOUNS}|he|she|they|him|her|them|his|their|he's|she's|they're)\b")


# Everyday categories the model confuses with risk because they share its words. Each is vetoed only
# when the window has no hard risk word (rules' HARD_RISK) and no hoarding or finality word.
_EVERYDAY_MEDS = re.compile(
    r"\b(?:dosette|blister packs?|pill (?:organi[sz]er|box)|repeat prescriptions?|prescription|pharmacy|chemist|gp|"
    r"side effects?|(?:med(?:ication)?s?|tablets|pills|dose) review|reviewed|review (?:them|it|my|his|her)|"
    r"remember to take|help(?:s)? me remember|as prescribed|on time|make (?:me|him|her|them) feel)\b")
_MED_WORDS = re.compile(r"\b(?:pills|tablets|meds|medication)\b")
_HOARD = re.compile(r"\b(?:stash\w*|sav(?:e|ed|ing) up|stockpil\w*|hoard\w*|hid\w*|all (?:of )?(?:them|my|at once)|the lot|"
                    r"enough|at once|in one go|tonight|for later|just in case|counting|count)\b")
_ESCAPE = re.compile(
    r"\b(?:disappear(?:ing)?|run(?:ning)? away|escap(?:e|ing)|get(?:ting)? away)\s+(?:off\s+)?(?:to|into|on)\s+(?:a|an|the|my|"
    r"some)\s+(?!(?:other side|next life|afterlife|river|sea|bridge|tracks|void)\b)"
    r"|\blet(?:ting)? go of (?:the|my|this|that|all the|some of the|our) (?!life\b)\w+"
    r"|\b(?:it's|it is|that it's|that it is) (?:ok|okay|normal|alright|common|natural|understandable|fine|human) to\b")


def _vetoed(sentence: str) -> bool:
    if P.GRIEF.search(sentence) or _TEACHING.search(sentence) or _JOKE.search(sentence):
        return True
    if not P.HARD_RISK.search(sentence):
        if P.ORDINARY_REASON.search(sentence) and not P.DENIED_REASON.search(sentence):
            return True   # "not planning to be around for the party, i'm at my in-laws"
        if _ESCAPE.search(sentence):
            return True   # "disappearing to a cabin", "let go of the guilt", "it's ok to feel"
    if _EVERYDAY_MEDS.search(sentence) and not _HOARD.search(sentence) \
            and not P.HARD_RISK.search(_MED_WORDS.sub(" ", sentence)):
        return True   # dosette boxes, a medication review
    return bool(_PAST.search(sentence)) and not _RECENT.search(sentence)


# "client disclosed: "i'm going to take it all"": the first person inside a quote is the speaker's.
_REPORTED_THIRD = re.compile(
    rf"\b(?:{P.SU_NOUNS}|{P.OTHER_NOUNS}|he|she|they)\b[^\"]{{0,40}}\b(?:said|says|disclosed|told me|tells me|texted|"
    r"messaged|wrote|posted|admitted|quoting|was like|goes|went)\b[^\"]{0,12}\"")


# --- model ---------------------------------------------------------------------------------------

class Backstop:
    """A loaded weight table. `decision(text)` gives the per-class scores for one window."""

    def __init__(self, model: dict):
        self.classes: list[str] = list(model["classes"])
        self.intercept: list[float] = [float(x) for x in model["intercept"]]
        # Platt scaling per bucket (probability = 1 / (1 + exp(-(a * score + b)))) and one probability threshold.
        self.calibration: dict[str, tuple[float, float]] = {
            k: (float(v[0]), float(v[1])) for k, v in (model.get("calibration") or {}).items()}
        self.threshold: float | None = model.get("threshold")
        self.none = self.classes.index("none")
        self.risk = [self.classes.index(k) for k in RISK_KINDS]
        if len(self.classes) != 4:
            raise ValueError("the backstop expects four classes")
        # Per block: gram -> row index, the idf column and idf * weight per class, so one window costs one
        # dict lookup per distinct gram and a few array operations.
        self.tables = []
        for block in ("word", "char"):
            rows = model[block]
            index = {g: i for i, g in enumerate(rows)}
            table = np.array([rows[g] for g in index], dtype=np.float64).reshape(len(index), 5)
            idf = table[:, 0].copy()
            self.tables.append((index, idf, table[:, 1:] * idf[:, None]))
        self.index = self.tables[0][0]   # the word vocabulary ("does the model know this word?")
        self._word_rows: dict[str, np.ndarray] = {}

    def decision(self, text: str) -> list[float]:
        """Per-class scores (scikit-learn's decision_function) of one window of normalised text."""
        total = np.array(self.intercept, dtype=np.float64)
        index, _, _ = self.tables[0]
        counts = Counter(word_grams(text))
        found = np.array([index.get(g, -1) for g in counts], dtype=np.int64)
        keep = found >= 0
        if keep.any():
            total += self._block(0, found[keep], np.array(list(counts.values()), dtype=np.float64)[keep])
        words = text.split()
        if words:
            # Character grams never cross a word, so a window's grams are its words' grams added up.
            rows, seen = np.unique(np.concatenate([self._char_rows(w) for w in words]), return_counts=True)
            if len(rows):
                total += self._block(1, rows, seen.astype(np.float64))
        return [float(x) for x in total]

    def _block(self, block: int, rows: np.ndarray, counts: np.ndarray) -> np.ndarray:
        _, idf, weighted = self.tables[block]
        tf = 1.0 + np.log(counts)   # sublinear tf
        values = idf[rows] * tf
        norm = math.sqrt(float(values @ values))
        return (tf @ weighted[rows]) / norm if norm else np.zeros(weighted.shape[1])

    def _char_rows(self, word: str) -> np.ndarray:
        """Row numbers of the known character grams of one word (cached: words repeat across messages)."""
        rows = self._word_rows.get(word)
        if rows is None:
            get = self.tables[1][0].get
            rows = np.array([i for i in (get(g) for g in _word_chars(word)) if i is not None], dtype=np.int64)
            if len(self._word_rows) < _WORD_CACHE:
                self._word_rows[word] = rows
        return rows

    def assess(self, text: str, blocked: Sequence[tuple[int, int]] = (), guarded: bool = True
               ) -> dict[str, tuple[float, str, str]]:
        """The best window of each length bucket ("short", "long") that no guard vetoes: bucket ->
        (risk score, kind, evidence).

        `blocked` are spans where a rule already matched risk words and a rule guard judged them not
        current (negated, past, hypothetical, training, grief, hyperbole): windows touching them are skipped."""
        best: dict[str, tuple[float, str, str]] = {}
        for a, b in windows(text, split=bool(blocked)):
            if any(a < end and start < b for start, end in blocked):
                continue
            piece = text[a:b]
            words = _WORD.findall(piece)
            if guarded and _vetoed(piece) or sum(g in self.index for g in words) < _MIN_KNOWN_WORDS:
                continue   # too little the model knows: its score would be mostly the intercept
            bucket = "short" if len(words) <= SHORT_WORDS else "long"
            d = self.decision(piece)
            risk = -d[self.none]
            if bucket not in best or risk > best[bucket][0]:
                kind = RISK_KINDS[max(range(3), key=lambda i: d[self.risk[i]])]
                if kind == "self" and (not _FIRST_PERSON.search(piece) and _THIRD_PARTY.search(piece)
                                       or _REPORTED_THIRD.search(piece)):
                    kind = RISK_KINDS[max((1, 2), key=lambda i: d[self.risk[i]])]
                best[bucket] = (risk, kind, piece.strip())
        return best

    def calibrated(self, bucket: str, score: float) -> float:
        a, b = self.calibration.get(bucket, (1.0, 0.0))
        z = a * score + b
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0

    def probability(self, text: str) -> float:
        """Calibrated probability that `text` (normalised; guards not applied) shows risk: its best window."""
        return max((self.calibrated(b, v[0]) for b, v in self.assess(text, guarded=False).items()), default=0.0)

    def flag(self, text: str, blocked: Sequence[tuple[int, int]] = ()) -> tuple[str, str | None, float]:
        """(kind, evidence, probability) of the most probable window; kind "none" below the threshold."""
        scored = [(self.calibrated(bucket, risk), kind, evidence)
                  for bucket, (risk, kind, evidence) in self.assess(text, blocked).items()]
        if not scored:
            return "none", None, 0.0
        p, kind, evidence = max(scored)
        if self.threshold is None or p < self.threshold:
            return "none", None, p
        return kind, evidence[:200], p


def read_model(path: Path) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


_LOADED: list[Backstop | None] = []


def load() -> Backstop | None:
    """The shipped model, loaded once; None (rules only) if the file is missing or unreadable."""
    if not _LOADED:
        try:
            _LOADED.append(Backstop(read_model(MODEL_PATH)))
        except (OSError, EOFError, ValueError, KeyError, TypeError, IndexError):
            _LOADED.append(None)
    return _LOADED[0]
