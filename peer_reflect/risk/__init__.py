"""Risk screen (DESIGN.md section 5): classify each message, and say the right words back.

`screen` is pure-Python rules (no spaCy) so it can run on every message. Messages and evidence are
never stored by this package; callers store only counts.
"""
from __future__ import annotations

from .screen import ALL_KINDS, RISK_KINDS, RiskResult, screen

__all__ = ["screen", "RiskResult", "RISK_KINDS", "ALL_KINDS"]
