"""The risk cue files (peer_reflect/risk/cues/): their format, their examples, the explicit floor."""
from __future__ import annotations

from pathlib import Path

import pytest

from peer_reflect.risk import cuebook, finder, screen, segment
from peer_reflect.risk.normalise import normalise

CUES = cuebook.load()


def _alone(cue, text):
    clean = normalise(text)
    findings, _ = finder.find(clean, segment.sentences(clean), (cue,))
    return findings


def test_every_kind_has_a_file_and_cues():
    assert {c.kind for c in CUES} == set(cuebook.KIND_FILES)
    assert len({c.id for c in CUES}) == len(CUES)


@pytest.mark.parametrize("cue,text", [(c, t) for c in CUES for t in c.positive], ids=lambda x: getattr(x, "id", x)[:60])
def test_positive_examples_fire_and_the_screen_agrees(cue, text):
    found = _alone(cue, text)
    assert found, f"{cue.id} did not fire on its positive example"
    if cue.who == "fixed":
        assert found[0].kind == cue.kind
    result = screen(text)
    assert result.kind == found[0].kind, result
    if cue.explicit and found[0].kind == "self":
        assert result.explicit


@pytest.mark.parametrize("cue,text", [(c, t) for c in CUES for t in c.negative], ids=lambda x: getattr(x, "id", x)[:60])
def test_negative_examples_do_not_fire(cue, text):
    found = _alone(cue, text)
    assert not [f for f in found if cue.who == "fixed" or f.kind == cue.kind], f"{cue.id} fired on {text!r}"


def _write(tmp_path: Path, self_cues: str) -> Path:
    src = cuebook.CUE_DIR
    for name in ("vocab.yml", "service_user.yml", "others.yml"):
        (tmp_path / name).write_text((src / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "self.yml").write_text("kind: self\ncues:\n" + self_cues, encoding="utf-8")
    return tmp_path


GOOD = """  - id: x
    pattern: "\\\\b(?P<act>want to die)"
    explicit: true
    guards: [negation]
    examples: {positive: ["i want to die"], negative: ["i don't want to die"]}
"""


@pytest.mark.parametrize("change,message", [
    (("guards: [negation]", "guards: [negation, hyperbole]"), "explicit cue may only use"),
    (("guards: [negation]", "guards: [negation]\n    unless: \"lol\""), "explicit cue may only use"),
    (("negative: [\"i don't want to die\"]", "negative: []"), "at least one positive and one negative"),
    (("(?P<act>want to die)", "want to die"), "named group"),
    (("guards: [negation]", "guards: [sarcasm]"), "unknown guards"),
    (("(?P<act>want to die)", "(?P<act>{NOPE})"), "unknown vocabulary"),
    (("(?P<act>want to die)", "(?P<act>want to die"), "missing ), unterminated subpattern"),
])
def test_a_bad_cue_file_is_refused_with_the_cue_named(tmp_path, change, message):
    cue_dir = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(cuebook.CueFileError) as info:
        cuebook.load(cue_dir)
    assert message in str(info.value) and "self.yml" in str(info.value)


def test_a_good_cue_file_loads(tmp_path):
    cues = cuebook.load(_write(tmp_path, GOOD))
    assert [c.id for c in cues if c.kind == "self"] == ["x"]


def test_screen_has_no_message_text_literals():
    """The phrases live in the cue files; screen.py implements the layers."""
    source = (Path(cuebook.__file__).with_name("screen.py")).read_text(encoding="utf-8")
    assert "re.compile" not in source and "import re" not in source
