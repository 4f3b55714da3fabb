"""The commands of peer_reflect.dashboard.cli: codebook exchange, review trends/export/charts, dashboard."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from peer_reflect.dashboard import cli
from peer_reflect.settings import PROJECT_ROOT, get_settings
from peer_reflect.themes import Codebook
from peer_reflect.themes.codebook import PACKAGED_CODEBOOK


@pytest.fixture
def env(monkeypatch, seeded_url: str, tmp_path: Path):
    monkeypatch.setenv("DATABASE_URL", seeded_url)
    monkeypatch.setenv("MIN_GROUP_SIZE", "5")
    monkeypatch.setenv("CODEBOOK_PATH", str(tmp_path / "codebook.yml"))
    shutil.copy(PACKAGED_CODEBOOK, tmp_path / "codebook.yml")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_codebook_round_trips_through_refi_qda(env: Path, capsys):
    qdc = env / "codebook.qdc"
    assert cli.main(["codebook", "export", "--qdc", str(qdc)]) == 0
    assert qdc.read_text().startswith('<?xml version="1.0" encoding="utf-8"?>')
    assert "urn:QDA-XML:codebook:1.0" in qdc.read_text()
    before = Codebook.load(env / "codebook.yml")

    assert cli.main(["codebook", "import", str(qdc), "--dry-run"]) == 0
    assert "No changes to themes or word lists." in capsys.readouterr().out

    edited = qdc.read_text().replace('name="Emotional load"', 'name="Emotional load and burnout"')
    qdc.write_text(edited)
    assert cli.main(["codebook", "import", str(qdc)]) == 0  # into CODEBOOK_PATH, the one in use
    out = capsys.readouterr().out
    assert "Changed themes: emotional_load" in out and "peer-reflect recode" in out
    after = Codebook.load(env / "codebook.yml")
    assert after.get("emotional_load").name == "Emotional load and burnout"
    assert after.ids == before.ids and after.word_lists == before.word_lists
    assert Codebook.load(env / "codebook.yml.bak").to_dict() == before.to_dict()  # the old one is kept

    assert cli.main(["codebook", "export", "--yaml", str(env / "copy.yml")]) == 0
    assert Codebook.load(env / "copy.yml").to_dict() == after.to_dict()


def test_a_broken_codebook_file_is_refused_with_the_reason(env: Path, capsys):
    bad = env / "bad.qdc"
    bad.write_text("<CodeBook><Codes>")
    assert cli.main(["codebook", "import", str(bad)]) == 2
    assert "not valid XML" in capsys.readouterr().err
    assert Codebook.load(env / "codebook.yml").to_dict() == Codebook.load(PACKAGED_CODEBOOK).to_dict()
    assert cli.main(["codebook", "import", str(env / "missing.qdc")]) == 2


def test_review_trends_export_and_charts(env: Path, capsys):
    assert cli.main(["review", "trends"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("Peer Reflect theme trends: share of reflections by month, whole service")
    assert "  power_coercion" in table and "supp." in table
    assert cli.main(["review", "trends", "--period", "week", "--team", "north"]) == 2
    assert "monthly" in capsys.readouterr().err
    assert cli.main(["review", "trends", "--by-team", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["by_team"] and {s["team"] for s in data["themes"]} >= {"north", "south"}

    assert cli.main(["review", "export", "--out", str(env / "export"), "--format", "json"]) == 0
    assert sorted(p.name for p in (env / "export").iterdir()) == [
        "README.txt", "summary-month-by-team.json", "summary-month.json", "summary-week.json",
        "trends-month-by-team.json", "trends-month.json", "trends-week.json"]

    assert cli.main(["review", "charts", "--out", str(env / "charts"), "--since", "2024-02-05"]) == 0  # a Monday
    written = sorted(p.name for p in (env / "charts").iterdir())
    assert written == ["charts-data.json", "checkin.png", "cooccurrence.png", "trends.png"]
    assert (env / "charts" / "trends.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    data = json.loads((env / "charts" / "charts-data.json").read_text())
    assert data["trends"]["period_starts"][0] == "2024-02-01"


def test_dashboard_command_serves_on_loopback_and_stops_on_sigterm(seeded_url: str):
    env = {**os.environ, "DATABASE_URL": seeded_url, "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "peer_reflect.dashboard", "dashboard", "--port", "0"], env=env,
                            cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("Supervisor dashboard: http://127.0.0.1:"), line
        url = line.split()[2]
        with urllib.request.urlopen(url + "login", timeout=10) as response:
            assert response.status == 200 and b"Sign in" in response.read()
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        proc.stdout.close()
        proc.stderr.close()


def test_dashboard_refuses_a_port_in_use(seeded_url: str, capsys, monkeypatch):
    import socket

    monkeypatch.setenv("DATABASE_URL", seeded_url)
    get_settings.cache_clear()
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen(1)
    try:
        started = time.monotonic()
        assert cli.main(["dashboard", "--port", str(blocker.getsockname()[1])]) == 2
        assert "cannot listen" in capsys.readouterr().err and time.monotonic() - started < 30
    finally:
        blocker.close()
        get_settings.cache_clear()
