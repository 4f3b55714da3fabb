"""The command-line contract of DESIGN.md section 7, run as an operator would."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date

import pytest

from peer_reflect.cli import run_filter
from peer_reflect.recode import recode_all
from peer_reflect.storage import ReflectionRecord, Store


def run_cli(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "peer_reflect.cli", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=180)


def test_anonymise_filter_keeps_order_ids_and_input_offsets():
    lines = [{"id": "a", "text": "I rang 07700 900123 about it"}, {"id": 7, "text": "nothing to hide here"},
             {"id": None, "text": "email me at sam.jones@example.org 🙂"}]
    result = run_cli("anonymise", stdin="\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7, None]
    for given, got in zip(lines, out):
        for entity in got["entities"]:
            span = given["text"][entity["start"]:entity["end"]]
            assert span and span not in got["text"]
    assert out[0]["entities"][0]["label"] == "PHONE"
    assert out[1]["text"] == "nothing to hide here"
    assert "sam.jones" not in out[2]["text"]


def test_bad_lines_get_an_error_and_the_run_goes_on():
    stdin = '{"id": 1, "text": "fine"}\nnot json\n{"id": 2}\n[1,2]\n{"id": 3, "text": "also fine"}\n'
    result = run_cli("risk", stdin=stdin)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert len(out) == 5
    assert out[0] == {"id": 1, "risk": "none", "evidence": None, "explicit": False}
    assert "error" in out[1] and "error" in out[2] and "error" in out[3]
    assert out[4]["id"] == 3 and out[4]["risk"] == "none"


def test_risk_filter_marks_explicit_self_risk():
    stdin = json.dumps({"id": 1, "text": "good group today. not joking, i'm going to kill myself tonight"}) + "\n" + \
        json.dumps({"id": 2, "text": "my client said her carer hits her"}) + "\n"
    out = [json.loads(line) for line in run_cli("risk", stdin=stdin).stdout.splitlines()]
    assert out[0]["risk"] == "self" and out[0]["explicit"] is True and out[0]["evidence"]
    assert out[1]["risk"] == "service_user" and out[1]["explicit"] is False
    assert set(out[0]) == {"id", "risk", "evidence", "explicit"}


def test_themes_filter_gives_codebook_ids_with_evidence():
    result = run_cli("themes", stdin=json.dumps({"id": 1, "text": "he asked for my personal number"}) + "\n")
    themes = json.loads(result.stdout)["themes"]
    assert {"id": "boundaries", "evidence": themes[0]["evidence"]} in themes
    assert all(t["evidence"] for t in themes)


def test_a_failing_batch_fails_closed_without_echoing_text():
    def explode(texts):
        raise RuntimeError("boom")

    out = io.StringIO()
    code = run_filter(explode, io.StringIO('{"id": 1, "text": "Precious Adeyemi"}\n'), out)
    assert code == 1
    assert "Precious" not in out.getvalue()
    assert json.loads(out.getvalue())["error"]


def test_recode_replaces_themes_with_the_current_codebook(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'r.db'}", outbox_dir=tmp_path / "outbox")
    store.migrate()
    store.save_reflection(ReflectionRecord(
        session_key="s1", worker_id="w" * 64, period_start=date(2026, 11, 16),
        answers={"moment": "she asked for my personal number", "self_care": "a long bath"},
        themes=[("hope_recovery", ["stale"])], codebook_version="old"))
    assert recode_all(store, progress=False) == 1
    [(_id, _answers, themes)] = list(store.iter_reflections())
    assert [t[0] for t in themes] == ["boundaries"]


HOSTILE = ["", " ", "\x00\x01\x02", "<script>alert(1)</script>", "x" * 100_000, "مرحبا أنا بخير",
           "😀" * 500, "'; DROP TABLE reflections; --", "\u202eevil\u202c text"]


@pytest.mark.parametrize("command", ["anonymise", "risk", "themes"])
def test_hostile_text_never_crashes_a_filter(command):
    stdin = "".join(json.dumps({"id": i, "text": text}) + "\n" for i, text in enumerate(HOSTILE))
    result = run_cli(command, stdin=stdin)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("error") for o in out] == [None] * len(HOSTILE), result.stderr[-500:]
    assert [o["id"] for o in out] == list(range(len(HOSTILE)))
    assert result.returncode == 0
