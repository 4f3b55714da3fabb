"""Risk screen, resources and safety wording (issue 4, DESIGN.md section 5)."""
from __future__ import annotations

import dataclasses
import importlib.util
import statistics
import time
from pathlib import Path

import pytest

from peer_reflect.risk import (RISK_KINDS, ResourcesError, RiskResult, load_resources, safety_followup_message,
                               safety_message, screen)

ROOT = Path(__file__).resolve().parents[2]


def _scorer():
    spec = importlib.util.spec_from_file_location("risk_score", ROOT / "eval" / "risk" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the classifier -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    # the worker's own current risk, including coded and indirect language
    ("i want to die", "self"),
    ("kms. today was too much", "self"),
    ("been having sewerslide thoughts again", "self"),
    ("thinking of unaliving myself", "self"),
    ("cant do this anymore", "self"),
    ("I'm not safe right now", "self"),
    ("don't want to be here anymore", "self"),
    ("I've been thinking about ending it", "self"),
    ("I've written letters to the kids, just in case", "self"),
    ("everyone would be better off without me", "self"),
    ("i self harmed after shift last night, first time in years", "self"),
    # safeguarding: someone the worker supports
    ("the lad i support told me he wants to kill himself tonight", "service_user"),
    ("a patient disclosed that her partner hits her", "service_user"),
    ("client said kms in our session and i dont think it was a joke", "service_user"),
    ('she said "i can\'t do this anymore" and walked off the ward', "service_user"),
    ("my service user showed me fresh cuts on her arms", "service_user"),
    # harm to other people
    ("he told me he's going to stab his neighbour", "others"),
    ("i want to hurt him, properly hurt him", "others"),
    ("my colleague said she's suicidal", "others"),
    ("her kids are being left on their own all day", "others"),
])
def test_flags_risk_and_names_its_kind(text, kind):
    result = screen(text)
    assert result.kind == kind, result
    assert result.is_risk and result.evidence


@pytest.mark.parametrize("text", [
    # negation
    "i'm not suicidal, just exhausted",
    "no thoughts of harming myself, just need to offload",
    "don't worry, I'm not going to hurt myself, it was a rough shift",
    # the worker's past, told as lived experience
    "when i was sectioned in 2015 nobody explained anything to me",
    "i used to self harm and she could tell",
    "I tried to kill myself when i was 19 and i brought that in today carefully",
    "I've been self harm free for six years now",
    # training, grief, hypotheticals, generic talk
    "the ASIST course taught us to ask directly: are you thinking about killing yourself?",
    "it's the anniversary of my brother's suicide this week",
    "what do I do if someone tells me they're suicidal?",
    "we talk about self harm openly in the hearing voices group",
    # hyperbole and everyday words
    "I'd kill for a tea right now",
    "this rota is killing me",
    "dying to get home",
    "she's going to kill me when she finds out i forgot the biscuits",
    "i'm going to end it with my boyfriend tonight",
    "they cut our budget again",
])
def test_does_not_flag_everyday_peer_work(text):
    assert screen(text) == RiskResult("none", None)


# --- compositional coverage: (who) x (harm act) x (intent / threat / report) x (guards) -----------

_AGENTS = [("he said he'd", "others"), ("she is going to", "others"), ("a man in reception threatened to", "others"),
           ("the lad i support keeps saying he'll", "others"), ("he wants to", "others")]
_ACTS = ["stab his brother", "set fire to her neighbours house", "shoot up the clinic", "blow up the office",
         "run people over", "knife whoever grassed on him", "hurt the next staff member who restrains him",
         "petrol bomb the mosque", "throw acid at his ex", "smother the baby", "batter his stepdad",
         "drive his car into the crowd"]


@pytest.mark.parametrize("agent, kind", _AGENTS)
@pytest.mark.parametrize("act", _ACTS)
def test_threats_compose_from_agent_and_act(agent, kind, act):
    assert screen(f"{agent} {act}").kind == kind


@pytest.mark.parametrize("frame", ["he denied any plan to {}", "years ago he threatened to {}, he's been well since",
                                   "in the training we discussed a man who said he'd {}",
                                   "what would you do if a patient said he'd {}?", "no thoughts or plans to {}"])
@pytest.mark.parametrize("act", _ACTS[:6])
def test_threat_guards_compose_too(frame, act):
    assert screen(frame.format(act)).kind == "none"


@pytest.mark.parametrize("text, kind", [
    # the worker's own plan, coded or indirect
    ("tonight might be the night i do it", "self"),
    ("gonna drink till i cant feel anything then take the lot", "self"),
    ("i'm going to set fire to myself", "self"),
    ("my tablets are all laid out on the bed next to me", "self"),
    ("hope i get hit by a car on the way home tbh", "self"),
    ("i used to cut but it's started again this week", "self"),
    ("my partner had his hands round my throat last night", "self"),
    # safeguarding: a person supported, including staff harming patients
    ("a patient's ligatured in the bathroom", "service_user"),
    ("one of the hcas is being rough with patients at night", "service_user"),
    ("a patient said another patient forced himself on her", "service_user"),
    ("drug dealers have taken over the flat of a woman i support", "service_user"),
    ("he said he'll take everything he's got when he gets home", "service_user"),
    ("the lad i support is being made to sell drugs for an older guy", "service_user"),
    ("night staff leave her in wet sheets till morning", "service_user"),
    ("the agency nurse gives them extra sedation so they're quiet", "service_user"),
    ("a patient told me she's got a blade hidden in her bra", "service_user"),
    ("he threatened to kill another patient", "service_user"),
    # harm to other people
    ("i want to smack my team leader", "others"),
    ("he's making threats against his ex's new partner", "others"),
    ("he's got a list of people he wants to hurt", "others"),
    ("a service user's toddler was left alone in the flat all day", "others"),
    ("he said he'll kill his ex if she takes the kids", "others"),          # a reported conditional threat is real
    ("my client's partner threatened to kill her if she leaves", "service_user"),
    ("drove to the cliffs last night and sat in the car thinking about it", "self"),
    ("my husband strangled me last night", "self"),
])
def test_compositional_cues_and_their_kinds(text, kind):
    assert screen(text).kind == kind


@pytest.mark.parametrize("text", [
    "i'd kill for a brew", "this rota is murder", "the ward was a bloodbath of paperwork",
    "i could smack him lol, he ate my lunch again", "he blew up at me in supervision",
    "my phone's been blowing up all day", "she ran her over to the station in her car",
    "i have a hit list of jobs to get done", "i brought a knife to cut the birthday cake",
    "we bought the residents cans of coke for the trip", "she got into her bed and cried all night",
    "the nurse was touching her arm to reassure her", "i'm done with this paperwork",
    "i want to go to spain and never come back lol", "it hit me hard after the shift",
    "the restraint today really shook me up", "because the lights hurt her eyes we sat in the dark",
    "we talked about cuckooing and county lines in safeguarding training",
    "i'll take the lot, they were on offer", "she takes everything personally",
    "my colleague smashed her first group session", "he shot me a look when i said no",
    "my toddler hit me with a toy lol", "i'll kill him if he moves my mug again",
])
def test_hyperbole_and_everyday_harm_words_stay_quiet(text):
    assert screen(text).kind == "none", screen(text)


@pytest.mark.parametrize("tail", ["", " 🙃", " 😭😭", " :(", " xx", "!!!", "…", " ~", " 💔 honestly"])
def test_emoji_and_trailing_punctuation_do_not_break_patterns(tail):
    for text in ("i cant do this anymore", "i can't keep myself safe", "everyone would be better off without me"):
        assert screen(text + tail).kind == "self", text + tail


def test_laughing_emoji_still_reads_as_a_joke():
    assert screen("i could murder him 😂").kind == "none"


def test_risk_at_the_end_of_a_very_long_message_is_found():
    text = "We sat in the garden and talked about her flat. " * 450 + "Honestly I want to end my life."
    assert len(text) > 20_000
    started = time.perf_counter()
    result = screen(text)
    assert result.kind == "self"
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("text", ["she wants to die " * 1200, "he hit her and " * 1400, "i used to self harm " * 1000])
def test_long_pathological_input_stays_linear(text):
    started = time.perf_counter()
    screen(text)
    assert time.perf_counter() - started < 3.0   # ~0.2 s here; quadratic context scans took 15-25 s


@pytest.mark.parametrize("text", ["", "   ", "😊😊🙏", "<p>supervision was <b>great</b></p>", "Hoy fue un turno tranquilo",
                                  "\x00\x01", "a" * 20_000, "'" * 5000, "<" * 3000 + ">" * 3000, None, 42])
def test_bad_input_never_crashes(text):
    assert screen(text).kind == "none"


def test_html_and_other_languages_are_still_screened():
    assert screen("<div>i want to <b>kill myself</b></div>").kind == "self"
    assert screen("quiero morir").kind == "self"


def test_result_is_immutable_and_none_is_not_risk():
    result = screen("i'm fine")
    assert not result.is_risk and result.evidence is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.kind = "self"


def test_screen_is_fast_per_message():
    rows = _scorer().load(ROOT / "eval" / "risk" / "devset.jsonl")
    timings = []
    for row in rows:
        started = time.perf_counter()
        screen(row["text"])
        timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.002   # typically ~0.15 ms; generous for a shared CI box


def test_dev_set_meets_issue_targets():
    scorer = _scorer()
    rows = scorer.load(ROOT / "eval" / "risk" / "devset.jsonl")
    assert len(rows) >= 250
    assert {row["kind"] for row in rows} == {"self", "service_user", "others", "none"}
    metrics = scorer.evaluate(rows)
    assert metrics["failed_targets"] == [], {k: metrics[k] for k in scorer.TARGETS}


def test_scorer_exits_non_zero_when_a_target_is_missed(tmp_path):
    missed = tmp_path / "missed.jsonl"
    missed.write_text('{"id": "1", "text": "i had a nice day", "kind": "self"}\n', encoding="utf-8")
    assert _scorer().main([str(missed), "--json"]) == 1


# --- resources ----------------------------------------------------------------------------------

def test_uk_and_us_resources_carry_the_right_numbers():
    uk = " ".join(c["how"] for c in load_resources("UK")["contacts"])
    for number in ("116 123", "85258", "111", "999"):
        assert number in uk
    us = load_resources("us")
    assert us["emergency_number"] == "911"
    assert "988" in " ".join(c["how"] for c in us["contacts"])
    assert "741741" in " ".join(c["how"] for c in us["contacts"])


def test_default_region_comes_from_settings(monkeypatch):
    from peer_reflect.settings import get_settings
    monkeypatch.setenv("RESOURCES_REGION", "us")
    get_settings.cache_clear()
    try:
        assert load_resources()["region"] == "US"
    finally:
        get_settings.cache_clear()


def test_unknown_region_names_the_known_ones():
    with pytest.raises(ResourcesError, match="unknown resources region 'FR'.*IE, UK, US"):
        load_resources("FR")


@pytest.mark.parametrize("content, message", [
    ("regions: [oops", "not valid YAML"),
    ("just: text", "top-level 'regions'"),
    ("regions:\n  UK:\n    emergency_number: '999'\n    emergency: call 999\n", "contacts must be a non-empty list"),
    ("regions:\n  UK:\n    emergency_number: '999'\n    emergency: call 999\n    contacts:\n      - name: Samaritans\n",
     r"contacts\[0\].how"),
])
def test_a_bad_resources_file_fails_clearly(tmp_path, content, message):
    bad = tmp_path / "resources.yml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ResourcesError, match=message):
        load_resources("UK", path=bad)


def test_resources_path_override(tmp_path, monkeypatch):
    own = tmp_path / "ours.yml"
    own.write_text("regions:\n  NZ:\n    emergency_number: '111'\n    emergency: call 111\n    contacts:\n"
                   "      - name: Need to talk?\n        how: call or text 1737\n", encoding="utf-8")
    monkeypatch.setenv("RESOURCES_PATH", str(own))
    assert "1737" in safety_message("self", "NZ")
    with pytest.raises(ResourcesError):
        load_resources("UK")


# --- what the assistant says --------------------------------------------------------------------

def test_self_message_asks_about_safety_and_gives_help():
    text = safety_message("self", "UK")
    for expected in ("safe right now", "116 123", "85258", "111", "999", "supervisor", "not a crisis service",
                     "stop here"):
        assert expected in text


def test_safeguarding_messages_name_the_route():
    for kind in ("service_user", "others"):
        text = safety_message(kind, "UK")
        for expected in ("nurse in charge", "manager today", "safeguarding procedure", "999", "not a crisis service",
                         "names"):
            assert expected in text, (kind, expected)
    assert "911" in safety_message("service_user", "US") and "999" not in safety_message("service_user", "US")


def test_safety_message_only_for_risk_kinds():
    assert set(RISK_KINDS) == {"self", "service_user", "others"}
    with pytest.raises(ValueError):
        safety_message("none")


def test_followup_to_im_fine_keeps_help_visible_without_clearing():
    text = safety_followup_message("UK")
    assert "116 123" in text and "85258" in text
    assert "carry on" in text and "stop" in text
    assert "safe right now" not in text   # not asked again, and never declared resolved


# --- statistical backstop (peer_reflect/risk/backstop.py) ------------------------------------------

def _build_script():
    spec = importlib.util.spec_from_file_location("build_risk_model", ROOT / "scripts" / "build_risk_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_backstop_artifact_is_current():
    """The shipped weights were built from today's training data, synth.py, build script and featurisers."""
    from peer_reflect.risk import backstop
    meta = backstop.read_model(backstop.MODEL_PATH)["meta"]
    assert meta["inputs_sha256"] == _build_script().digest(), "stale: run .venv/bin/python scripts/build_risk_model.py"
    assert "fresh11" not in meta["train_sets"]   # the latest blind set stays out of training


def test_backstop_scores_match_the_build():
    """Pure-Python scoring reproduces the scores recorded when the artifact was built."""
    from peer_reflect.risk import backstop
    from peer_reflect.risk.normalise import normalise
    model = backstop.load()
    assert model is not None and set(model.calibration) == {"short", "long"} and 0 < model.threshold < 1
    for text, expected in backstop.read_model(backstop.MODEL_PATH)["meta"]["probes"]:
        assert model.decision(normalise(text)) == pytest.approx(expected, abs=1e-6), text


@pytest.mark.parametrize("text", [
    "i've been carrying the rope in my work bag all week",
    "my kids are with their dad this weekend so it's the right time",
    "gave my sister my car keys and my bank card, she doesn't know why",
])
def test_backstop_catches_indirect_self_risk_the_rules_miss(text):
    import importlib
    module = importlib.import_module("peer_reflect.risk.screen")
    assert module.rules(module.prepare(text)).kind == "none"   # no rule for these: the model adds the recall
    result = screen(text)
    assert result.kind == "self" and result.evidence and not result.explicit


@pytest.mark.parametrize("text", [
    "years ago i stockpiled my tablets and stood on the bridge, now i help others do the same",
    "we did a module on warning signs such as stockpiling pills and giving away pets",
    "no thoughts of ending it, i'm just really tired after nights",
    "the leaflet says people sometimes talk about the pills in the drawer",
    "i used to keep a rope in my wardrobe when i was 19, i'm a different person now",
    "my phone's been blowing up all day with the rota",
    "lovely shift, we baked bread with the residents",
    "...", "😊😊", "ok", "Hoy fue un turno tranquilo con los residentes",
])
def test_backstop_respects_guards_and_needs_evidence(text):
    assert screen(text).kind == "none", screen(text)


@pytest.mark.parametrize("text", [
    "i keep driving past the reservoir and slowing right down",
    "no one would even notice, i'll just slip away quietly tonight",
])
def test_indirect_risk_below_the_threshold_still_scores_high(text):
    # The threshold is set by false-alarm budgets on held-out everyday text (build script); these score just
    # under it. The calibrated score says how close they are.
    result = screen(text)
    assert result.kind == "none" and result.score >= 0.5


def test_a_broken_backstop_leaves_the_rules_working(monkeypatch):
    from peer_reflect.risk import backstop

    class Broken:
        def flag(self, *args):
            raise RuntimeError("corrupt weights")

        def probability(self, *args):
            raise RuntimeError("corrupt weights")

    monkeypatch.setattr(backstop, "load", lambda: Broken())
    assert screen("i want to die").kind == "self"
    assert screen("i keep driving past the reservoir and slowing right down").kind == "none"
    monkeypatch.setattr(backstop, "load", lambda: None)   # artifact missing
    assert screen("i want to die").kind == "self"


def test_backstop_windows_long_messages():
    text = "We sat in the garden and talked about her flat. " * 60 + "i've been carrying the rope in my work bag all week."
    result = screen(text)
    assert result.kind == "self" and "rope" in result.evidence and len(result.evidence) <= 200


# Sets written after the rules were frozen (first-sight numbers in eval/risk/README.md). Each has since informed
# general fixes (fresh8-10 also train the backstop; fresh11 informed rule categories only), so these floors guard
# against regressions; they are not evidence of the targets on unseen text. fresh5-8 hold deliberately indirect
# self-risk items, hence their lower self-recall floor.
REGRESSION_FLOORS = [
    # sets, self recall, any-risk recall, kind accuracy, none flagged at most
    (("fresh", "fresh2", "fresh3", "fresh4"), 0.95, 0.95, 0.90, 0.05),
    (("fresh5", "fresh6", "fresh7", "fresh8"), 0.85, 0.93, 0.95, 0.03),
    (("fresh9", "fresh10", "fresh11"), 0.95, 0.95, 0.95, 0.03),
]


@pytest.mark.parametrize("names,self_recall,any_recall,kind_accuracy,none_flagged", REGRESSION_FLOORS,
                         ids=["fresh1-4", "fresh5-8", "fresh9-11"])
def test_fresh_sets_do_not_regress(names, self_recall, any_recall, kind_accuracy, none_flagged):
    scorer = _scorer()
    rows = [row for name in names for row in scorer.load(ROOT / "eval" / "risk" / f"{name}.jsonl")]
    metrics = scorer.evaluate(rows)
    assert metrics["recall_self"] >= self_recall
    assert metrics["recall_any_risk"] >= any_recall
    assert metrics["kind_accuracy_on_detected"] >= kind_accuracy
    assert metrics["none_flagged_rate"] <= none_flagged


@pytest.mark.parametrize("text", [
    "i've chosen the bridge, it's on the way home from work",
    "honestly there's nothing left for me to stay for",
    "by the time anyone reads this i'll be gone",
    "took about forty of my sleeping tablets twenty mins ago",
    "been going to different chemists so nobody notices how much paracetamol i'm buying",
    "bought a new razor blade, nobody knows, for later",
    "got my husband's shotgun out and it's on the bed next to me",
    "they don't know it's my last ever supervision",
    "zopiclone and a bottle of gin tonight, sorry everyone",
    "this weekend feels like the time",
    "won't be a burden to anyone after friday",
    "if i'm being honest i want to die",
    "asking for me, not a friend: how many paracetamol is too many",
])
def test_round6_categories_of_self_risk(text):
    assert screen(text).kind == "self", text


@pytest.mark.parametrize("text", [
    "not sure i'll be around next month, i'm starting a new job in leeds",
    "won't be here on friday, i'm on annual leave",
    "i can't do this anymore, the wifi keeps dropping",
    "she smashed her exams, so proud",
    "he had a heart attack on the ward and the crash team came",
    "i told him it's normal to have thoughts of dying after a loss and to talk to someone",
    "she'd be better off without her job, it's so stressful",
    "after years of wanting to die, i'm glad to be alive",
    "picked the venue for the team day, it's by the bridge",
    "quoting the film we watched in training: 'i want to die'",
])
def test_round6_hard_negatives_stay_quiet(text):
    assert screen(text).kind == "none", text
