"""Supervisor review: suppressed aggregates over the stored reflections and their renderings.

    summary(store, period="month", *, by_team=False, team=None, since=None, until=None,
            min_group_size=None) -> Summary
    render_table(summary) -> str;  render_json(summary) -> str;  render_csv(summary) -> str
    summary_to_dict(summary) -> dict   (what render_json prints, for a dashboard)
"""
from __future__ import annotations

from peer_reflect.review.aggregates import Figure, GroupSummary, Summary, summary
from peer_reflect.review.render import render_csv, render_json, render_table, summary_to_dict

__all__ = [
    "Figure",
    "GroupSummary",
    "Summary",
    "render_csv",
    "render_json",
    "render_table",
    "summary",
    "summary_to_dict",
]
