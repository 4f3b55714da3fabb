"""Risk screen (DESIGN.md section 5): classify each message, and say the right words back.

`screen` is pure-Python rules (no spaCy) plus a small linear backstop scored in pure Python
(backstop.py), so it can run on every message. Messages and evidence are
never stored by this package; callers store only counts.

RISK_KINDS are the three kinds that need a response ("self", "service_user", "others");
ALL_KINDS adds "none".
"""
from __future__ import annotations

from .resources import ResourcesError, load_resources
from .responses import safety_followup_message, safety_message
from .screen import ALL_KINDS, RISK_KINDS, RiskResult, screen

__all__ = ["screen", "RiskResult", "RISK_KINDS", "ALL_KINDS", "load_resources", "ResourcesError",
           "safety_message", "safety_followup_message"]
