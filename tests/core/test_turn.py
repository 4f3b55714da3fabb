"""Every message inside a reflection is an answer until proven otherwise (peer_reflect.conversation.turn)."""
from __future__ import annotations

import pytest

from peer_reflect.conversation.turn import Said, decide


def said(text, intent="inform", confidence=0.95, **kw) -> Said:
    return Said(text=text, intent=intent, confidence=confidence, **kw)


@pytest.mark.parametrize("text, intent", [
    ("just being there", "dont_save"),
    ("it went well", "stop_reflection"),
    ("nothing, bed", "dont_save"),
    ("delete that memory lol", "delete_data"),
    ("stop thinking about it mostly", "stop_reflection"),
])
def test_a_misread_short_answer_without_the_commands_own_words_is_simply_the_answer(text, intent):
    d = decide("followup_1", None, None, said(text, intent))
    assert d.answer == text and d.execute is None and d.hold is None


@pytest.mark.parametrize("text, intent", [
    ("stop", "stop_reflection"),
    ("can we stop here", "stop_reflection"),
    ("don't save this one", "dont_save"),
    ("start over with a new care plan", "start_over"),
    ("delete all my reflections", "delete_data"),
])
def test_a_typed_destructive_command_is_asked_back_never_carried_out(text, intent):
    d = decide("followup_1", None, None, said(text, intent))
    assert d.execute is None and d.answer is None
    assert d.hold == f"confirm:{intent}" and d.held == text
    assert d.say == [f"confirm:{intent}"]


@pytest.mark.parametrize("text, intent", [
    ("his voice, thats why im there", "ask_why"), ("easy shift", "greet"), ("dodo", "help"),
    ("panicky. ok now, IT sorted it", "greet"), ("skip the pub, go home", "skip"),
])
def test_a_command_guess_without_the_commands_own_words_is_the_answer(text, intent):
    assert decide("moment", None, None, said(text, intent)).answer == text


@pytest.mark.parametrize("text", ["ja", "tak", "sí", "oui", "yes please", "👍", "yep"])
def test_yes_in_many_forms_answers_the_assistants_questions(text):
    assert decide("review_decision", None, None, said(text, "goodbye")).execute == "save"
    assert decide("consent", None, None, said(text, "stop_reflection")).answer == "store"


def test_consent_and_review_in_longer_words():
    polite = said("Thank you for explaining. Yes, I would like it to be saved, please.", "inform", 0.5)
    assert decide("consent", None, None, polite).answer == "store"
    assert decide("consent", None, None, said("rather you didn't keep anything tonight")).answer == "reflect_only"
    question = said("Before I answer, may I ask who would be able to read a saved reflection, and whether my "
                    "employer has access to it?", "inform", 0.4)
    assert decide("consent", None, None, question).say == ["ask_data"]
    edit = decide("review_decision", None, None, said("take the flat number out please, then yep save"))
    assert edit.hold == "choose_edit" and edit.execute is None


def test_repeating_the_risk_while_answering_are_you_safe_never_loops():
    d = decide("feelings", "safety", None, said("i've not got a plan as such", "risk_self", risk="self"))
    assert d.say == ["safety_again"] and d.hold is None


def test_no_to_the_confirmation_keeps_the_message_as_the_answer():
    d = decide("self_care", "confirm:dont_save", "nothing, bed", said("/deny", "deny", 1.0))
    assert d.answer == "nothing, bed" and d.hold is None and d.execute is None


def test_typed_no_also_keeps_it():
    d = decide("self_care", "confirm:dont_save", "nothing, bed", said("no", "deny"))
    assert d.answer == "nothing, bed"


def test_a_further_answer_instead_of_yes_or_no_keeps_both_as_the_answer():
    d = decide("moment", "confirm:stop_reflection", "it went well", said("the group was calm for once"))
    assert d.answer == "it went well the group was calm for once" and d.hold is None


@pytest.mark.parametrize("hold, command", [
    ("confirm:stop_reflection", "stop"), ("confirm:dont_save", "discard"),
    ("confirm:start_over", "start_over"), ("confirm:delete_data", "delete"),
])
def test_yes_to_the_confirmation_carries_it_out(hold, command):
    assert decide("moment", hold, "x", said("/affirm", "affirm", 1.0)).execute == command
    assert decide("moment", hold, "x", said("yes", "affirm")).execute == command


def test_yes_delete_everything_in_words_confirms_the_deletion():
    d = decide("moment", "confirm:delete_data", "x", said("yes delete everything", "delete_data"))
    assert d.execute == "delete"


@pytest.mark.parametrize("payload, command", [("/stop_reflection", "stop"), ("/dont_save", "discard")])
def test_button_payloads_act_directly(payload, command):
    assert decide("moment", None, None, said(payload, payload[1:], 1.0)).execute == command


def test_short_digressions_are_answered_and_lose_nothing():
    d = decide("feelings", None, None, said("why are you asking?", "ask_why"))
    assert d.say == ["ask_why"] and d.answer is None and d.hold is None


def test_a_long_statement_classified_as_a_digression_is_an_answer():
    text = "I asked the nurse why he was being moved to another ward without anyone telling him first"
    assert decide("moment", None, None, said(text, "ask_why")).answer == text


def test_skip_only_when_it_is_shaped_like_a_command():
    assert decide("moment", None, None, said("skip", "skip")).skip
    text = "skip the pub and go home to my cat and a bath"
    assert decide("self_care", None, None, said(text, "skip")).answer == text


def test_goodbye_pauses_is_not_stored_and_any_answer_resumes():
    d = decide("feelings", None, None, said("gotta go, bus is here. bye", "goodbye"))
    assert d.hold == "paused" and d.answer is None and d.say == ["goodbye_paused"]
    back = decide("feelings", "paused", None, said("anxious then, ok now"))
    assert back.answer == "anxious then, ok now" and back.hold is None


def test_back_after_a_pause_asks_the_question_again():
    d = decide("feelings", "paused", None, said("back now", "resume"))
    assert d.say == ["welcome_back"] and d.hold is None and d.answer is None


def test_explicit_self_risk_gets_the_safety_question_and_is_never_stored():
    d = decide("moment", None, None, said("i'm going to kill myself tonight", "risk_self", risk="self", explicit=True))
    assert d.say == ["safety:self"] and d.hold == "safety" and d.held is None and d.answer is None
    assert d.risk == "self"


def test_a_possible_risk_is_checked_first_and_no_keeps_the_answer():
    text = "asked me to help her write a letter to her son whos in care"
    d = decide("moment", None, None, said(text, "risk_service_user", risk="service_user"))
    assert d.say == ["check:service_user"] and d.held == text and d.risk is None
    no = decide("moment", d.hold, d.held, said("/deny", "deny", 1.0))
    assert no.answer == text and no.hold is None and no.risk is None


def test_yes_to_the_check_gives_the_safeguarding_response_and_drops_the_text():
    d = decide("moment", "check:service_user", "he is being hit at home", said("/affirm", "affirm", 1.0))
    assert d.say == ["safety:service_user"] and d.risk == "service_user" and d.answer is None
    assert d.hold is None   # the question is asked again: the worker is never stranded


def test_yes_to_a_possible_self_risk_asks_whether_they_are_safe():
    d = decide("feelings", "check:self", "x", said("yes", "affirm"))
    assert d.say == ["safety:self"] and d.hold == "safety" and d.risk == "self"


def test_after_the_safety_question_a_typed_answer_resumes_and_is_stored():
    d = decide("feelings", "safety", None, said("scared then, calmer now"))
    assert d.answer == "scared then, calmer now" and d.hold is None


def test_im_safe_returns_to_the_reflection_and_not_safe_takes_the_urgent_route():
    assert decide("feelings", "safety", None, said("/affirm", "affirm", 1.0)).say == ["safety_followup"]
    urgent = decide("feelings", "safety", None, said("no", "deny"))
    assert urgent.say == ["not_safe"] and urgent.hold == "urgent"
    stay = decide("feelings", "urgent", None, said("idk"))
    assert stay.hold == "urgent" and stay.answer is None
    assert decide("feelings", "urgent", None, said("/resume", "resume", 1.0)).say == ["welcome_back"]


def test_consent_in_words():
    assert decide("consent", None, None, said("yeah go on", "affirm")).answer == "store"
    assert decide("consent", None, None, said("no thanks", "deny")).answer == "reflect_only"
    assert decide("consent", None, None, said("rather you didn't keep it", "dont_save")).answer == "reflect_only"
    assert decide("consent", None, None, said("would my manager see it?", "ask_data")).say == ["ask_data"]
    unclear = decide("consent", None, None, said("hmm", "nlu_fallback", 0.3))
    assert unclear.answer is None and unclear.say == ["consent_unclear"]


def test_review_yes_saves_no_asks_before_discarding_and_a_typed_discard_is_asked_back():
    assert decide("review_decision", None, None, said("yes that looks right", "affirm")).execute == "save"
    assert decide("review_decision", None, None, said("no", "deny")).hold == "confirm:dont_save"
    typed = decide("review_decision", None, None, said("bin it", "dont_save"))
    assert typed.execute is None and typed.hold == "confirm:dont_save" and typed.held is None


def test_short_other_intents_inside_are_answers():
    for intent in ("off_topic", "affirm", "deny", "nlu_fallback", "inform"):
        assert decide("now_what", None, None, said("no", intent)).answer == "no"


def test_an_answer_said_on_the_way_out_at_the_last_question_is_kept():
    assert decide("self_care", None, None, said("bed. bye", "goodbye")).answer == "bed. bye"
    assert decide("self_care", None, None, said("bye", "goodbye")).hold == "paused"
    assert decide("moment", None, None, said("bed. bye", "goodbye")).hold == "paused"


def test_pause_only_when_it_is_about_the_conversation():
    assert decide("self_care", None, None, said("pause and breathe. then netflix", "pause")).answer
    assert decide("moment", None, None, said("hang on", "pause")).hold == "paused"
    assert decide("moment", None, None, said("can we pause this", "pause")).hold == "paused"


def test_a_save_word_read_as_dont_save_at_consent_is_still_yes():
    assert decide("consent", None, None, said("haan save", "dont_save")).answer == "store"


@pytest.mark.parametrize("text, choice", [
    ("I would like it saved please, if that is alright.", "store"), ("just reflecting", "reflect_only"),
    ("haan ji", "store"), ("nah just talk tonight", "reflect_only"),
])
def test_consent_phrasings(text, choice):
    assert decide("consent", None, None, said(text, "inform", 0.4)).answer == choice


@pytest.mark.parametrize("text, safe", [
    ("i'm safe, I'll ring my sister", True), ("not really no", False), ("im ok tonight", True),
    ("i don't feel safe", False), ("/affirm", True),
])
def test_are_you_safe_answered_in_words(text, safe):
    d = decide("feelings", "safety", None, said(text, "inform", 0.5))
    assert (d.say == ["safety_followup"]) is safe and (d.hold == "urgent") is (not safe)


def test_a_clear_pause_counts_even_when_the_classifier_missed_it():
    d = decide("followup_1", None, None, said("sorry someone's at the door, give me a minute", "inform", 0.9))
    assert d.hold == "paused" and d.answer is None


def test_carrying_on_after_saying_not_safe_at_the_check_in_does_not_ask_again():
    d = decide("checkin_safe", "urgent", None, said("/resume", "resume", 1.0))
    assert d.answer == "no" and d.say == ["welcome_back"] and d.hold is None


@pytest.mark.parametrize("text", ["absolutely done in, it was non stop today", "stop overthinking it", "done in"])
def test_stop_words_in_an_answer_are_not_a_stop(text):
    assert decide("checkin", None, None, said(text, "stop_reflection")).answer == text


INTENTS = ("greet", "goodbye", "thanks", "affirm", "deny", "inform", "skip", "pause", "stop_reflection", "resume",
           "ask_why", "ask_data", "help", "start_over", "delete_data", "edit_answer", "choose_edit", "dont_save",
           "off_topic", "bot_challenge", "nlu_fallback")
STEPS = ("consent", "checkin", "checkin_safe", "moment", "feelings", "followup_1", "now_what", "self_care",
         "review_decision")
TYPED = ("stop", "delete everything", "start over", "don't save", "no", "yes", "bin it", "quit", "done",
         "end it", "nothing, bed", "wipe my data", "restart", "cancel")


@pytest.mark.parametrize("intent", INTENTS)
def test_no_typed_message_alone_ever_stops_discards_restarts_or_deletes(intent):
    """The class, not a list: with no confirmation pending, whatever the classifier says and whatever is
    typed, nothing destructive is carried out; a typed yes only carries out what the assistant asked."""
    for step in STEPS:
        for text in TYPED:
            d = decide(step, None, None, said(text, intent, 0.99))
            assert d.execute in (None, "save", "edit"), (step, text, intent, d)
            if d.execute == "save":
                assert step == "review_decision"


@pytest.mark.parametrize("hold", ["safety", "urgent", "paused", "check:service_user", "check:self",
                                  "confirm:stop_reflection"])
def test_every_hold_has_a_typed_or_tapped_way_back_to_the_question(hold):
    back = [decide("moment", hold, "held", said(t, i, 1.0 if t.startswith("/") else 0.9))
            for t, i in (("/resume", "resume"), ("/deny", "deny"), ("carry on", "resume"),
                         ("a man on the ward asked me to sit with him", "inform"))]
    assert any(d.hold is None and d.execute is None for d in back), hold
