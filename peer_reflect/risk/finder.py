"""Run the data cues (cuebook) over each sentence of a message and judge each match with its guards.

A finding is the kind of risk one cue match shows, whether it sits on the explicit floor, and the
sentence as evidence. Matches that a guard lowered are reported too (as spans), so the statistical
layer does not overrule a guard's reading of the same words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .cuebook import Cue, compiled_vocabulary, load
from . import syntax
from .guards import PENDING, Match, lowered_by
from .literals import present

_EVIDENCE_CHARS = 200
_ME_IN_ACT = re.compile(r"\b(?:me|myself)\b")


@dataclass(frozen=True)
class Finding:
    kind: str
    explicit: bool
    evidence: str
    cue: str


def _act_span(m: re.Match) -> tuple[int, int]:
    for name, value in m.groupdict().items():
        if name.startswith("act") and value is not None:
            return m.span(name)
    return m.span()


def _who(cue: Cue, match: Match) -> str:
    """Whose risk: the cue's kind, or the people the sentence names (cue `who`)."""
    if cue.who == "fixed":
        return cue.kind
    vocab = compiled_vocabulary()
    before = match.text[match.ss:match.start]
    if cue.who == "subject":
        people = [(m.end(), "self") for m in vocab["I"].finditer(before) if _word(before, m)]
        people += [(m.end(), "service_user") for m in re.finditer(r"\b(?:he|she|they|his|her|their)\b", before)]
        people += [(m.end(), "service_user") for m in vocab["SUPPORTED"].finditer(before)]
        people += [(m.end(), "others") for m in vocab["OTHERS"].finditer(before)]
        return max(people)[1] if people else cue.kind
    sentence = match.sentence
    if _ME_IN_ACT.search(match.text, match.act_start, match.act_end):
        return "self"   # "my partner grabbed me by the throat": the worker is the one harmed
    if vocab["SUPPORTED"].search(sentence):
        return "service_user"
    if vocab["OTHERS"].search(sentence):
        return "others"
    first = [m for m in vocab["I"].finditer(before) if _word(before, m)]
    if first and not re.search(r"\b(?:he|she|they|him|her|them)\b", before):
        return "self"
    return cue.kind


def _word(text: str, m: re.Match) -> bool:
    return (m.start() == 0 or not text[m.start() - 1].isalnum()) and (m.end() == len(text) or not text[m.end()].isalnum())


def _neighbourhood(text: str, spans: list[tuple[int, int]], i: int) -> str:
    """The sentence with the one before and after it: where a cue's `requires` may be found."""
    return text[spans[max(0, i - 1)][0]:spans[min(len(spans) - 1, i + 1)][1]]


def find(text: str, spans: list[tuple[int, int]], cues: tuple[Cue, ...] | None = None
         ) -> tuple[list[Finding], list[tuple[int, int]]]:
    """Findings in the sentences `spans` of normalised `text`, and the spans that guards lowered.

    Matches are judged first without the parser; only those a negation or tense reading could still
    lower are parsed, all their sentences in one batch, and not at all once an explicit finding is
    certain (nothing is more urgent than that)."""
    findings: list[Finding] = []
    lowered: list[tuple[int, int]] = []
    pending: list[tuple[Cue, Match]] = []
    for cue in cues if cues is not None else load():
        if not present(cue.literals, text):
            continue
        for i, (ss, se) in enumerate(spans):
            sentence = text[ss:se]
            if cue.requires is not None and not cue.requires.search(_neighbourhood(text, spans, i)):
                continue
            if cue.unless is not None and cue.unless.search(sentence):
                continue
            for m in cue.pattern.finditer(sentence):   # on the sentence alone, so ^ is its start
                act_start, act_end = (ss + x for x in _act_span(m))
                match = Match(text, ss, se, ss + m.start(), ss + m.end(), act_start, act_end)
                verdict = lowered_by(match, cue.guards, parse=False)
                if verdict is PENDING:
                    pending.append((cue, match))
                    continue
                if verdict:
                    lowered.append((ss, se))
                    continue
                finding = _finding(cue, match)
                if finding.explicit:
                    return [finding], lowered
                findings.append(finding)
                break
    if pending:
        syntax.parse_many([match.sentence for _, match in pending])
    for cue, match in pending:
        if lowered_by(match, cue.guards):
            lowered.append((match.ss, match.se))
            continue
        finding = _finding(cue, match)
        if finding.explicit:
            return [finding], lowered
        findings.append(finding)
    return findings, lowered


def _finding(cue: Cue, match: Match) -> Finding:
    kind = _who(cue, match)
    return Finding(kind, cue.explicit and kind == "self", match.sentence.strip()[:_EVIDENCE_CHARS], cue.id)
