"""Risk screen v2 (issue 12): per-sentence screening, the explicit floor, parse-based negation, the cap,
calibrated scores, and the false alarms the issue names."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from peer_reflect.risk import screen
from peer_reflect.risk import segment

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text", [
    "havent told anyone that im going to kill myself on my birthday next week",
    "the peer group was lovely today, everyone shared and we laughed a lot. havent told anyone that im going "
    "to kill myself on my birthday next week",
    "have you ever just wanted to go to sleep and not wake up, thats every night for me now. work was fine i guess. "
    "tonight i nearly took everything in the cupboard",
    "this is my final reflection. by the time anyone reads it ill be gone",
    "the voices are back and telling me i need to punish myself with the knife",
    "in training today i kept thinking about killing myself",
    "not joking, i am going to kill myself tonight lol",
    "great supervision, really valued. " * 40 + "i've been cutting myself again",
])
def test_explicit_self_risk_is_found_wherever_it_sits(text):
    result = screen(text)
    assert result.kind == "self" and result.explicit and result.evidence, result


@pytest.mark.parametrize("text,kind", [
    ("gave my good boots and my guitar to my mate, told him i wont be needing them where im going", "self"),
    ("saw a dad grab his little boy by the neck in the waiting room", "others"),
    ("she told me her family took her passport and are making her marry a man in pakistan next month", "service_user"),
    ("a 15 year old i work with is carrying bags for older men, they give him cash and trainers", "service_user"),
    ("he was sat by the gas hob with the windows taped up when i got there", "service_user"),
])
def test_indirect_and_third_party_risk_from_the_issue(text, kind):
    result = screen(text)
    assert result.kind == kind and not result.explicit, result


@pytest.mark.parametrize("text", [
    "asked me to help her write a letter to her son whos in care",
    "i called one of the lads by the wrong name all morning",
    "the care coordinator read out the address in front of her brother, the one she has an injunction against",
    "i'm not going to kill myself, just knackered",
    "i don't want to die, i just want the shift to end",
    "i tried to kill myself when i was 19 and shared that today",
    "no thoughts of harming myself, just need to offload",
    "i have no intention of ending my life, i'm just tired",
    "she said \"i want to kill myself\" and walked off the ward",
])
def test_false_alarms_from_the_issue_and_lowered_explicit_statements(text):
    result = screen(text)
    assert not result.explicit
    if "she said" in text:
        assert result.kind == "service_user", result
    else:
        assert result.kind == "none", result


def test_negation_must_govern_the_act():
    assert screen("nobody knows i want to die").explicit
    assert screen("i never told my manager i'm going to end my life").explicit
    assert screen("i'm not going to end my life").kind == "none"


def test_the_explicit_dev_list_is_flagged_in_full():
    rows = [json.loads(line) for line in (ROOT / "eval" / "risk" / "explicit_dev.jsonl").read_text().splitlines()]
    assert len(rows) >= 200
    missed = [r["text"] for r in rows if not (screen(r["text"]).kind == "self" and screen(r["text"]).explicit)]
    assert missed == []


def test_only_explicit_first_person_self_risk_is_marked_explicit():
    assert not screen("i can't do this anymore").explicit          # indirect: the dialogue checks first
    assert not screen("my client said she wants to die").explicit
    assert not screen("lovely shift").explicit


def test_scores_are_probabilities_and_rise_with_risk():
    calm, risky = screen("we baked bread with the residents"), screen("i keep driving past the reservoir at night")
    assert 0.0 <= calm.score < 0.5 and 0.0 <= risky.score <= 1.0
    assert screen("i'm going to kill myself tonight").score > calm.score


def test_long_messages_are_capped_head_and_tail():
    middle = "We sat in the garden and talked about her flat. " * 400
    assert len(segment.cap("x" * segment.MAX_CHARS)) == segment.MAX_CHARS
    capped = segment.cap("start " + middle + "i want to end my life")
    assert len(capped) <= segment.MAX_CHARS + 10 and capped.startswith("start") and capped.endswith("my life")
    assert screen(middle + "Honestly I want to end my life.").kind == "self"
    # the middle of a very long message is not screened (documented in segment.py)
    assert screen(middle[:6000] + " i want to end my life. " + middle[:6000]).kind in ("none", "self")


def test_model_and_cue_files_are_package_data():
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"peer_reflect.risk" = ["backstop_model.json.gz", "cues/*.yml", "cues/*.md"]' in pyproject
