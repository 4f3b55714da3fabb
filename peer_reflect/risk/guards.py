"""The guards a cue may declare (cues/README.md): each says whether one match is *not* current risk.

`negation` and `past` ask the dependency parse (syntax.py) about the harm act itself; the others read
the sentence through the named vocabulary in cues/vocab.yml. Explicit cues may only use the floor
guards (cuebook.FLOOR_GUARDS); the context guards exist for indirect cues, where a joke, a training
course or a bereavement can make the same words ordinary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import syntax
from .cuebook import compiled_vocabulary

_CLAUSE_EDGE = re.compile(r"[,;:]|\s-\s|\b(?:and|but|so|then|though|although|because|cos)\b")
_TRAINING_REACH = 200


@dataclass
class Match:
    """One cue match inside one sentence of the (normalised, capped) message."""
    text: str          # the whole message
    ss: int            # sentence span
    se: int
    start: int         # cue match span
    end: int
    act_start: int     # the harm act inside the match
    act_end: int

    @property
    def sentence(self) -> str:
        return self.text[self.ss:self.se]

    @property
    def prefix(self) -> str:
        return self.text[self.ss:self.start]

    def act_clause(self) -> str:
        """The words of the act's own clause (between the nearest clause edges)."""
        left = self.text[self.ss:self.act_start]
        edges = list(_CLAUSE_EDGE.finditer(left))
        begin = self.ss + edges[-1].end() if edges else self.ss
        right = _CLAUSE_EDGE.search(self.text, self.act_end, self.se)
        return self.text[begin:right.start() if right else self.se]


def _v(name: str) -> re.Pattern:
    return compiled_vocabulary()[name]


PENDING = "pending"   # a guard that needs the parse, asked not to parse yet


def negation(m: Match, parse: bool = True):
    if not _v("NEGATION_WORDS").search(_near_act(m)):
        return False   # no negation word close before the act in its clause: nothing to parse
    if _v("NEGATED_ACT").search(m.text, m.ss, m.act_start):
        return True    # the parse agrees on these plain forms (checked on every eval line); no need to ask
    if not parse:
        return PENDING
    return syntax.negated(m.sentence, m.act_start - m.ss, m.act_end - m.ss)


_NEGATION_REACH = 10   # words before the act in which a governing negation sits ("haven't told anyone that i'm going to")
_WORDS = re.compile(r"\S+")


def _near_act(m: Match) -> str:
    """The act's clause from at most _NEGATION_REACH words before the act to the act's end."""
    clause = m.act_clause()
    cut = clause.find(m.text[m.act_start:m.act_end])
    before = clause[:cut] if cut >= 0 else clause
    words = _WORDS.findall(before)[-_NEGATION_REACH:]
    return " ".join(words) + " " + m.text[m.act_start:m.act_end]


def past(m: Match, parse: bool = True):
    """Clear past tense about the worker's own history: a history marker in the act's clause with no
    recent-time word there, or telling one's story ("shared that i tried to...") in the simple past."""
    clause = m.act_clause()
    if _v("RECENT").search(clause):
        return False
    if _v("HISTORY").search(clause):
        return True
    if _v("HISTORY").search(m.sentence) and not _v("RECENT").search(m.sentence):
        return True
    if not _v("SHARING").search(m.sentence):
        return False
    if not parse:
        return PENDING
    return syntax.past_tense(m.sentence, m.act_start - m.ss, m.act_end - m.ss)


def _in_quotes(m: Match) -> bool:
    return m.text.count('"', m.ss, m.start) % 2 == 1


def third_person(m: Match) -> bool:
    """The first-person words are someone else's: quoted or reported speech of a third person."""
    prefix = m.prefix
    if _in_quotes(m):
        prefix = prefix[:prefix.rfind('"') + 1]
    return bool(_v("THIRD_SPEAKER").search(prefix))


def quoted_training(m: Match) -> bool:
    """Words quoted or given as an example from training material, a film, a book."""
    quoted = _in_quotes(m) or bool(_v("QUOTE_INTRO").search(m.prefix))
    if not quoted:
        return False
    return bool(_v("TRAINING").search(m.text, max(0, m.ss - _TRAINING_REACH), m.se))


def _sentence_guard(name: str):
    def guard(m: Match) -> bool:
        return bool(_v(name).search(m.sentence))
    guard.__name__ = name.lower()
    return guard


def hypothetical(m: Match) -> bool:
    return bool(_v("HYPOTHETICAL").search(m.prefix))


GUARDS = {
    "negation": negation,
    "past": past,
    "third_person": third_person,
    "quoted_training": quoted_training,
    "hyperbole": _sentence_guard("HYPERBOLE"),
    "grief": _sentence_guard("GRIEF"),
    "training": _sentence_guard("TRAINING"),
    "hypothetical": hypothetical,
    "ordinary_reason": _sentence_guard("ORDINARY_REASON"),
    "mundane": _sentence_guard("MUNDANE"),
}
# cheap guards first: the parse-based ones run only if nothing else has lowered the match
ORDER = ("third_person", "quoted_training", "hyperbole", "grief", "training", "hypothetical",
         "ordinary_reason", "mundane", "past", "negation")


def lowered_by(m: Match, declared, parse: bool = True) -> str | None:
    """The first declared guard that says this match is not current risk, None when none does, or PENDING
    when only a guard that needs the parse could still lower it (and `parse` is False)."""
    pending = False
    for name in ORDER:
        if name not in declared:
            continue
        verdict = GUARDS[name](m, parse) if name in _PARSED else GUARDS[name](m)
        if verdict is PENDING:
            pending = True
        elif verdict:
            return name
    return PENDING if pending else None


_PARSED = {"negation", "past"}
