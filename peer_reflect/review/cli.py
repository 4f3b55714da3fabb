"""`peer-reflect review …`: supervisor reports on the command line (suppressed like every aggregate)."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from peer_reflect.review import render_csv, render_json, render_table, summary
from peer_reflect.storage import Store


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-11-01, got {text!r}") from None


def add_review_parser(commands: argparse._SubParsersAction) -> None:
    review = commands.add_parser("review", help="supervisor reports (suppressed aggregates)")
    reports = review.add_subparsers(dest="report", required=True)
    summary_parser = reports.add_parser("summary", help="themes, check-ins and safety counts by period")
    summary_parser.add_argument("--period", choices=["week", "month"], default="month")
    summary_parser.add_argument("--by-team", action="store_true", help="break months down by team")
    summary_parser.add_argument("--team", help="only this team's rows")
    summary_parser.add_argument("--since", type=_date, help="first day (inclusive)")
    summary_parser.add_argument("--until", type=_date, help="last day (inclusive)")
    output = summary_parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="machine-readable JSON")
    output.add_argument("--csv", action="store_true", help="CSV for spreadsheets")
    summary_parser.set_defaults(handler=run_summary)

    from peer_reflect.dashboard.cli import add_review_subcommands

    add_review_subcommands(reports)


def run_summary(args: argparse.Namespace) -> int:
    store = Store()
    store.migrate()
    try:
        report = summary(store, args.period, by_team=args.by_team, team=args.team, since=args.since,
                         until=args.until)
    except ValueError as exc:  # e.g. weekly team figures, which would almost all be suppressed
        print(f"peer-reflect review: {exc}", file=sys.stderr)
        return 2
    render = render_json if args.json else render_csv if args.csv else render_table
    print(render(report))
    return 0
