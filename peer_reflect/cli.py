"""`peer-reflect`: the command-line contract of DESIGN.md section 7, plus operator commands.

Filters read JSON lines `{"id", "text"}` on stdin and write one JSON line per input line, in order, keeping
`id`. A bad line gets `{"id", "error"}` on its own output line and the run goes on; the exit code is 1 when
any line failed.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Iterable, Iterator, TextIO

BATCH = 64


class LineError(ValueError):
    """A single input line that cannot be processed."""


def _parse(line: str) -> tuple[object, str]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LineError(f"not valid JSON: {exc.msg}") from None
    if not isinstance(item, dict):
        raise LineError("each line must be a JSON object with \"id\" and \"text\"")
    text = item.get("text")
    if not isinstance(text, str):
        raise LineError("\"text\" must be a string")
    return item.get("id"), text


def _batches(lines: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def run_filter(process: Callable[[list[str]], list[dict]], stdin: TextIO, stdout: TextIO) -> int:
    """Apply `process` (texts -> result dicts) to JSON lines, batch by batch, keeping order and ids."""
    failed = False
    for batch in _batches(line for line in stdin if line.strip()):
        parsed: list[tuple[object, str] | LineError] = []
        for line in batch:
            try:
                parsed.append(_parse(line))
            except LineError as exc:
                parsed.append(exc)
        good = [p for p in parsed if not isinstance(p, LineError)]
        try:
            results = iter(process([text for _, text in good]))
            batch_error = None
        except Exception as exc:  # fail closed: no raw text is echoed back
            results, batch_error = iter(()), f"processing failed: {type(exc).__name__}"
        for item in parsed:
            if isinstance(item, LineError):
                out, failed = {"id": None, "error": str(item)}, True
            elif batch_error:
                out, failed = {"id": item[0], "error": batch_error}, True
            else:
                out = {"id": item[0], **next(results)}
            stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return 1 if failed else 0


def _anonymise(texts: list[str]) -> list[dict]:
    from peer_reflect.anonymiser import anonymise_many

    return [
        {"text": r.text, "entities": [{"start": e.start, "end": e.end, "label": e.label} for e in r.entities]}
        for r in anonymise_many(texts)
    ]


def _risk(texts: list[str]) -> list[dict]:
    from peer_reflect.risk import screen

    return [{"risk": r.kind, "evidence": r.evidence, "explicit": r.explicit} for r in map(screen, texts)]


def _themes(texts: list[str]) -> list[dict]:
    from peer_reflect.themes import code_themes

    return [
        {"themes": [{"id": hit.id, "evidence": list(hit.evidence)} for hit in code_themes(text)]}
        for text in texts
    ]


FILTERS = {"anonymise": _anonymise, "risk": _risk, "themes": _themes}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="peer-reflect", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("anonymise", help="anonymise JSON lines {id, text}")
    commands.add_parser("risk", help="screen JSON lines {id, text} for risk")
    commands.add_parser("themes", help="code JSON lines {id, text} with the codebook")
    commands.add_parser("migrate", help="create or upgrade the database schema")
    commands.add_parser("flush-outbox", help="save reflections queued while the database was down")
    commands.add_parser("recode", help="recode all stored reflections with the current codebook")
    from peer_reflect.review.cli import add_review_parser
    from peer_reflect.web.serve import add_serve_parser

    from peer_reflect.dashboard.cli import add_codebook_parser, add_dashboard_parser, add_supervisor_parser

    add_review_parser(commands)
    add_serve_parser(commands)
    add_dashboard_parser(commands)
    add_supervisor_parser(commands)
    add_codebook_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    # spaCy's thinc imports TensorFlow (installed for Rasa) just to probe for it: seconds of start-up the
    # command line never needs. Marking it absent makes thinc skip it.
    sys.modules.setdefault("tensorflow", None)
    args = build_parser().parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")
    if args.command in FILTERS:
        # Offsets are into the input text: read it exactly as sent, whatever the locale.
        stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)
        return run_filter(FILTERS[args.command], stdin, sys.stdout)
    if args.command in ("migrate", "flush-outbox"):
        from sqlalchemy.exc import OperationalError

        from peer_reflect.storage import DatabaseUnavailable, Store

        store = Store()
        try:
            store.migrate()
            if args.command == "flush-outbox":
                print(f"{store.flush_outbox()} queued reflection(s) saved; {store.outbox_size()} still queued.")
            else:
                print("Database schema is up to date.")
        except (DatabaseUnavailable, OperationalError):
            print(f"peer-reflect {args.command}: the database is unreachable; nothing was lost, try again "
                  "when it is back.", file=sys.stderr)
            return 1
        return 0
    if args.command == "recode":
        from peer_reflect.recode import recode_all
        from peer_reflect.storage import Store

        store = Store()
        store.migrate()
        print(f"Recoded {recode_all(store, progress=sys.stderr.isatty())} reflection(s).")
        return 0
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
