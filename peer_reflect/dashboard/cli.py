"""Command-line wiring for the dashboard, supervisor accounts, the codebook exchange and the extra reports.

Each `add_*` function adds its commands to an argparse sub-parser group and sets `handler` (called with the
parsed arguments; returns the exit code), which is how `peer_reflect.cli.main` dispatches:

    peer-reflect dashboard [--host 127.0.0.1] [--port 8050]
    peer-reflect supervisor create|passwd|delete NAME;  peer-reflect supervisor list
    peer-reflect codebook export --qdc FILE | --yaml FILE;  peer-reflect codebook import FILE
    peer-reflect review trends | export --out DIR | charts --out DIR
"""
from __future__ import annotations

import argparse
import getpass
import signal
import sys
from datetime import date
from pathlib import Path


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-11-01, got {text!r}") from None


def _store():  # noqa: ANN202 - a migrated peer_reflect.storage.Store
    from peer_reflect.storage import Store

    store = Store()
    store.migrate()
    return store


def _fail(message: str) -> int:
    print(f"peer-reflect: {message}", file=sys.stderr)
    return 2


# -- dashboard --------------------------------------------------------------------------------------------


def add_dashboard_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("dashboard", help="start the read-only supervisor web dashboard")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8050, help="port (default 8050; 0 picks a free one)")
    parser.add_argument("--certfile", help="serve HTTPS with this certificate (PEM); needed beyond this machine "
                                           "unless a TLS proxy is in front")
    parser.add_argument("--keyfile", help="the certificate's private key (PEM)")
    parser.add_argument("--allowed-host", action="append", default=[], metavar="HOST[:PORT]",
                        help="Host header to accept (repeatable; behind a proxy: its public name)")
    parser.set_defaults(handler=run_dashboard)


def run_dashboard(args: argparse.Namespace) -> int:
    from peer_reflect.dashboard.app import DashboardServer, is_loopback, make_dashboard

    dashboard = make_dashboard()
    if args.allowed_host:
        dashboard.config.allowed_hosts = {host.lower() for host in args.allowed_host}
    server = DashboardServer(dashboard, args.host, args.port, args.certfile, args.keyfile)
    try:
        server.bind()
    except OSError as error:
        return _fail(f"cannot listen on {args.host}:{args.port} ({error.strerror or error})")
    if not is_loopback(args.host) and not args.certfile:
        print("Warning: not bound to this machine only and no --certfile: sign-in cookies are Secure and are only "
              "kept over HTTPS, so put a TLS proxy in front.", file=sys.stderr)
    if dashboard.accounts.count() == 0:
        print("No supervisor account yet: create one with `peer-reflect supervisor create NAME`.", file=sys.stderr)
    if dashboard.config.show_excerpts:
        print("Excerpts are on (SHOW_EXCERPTS): anonymised phrases for themes backed by enough workers.",
              file=sys.stderr)
    print(f"Supervisor dashboard: {server.url}  (Ctrl-C stops it)", flush=True)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def _interrupt(*_args) -> None:  # noqa: ANN002 - signal handler
    raise KeyboardInterrupt


# -- supervisor accounts ------------------------------------------------------------------------------------


def add_supervisor_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("supervisor", help="manage supervisor accounts for the dashboard")
    actions = parser.add_subparsers(dest="supervisor_action", required=True)
    create = actions.add_parser("create", help="create an account (asks for the password, or reads it from stdin)")
    create.add_argument("name")
    passwd = actions.add_parser("passwd", help="set a new password (signs the account out everywhere)")
    passwd.add_argument("name")
    delete = actions.add_parser("delete", help="delete an account and end its sessions")
    delete.add_argument("name")
    actions.add_parser("list", help="list account names")
    parser.set_defaults(handler=run_supervisor)


def read_password(stdin=None, prompt=getpass.getpass) -> str:  # noqa: ANN001 - a text stream and a callable
    """Ask twice on a terminal; otherwise read the first line of stdin (for scripts)."""
    stdin = stdin or sys.stdin
    if stdin.isatty():
        first = prompt("Password (at least 12 characters): ")
        if first != prompt("Same password again: "):
            raise ValueError("the two passwords differ")
        return first
    line = stdin.readline()
    return line[:-1] if line.endswith("\n") else line


def run_supervisor(args: argparse.Namespace) -> int:
    from peer_reflect.dashboard.auth import AccountError, Accounts

    accounts = Accounts(_store().engine)
    try:
        if args.supervisor_action == "list":
            for name in accounts.names():
                print(name)
            return 0
        if args.supervisor_action == "delete":
            accounts.delete(args.name)
            print(f"Deleted supervisor account {args.name.strip().lower()!r}.")
            return 0
        password = read_password()
        if args.supervisor_action == "create":
            accounts.create(args.name, password)
            print(f"Created supervisor account {args.name.strip().lower()!r}.")
        else:
            accounts.set_password(args.name, password)
            print(f"Password changed for {args.name.strip().lower()!r}; its sessions have ended.")
        return 0
    except (AccountError, ValueError) as error:
        return _fail(str(error))
    except (EOFError, KeyboardInterrupt):
        return _fail("cancelled")


# -- codebook exchange --------------------------------------------------------------------------------------


def add_codebook_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("codebook", help="export or import the codebook (REFI-QDA .qdc or YAML)")
    actions = parser.add_subparsers(dest="codebook_action", required=True)
    export = actions.add_parser("export", help="write the codebook in use to a file")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--qdc", metavar="FILE", help="REFI-QDA codebook (NVivo, ATLAS.ti, MAXQDA, QualCoder)")
    target.add_argument("--yaml", metavar="FILE", help="the editable YAML codebook")
    imp = actions.add_parser("import", help="replace the codebook in use with a .qdc or YAML file")
    imp.add_argument("file")
    imp.add_argument("--output", metavar="PATH",
                     help="where to write the codebook (default: the one in use, CODEBOOK_PATH or the packaged one; "
                          "the old file is kept as PATH.bak)")
    imp.add_argument("--dry-run", action="store_true", help="check the file and show the changes, write nothing")
    parser.set_defaults(handler=run_codebook)


def run_codebook(args: argparse.Namespace) -> int:
    from peer_reflect.themes import Codebook, CodebookError
    from peer_reflect.themes.qdc import export_qdc, import_qdc

    try:
        if args.codebook_action == "export":
            codebook = Codebook.load()
            if args.qdc:
                path = export_qdc(codebook, args.qdc)
            else:
                path = codebook.save(args.yaml)
            print(f"Wrote {len(codebook.themes)} themes (codebook {codebook.version}) to {path}.")
            return 0
        source = Path(args.file)
        new = import_qdc(source) if source.suffix.lower() in (".qdc", ".xml") else Codebook.load(source)
        target = Path(args.output) if args.output else _active_codebook_path()
        try:
            old = Codebook.load(target) if target.exists() else None
        except CodebookError:
            old = None
        for line in describe_changes(old, new):
            print(line)
        if args.dry_run:
            print("Dry run: nothing written.")
            return 0
        if target.exists():
            backup = target.with_name(target.name + ".bak")
            backup.write_bytes(target.read_bytes())
            print(f"Kept the previous codebook as {backup}.")
        new.save(target)
        print(f"Wrote {len(new.themes)} themes to {target}. Run `peer-reflect recode` to recode stored reflections.")
        return 0
    except (CodebookError, OSError) as error:
        return _fail(str(error))


def _active_codebook_path() -> Path:
    from peer_reflect.settings import get_settings
    from peer_reflect.themes.codebook import PACKAGED_CODEBOOK

    return get_settings().codebook_path or PACKAGED_CODEBOOK


def describe_changes(old, new) -> list[str]:  # noqa: ANN001 - Codebook | None, Codebook
    if old is None:
        return [f"New codebook with {len(new.themes)} themes."]
    before = {t.id: t for t in old.themes}
    after = {t.id: t for t in new.themes}
    lines = []
    added = [i for i in after if i not in before]
    removed = [i for i in before if i not in after]
    changed = [i for i in after if i in before and after[i] != before[i]]
    if added:
        lines.append("Added themes: " + ", ".join(added))
    if removed:
        lines.append("Removed themes: " + ", ".join(removed) + " (theme ids are a contract: reports and stored "
                     "codes use them)")
    if changed:
        lines.append("Changed themes: " + ", ".join(changed))
    if old.word_lists != new.word_lists:
        lines.append("Word lists changed.")
    return lines or ["No changes to themes or word lists."]


# -- review trends / export / charts ----------------------------------------------------------------------


def _filters(parser: argparse.ArgumentParser, *, team_breakdown: bool = True) -> None:
    parser.add_argument("--period", choices=["week", "month"], default="month")
    if team_breakdown:
        parser.add_argument("--by-team", action="store_true", help="break months down by team")
    parser.add_argument("--team", help="only this team (monthly)")
    parser.add_argument("--since", type=_date, help="first day (inclusive)")
    parser.add_argument("--until", type=_date, help="last day (inclusive)")


def add_review_subcommands(reports: argparse._SubParsersAction) -> None:
    """Adds `trends`, `export` and `charts` to the `peer-reflect review` sub-parsers."""
    trends = reports.add_parser("trends", help="each theme's share of reflections over periods")
    _filters(trends)
    output = trends.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="machine-readable JSON")
    output.add_argument("--csv", action="store_true", help="CSV for spreadsheets")
    trends.set_defaults(handler=run_trends)

    export = reports.add_parser("export", help="write every aggregate (month, week, month by team) to files")
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    export.add_argument("--format", choices=["csv", "json", "both"], default="both")
    export.add_argument("--since", type=_date, help="first day (inclusive)")
    export.add_argument("--until", type=_date, help="last day (inclusive)")
    export.set_defaults(handler=run_export)

    charts = reports.add_parser("charts", help="PNG charts: theme trends, co-occurrence heatmap, check-in")
    charts.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    _filters(charts, team_breakdown=False)
    charts.set_defaults(handler=run_charts)


def _summary(args: argparse.Namespace):  # noqa: ANN202 - a Summary
    from peer_reflect.review import summary

    period = args.period
    if args.team and period == "week":
        raise ValueError("team figures are monthly: use --period month with --team")
    return summary(_store(), period, by_team=getattr(args, "by_team", False), team=args.team, since=args.since,
                   until=args.until)


def run_trends(args: argparse.Namespace) -> int:
    from peer_reflect.review.trends import render_trends_csv, render_trends_json, render_trends_table, trends

    try:
        report = _summary(args)
    except ValueError as error:
        return _fail(str(error))
    render = render_trends_json if args.json else render_trends_csv if args.csv else render_trends_table
    sys.stdout.write(render(trends(report)).rstrip("\n") + "\n")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from peer_reflect.review.trends import export_aggregates

    formats = ("csv", "json") if args.format == "both" else (args.format,)
    try:
        written = export_aggregates(_store(), args.out, formats=formats, since=args.since, until=args.until)
    except OSError as error:
        return _fail(f"cannot write to {args.out} ({error.strerror or error})")
    for path in written:
        print(path)
    return 0


def run_charts(args: argparse.Namespace) -> int:
    from peer_reflect.review.charts import write_charts

    try:
        written = write_charts(_summary(args), args.out)
    except ValueError as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"cannot write to {args.out} ({error.strerror or error})")
    for path in written:
        print(path)
    return 0


# -- standalone entry point (`python -m peer_reflect.dashboard ...`) ------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The commands of this module on their own, for `python -m peer_reflect.dashboard` and tests; the
    `peer-reflect` console script carries the same commands once wired."""
    parser = argparse.ArgumentParser(prog="python -m peer_reflect.dashboard")
    commands = parser.add_subparsers(dest="command", required=True)
    add_dashboard_parser(commands)
    add_supervisor_parser(commands)
    add_codebook_parser(commands)
    review = commands.add_parser("review", help="supervisor reports: trends, export, charts")
    add_review_subcommands(review.add_subparsers(dest="report", required=True))
    return parser


def main(argv: list[str] | None = None) -> int:
    sys.modules.setdefault("tensorflow", None)  # as peer_reflect.cli: spaCy's thinc need not probe for it
    args = build_parser().parse_args(argv)
    return args.handler(args)
