"""The risk screen: every message, every sentence, three layers, the most urgent answer.

1. The cue files (cues/*.yml, run by finder.py) are read sentence by sentence. Explicit first-person
   statements of suicidal intent, plans, means or self-harm form a floor: only a negation that governs
   the act, clear past tense about the worker's own history, a third person's words or quoted training
   material lower them (guards.py, syntax.py).
2. The compositional grammar (grammar.py) finds third-party and indirect risk: who does what to whom.
3. The statistical layer (backstop.py) scores sentences and sentence pairs with a calibrated linear
   model; it may add risk the rules do not know, never over a sentence whose risk words a guard lowered.

The most urgent kind wins: the worker's own safety first, then harm to others, then safeguarding.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import backstop, finder, grammar, segment, syntax
from .context import Doc
from .normalise import normalise

RISK_KINDS: tuple[str, ...] = ("self", "service_user", "others")
ALL_KINDS: tuple[str, ...] = RISK_KINDS + ("none",)
_URGENCY = {"self": 0, "others": 1, "service_user": 2}


@dataclass(frozen=True)
class RiskResult:
    kind: str                 # "self" | "service_user" | "others" | "none"
    evidence: str | None      # the sentence or phrase that triggered it; kept in memory only, never stored
    explicit: bool = False    # self risk at the explicit floor: first-person current intent, plan, means, self-harm
    # calibrated probability of risk from the statistical layer (0 when absent); not part of the verdict's identity
    score: float = field(default=0.0, compare=False)

    @property
    def is_risk(self) -> bool:
        return self.kind != "none"


NO_RISK = RiskResult("none", None)


@dataclass(frozen=True)
class RuleView:
    """What the rule layers (cue files and grammar) say about one normalised message."""
    kind: str
    evidence: str | None
    explicit: bool
    lowered: list[tuple[int, int]]   # spans whose risk words a guard judged not current


def prepare(text) -> str:
    """The capped, normalised text every layer reads."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return normalise(segment.cap(text)) if text.strip() else ""


def rules(clean: str) -> RuleView:
    findings, lowered = finder.find(clean, segment.sentences(clean))
    explicit = [f for f in findings if f.explicit]
    if explicit:
        return RuleView("self", explicit[0].evidence, True, lowered)
    candidates = [(f.kind, f.evidence) for f in findings]
    if any(kind == "self" for kind, _ in candidates):   # nothing the grammar finds is more urgent
        kind, evidence = candidates[[k for k, _ in candidates].index("self")]
        return RuleView(kind, evidence, False, lowered)
    best, blocked = grammar.rules(Doc(clean))
    if best is not None:
        candidates.append(best)
    if not candidates:
        return RuleView("none", None, False, blocked + lowered)
    kind, evidence = min(candidates, key=lambda c: _URGENCY[c[0]])
    return RuleView(kind, evidence, False, blocked + lowered)


def screen(text: str) -> RiskResult:
    """Classify one message as the writer's own risk, a service user's, others', or none."""
    syntax.preload()
    clean = prepare(text)
    if not clean.strip():
        return NO_RISK
    view = rules(clean)
    if view.kind != "none":
        return RiskResult(view.kind, view.evidence, view.explicit, _score(_sentence_of(clean, view.evidence)))
    return _statistical(clean, view.lowered)


def _sentence_of(clean: str, evidence: str) -> str:
    """The sentence that holds the evidence (a grammar cue's evidence is a phrase: too short to score)."""
    at = clean.find(evidence)
    if at < 0:
        return evidence
    for start, end in segment.sentences(clean):
        if start <= at < end:
            return clean[start:max(end, at + len(evidence))]
    return evidence


def _model():
    try:
        return backstop.load()
    except Exception:   # the statistical layer only adds recall: a fault in it must never break screening
        return None


def _score(evidence: str) -> float:
    model = _model()
    try:
        return model.probability(evidence) if model is not None else 0.0
    except Exception:
        return 0.0


def _statistical(text: str, blocked: list[tuple[int, int]]) -> RiskResult:
    model = _model()
    try:
        found = model.flag(text, blocked) if model is not None else None
    except Exception:
        return NO_RISK
    if found is None:
        return NO_RISK
    kind, evidence, score = found
    if kind == "none":
        return RiskResult("none", None, False, score)
    return RiskResult(kind, evidence, False, score)
