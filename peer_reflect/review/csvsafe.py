"""CSV that a spreadsheet cannot execute: a cell starting with = + - @ (or a tab or carriage return) is read
as a formula by Excel, LibreOffice and Google Sheets, so a team named '=HYPERLINK(...)' would run on the
supervisor's machine. Such cells get a leading apostrophe (OWASP's CSV injection advice)."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class SafeWriter:
    """csv.writer whose rows are neutralised cell by cell."""

    def __init__(self, buffer: io.StringIO) -> None:
        self._writer = csv.writer(buffer, lineterminator="\n")

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([neutralise(cell) for cell in row])
