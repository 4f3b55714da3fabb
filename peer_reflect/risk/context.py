"""Read the words around a risk cue: where its clause and sentence are, who it is about, whether it
is negated, past, hypothetical or quoted. Pure functions over the normalised text."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .patterns import (AGENT_SKIP, SUBJECT_SLOT, NEGATIONS, COGNITIVE_NEGATION, PAST_MARKERS, PERSON_REF, POST_NEGATION,
                       RECENT_MARKERS)

_CLAUSE_BREAK = re.compile(
    r"[.!?;:\n]+|\b(?:but|though|tho|although|however|whereas|except|yet)\b|\s-\s|\band(?= (?:now|today|these days)\b)"
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")
_SUBJECT_IN_GAP = re.compile(r"\b(?:i|i'm|he|she|they|he's|she's|they're|we)\b")


class Doc:
    """Normalised text with clause and sentence boundaries computed once, on first use."""

    def __init__(self, text: str):
        self.text = text
        self._clauses: tuple[list[int], list[int]] | None = None
        self._sentences: tuple[list[int], list[int]] | None = None
        self._refs: list[Ref] | None = None
        self._ref_starts: list[int] = []

    def refs(self, start: int, end: int) -> list["Ref"]:
        """People mentioned wholly inside [start, end); found once for the whole message."""
        if self._refs is None:
            self._refs = [classify_ref(m) for m in PERSON_REF.finditer(self.text)]
            self._ref_starts = [r.start for r in self._refs]
        i = bisect_right(self._ref_starts, start - 1)
        j = bisect_right(self._ref_starts, end)
        return [r for r in self._refs[i:j] if r.end <= end]

    @staticmethod
    def _breaks(pattern: re.Pattern, text: str) -> tuple[list[int], list[int]]:
        starts, ends = [], []
        for m in pattern.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
        return starts, ends

    def _span(self, breaks: tuple[list[int], list[int]], start: int, end: int) -> tuple[int, int]:
        starts, ends = breaks
        i = bisect_right(ends, start) - 1
        left = ends[i] if i >= 0 else 0
        j = bisect_right(starts, end - 1)
        while j < len(starts) and starts[j] < end:
            j += 1
        right = starts[j] if j < len(starts) else len(self.text)
        return left, right

    def clause(self, start: int, end: int) -> tuple[int, int]:
        if self._clauses is None:
            self._clauses = self._breaks(_CLAUSE_BREAK, self.text)
        return self._span(self._clauses, start, end)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = self._breaks(_SENTENCE_BREAK, self.text)
        return self._span(self._sentences, start, end)


@dataclass(frozen=True)
class Ref:
    """One mention of a person. `who` is self | you | generic | service_user | others | pronoun."""
    who: str
    start: int
    end: int
    text: str
    possessor: str | None = None   # "her" in "her partner", "sister" in "my sister's boyfriend"


def classify_ref(m: re.Match, offset: int = 0) -> Ref:
    kind = ("service_user" if m.group("su") else "others" if m.group("oth") else "generic" if m.group("gen")
            else "self" if m.group("self") else "you" if m.group("you") else "pronoun")
    possessor = None
    np = m.group("np")
    if np and kind in ("service_user", "others") and np == (m.group("su") or m.group("oth")) and np.endswith("s") \
            and not np.endswith(("'s", "boss", "ss")):
        kind = "generic"   # bare plurals: "peer workers can't handle...", "patients who..."
    if m.group("np"):
        poss = m.group("poss")
        if poss:
            possessor = poss.strip()[:-2]
        else:
            det = re.match(r"(?:one of )?(his|her|their)\b", m.group("np"))
            possessor = det.group(1) if det else None
    return Ref(kind, m.start() + offset, m.end() + offset, m.group(0), possessor)


def resolve_pronoun(refs: list[Ref], exclude: Ref | None = None) -> str:
    """A third-person pronoun points at the sentence's first named person; in a reflection an
    unnamed "she" is someone the worker supports."""
    for ref in refs:
        if ref is exclude or ref.who in ("self", "you", "generic"):
            continue
        return "service_user" if ref.who == "pronoun" else ref.who
    return "service_user"


_POSSESSIVE_OF = {"she": "her", "her": "her", "she's": "her", "she'd": "her", "she'll": "her", "herself": "her",
                  "he": "his", "him": "his", "he's": "his", "he'd": "his", "he'll": "his", "himself": "his",
                  "they": "their", "them": "their", "they're": "their", "they'd": "their", "they'll": "their"}


def owner_of(ref: Ref, refs: list[Ref], exclude: Ref | None = None) -> str:
    if ref.who != "pronoun":
        return ref.who
    # "she" is not "her ex" nor "her son": skip people possessed by the pronoun itself
    own = _POSSESSIVE_OF.get(ref.text)
    if own:
        refs = [r for r in refs if r.possessor != own or r is ref]
    return resolve_pronoun(refs, exclude)


def possessor_class(agent: Ref, refs: list[Ref]) -> str | None:
    """'her partner hits her': the victim is whoever 'her' is, not the partner."""
    if not agent.possessor:
        return None
    if agent.possessor in ("his", "her", "their"):
        return resolve_pronoun(refs, exclude=agent)
    inner = PERSON_REF.fullmatch(agent.possessor)
    if inner:
        return owner_of(classify_ref(inner), refs, agent)
    return None


# Only adverbs, auxiliaries or a relative "who" between a person and the verb: they are its subject.
_ADJACENT = re.compile(r"^\s*(?:(?:who|that|really|just|always|often|still|then|also|keeps?|kept|has|had|have|was|is|'s|"
                       r"been|would|will|'ll|'d|did|does|never|even|constantly|repeatedly|sometimes|regularly|"
                       r"allegedly|apparently|actually|literally)\s+){0,3}$")
_NOMINATIVE = re.compile(r"^(?:i|i'm|i've|i'd|i'll|he|she|they|he's|she's|they're|he'd|she'd|they'd|he'll|she'll|they'll)$")


def nearest_agent(refs: list[Ref], before: int, text: str = "") -> Ref | None:
    """The doer of a verb at `before`: the closest nominative pronoun, or a named person standing in a
    subject slot ("...that her partner hits", "saw an hca slap"), not the object of another verb."""
    fallback = None
    for ref in reversed(refs):
        if ref.end > before or ref.text in AGENT_SKIP:
            continue
        if (_NOMINATIVE.match(ref.text) or not text or _ADJACENT.match(text[ref.end:before])
                or SUBJECT_SLOT.search(text[max(0, ref.start - 20):ref.start])):
            return ref
        fallback = fallback or ref
    return fallback


def is_negated(text: str, clause_start: int, start: int, end: int, clause_end: int, cue_text: str) -> bool:
    left = text[max(clause_start, start - 60):start]
    last = None
    for m in NEGATIONS.finditer(left):
        if left[max(0, m.start() - 6):m.end()].endswith(("can't", "couldn't")):
            continue
        if left[m.end():m.end() + 4] in (" one", "-one") and len(left[m.end() + 4:].split()) > 1:
            continue   # "no one would care if..." names nobody; "nobody got hurt" negates
        if m.group(0) == "no" and re.match(r"\W*(?:body|point|reason)", left[m.end():]):
            continue
        last = m
    if last is not None:
        gap = left[last.end():]
        cognitive = COGNITIVE_NEGATION.match(left[last.start():])
        if "," not in gap and len(gap.split()) <= 4 and (cognitive or not _SUBJECT_IN_GAP.search(gap)):
            return True
    return bool(POST_NEGATION.match(text[end:clause_end]))


_FREQUENCY = re.compile(r"(?:every|all) (?:day|night|morning|week)|keeps?|lately")


def time_frame(text: str, clause_start: int, clause_end: int, start: int, end: int) -> str | None:
    """'past' or 'recent' by whichever time word sits closest to the cue (ties go to past)."""
    clause = text[clause_start:clause_end]

    def distance(m: re.Match) -> int:
        a, b = m.start() + clause_start, m.end() + clause_start
        if b <= start:
            return start - b
        if a >= end:
            return a - end
        return 0

    pasts = list(PAST_MARKERS.finditer(clause))
    recents = list(RECENT_MARKERS.finditer(clause))
    if any(m.group(0) in ("used to", "use to") and m.start() + clause_start < start for m in pasts):
        # "i used to think about ending it every day": habit words don't make a past habit current
        recents = [m for m in recents if not _FREQUENCY.match(m.group(0))]
    past = min((distance(m) for m in pasts), default=None)
    recent = min((distance(m) for m in recents), default=None)
    if past is None and recent is None:
        return None
    if recent is None or (past is not None and past <= recent):
        return "past"
    return "recent"
