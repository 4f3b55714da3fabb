"""Risk screen (DESIGN.md section 5): classify each message, and say the right words back.

`screen(text)` reads every sentence with three layers (screen.py): the cue files in `cues/` (explicit
first-person intent, plans, means and self-harm form a floor that only a governing negation, the
worker's own history, a third person's words or quoted training lower; negation and tense come from a
spaCy dependency parse of the few sentences that need it), the compositional grammar for third-party
risk (grammar.py, patterns.py), and a calibrated linear model (backstop.py) scored in plain Python and
numpy. Messages and evidence are never stored by this package; callers store only counts.

RISK_KINDS are the three kinds that need a response ("self", "service_user", "others");
ALL_KINDS adds "none". `RiskResult.explicit` marks self risk at the explicit floor (the dialogue gives
it the safety response at once and checks everything else with the worker first).
"""
from __future__ import annotations

from .resources import ResourcesError, load_resources
from .responses import safety_followup_message, safety_message
from .screen import ALL_KINDS, RISK_KINDS, RiskResult, screen


def warm_up() -> None:
    """Load the cue files, the weights and the parser now rather than on a worker's first message."""
    from . import backstop, cuebook, syntax
    cuebook.load()
    backstop.load()
    syntax.parse("i am not going to do it")
    screen("i'm not going to kill myself")


__all__ = ["screen", "RiskResult", "RISK_KINDS", "ALL_KINDS", "load_resources", "ResourcesError",
           "safety_message", "safety_followup_message", "warm_up"]
