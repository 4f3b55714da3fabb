from __future__ import annotations

from actions import services
from actions.questions import AskReview
from actions.reflection_form import ValidateReflectionForm
from actions.review import ActionFinishReflection
from peer_reflect.storage import Store
from tests.actions.conftest import make_tracker, slot_events, texts

ANSWERS = {
    "consent": "store",
    "reflection_id": "r-1",
    "checkin": "4, tired",
    "moment": "Grace on Oak Ward asked for my personal number, 07700 900123, and to add me on facebook",
    "feelings": "awkward, and I worried she'd feel rejected",
    "followup_1": "I said no kindly and explained the boundary",
    "followup_2": "(skipped)",
    "now_what": "bring it to supervision on Thursday",
    "self_care": "bath and an early night",
    "followup_topics": ["boundaries", "role"],
}


def saved_rows():
    store = Store()
    store.migrate()
    return store.count_reflections()


async def review_turn(dispatcher, text, intent, slots=None, confidence=1.0):
    tracker = make_tracker({**ANSWERS, **(slots or {}), "review_decision": text, "requested_slot": "review_decision"},
                           intent=intent, text=text, confidence=confidence, active_loop="reflection_form")
    return slot_events(await ValidateReflectionForm().run(dispatcher, tracker, {}))


async def test_review_shows_only_anonymised_text_and_themes(dispatcher):
    await AskReview().run(dispatcher, make_tracker(ANSWERS), {})
    shown = texts(dispatcher)
    assert "Grace" not in shown and "Oak Ward" not in shown and "07700" not in shown
    assert "[PERSON_1]" in shown and "[PHONE_1]" in shown
    assert "Boundaries" in shown
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]] == ["/affirm", "/edit_answer", "/dont_save"]
    assert saved_rows() == 0  # nothing is stored before the worker confirms


async def test_review_screens_the_whole_reflection_again(dispatcher):
    answers = {**ANSWERS, "feelings": "numb", "now_what": "i have the tablets saved up and tonight is the night"}
    await AskReview().run(dispatcher, make_tracker(answers), {})
    assert "116 123" in texts(dispatcher)


async def test_yes_at_review_ends_the_form_to_save(dispatcher):
    events = await review_turn(dispatcher, "yes that looks right", "affirm", confidence=0.9)
    assert events["ending"] == "save" and events["requested_slot"] is None


async def test_typed_discard_at_review_is_asked_back(dispatcher):
    events = await review_turn(dispatcher, "bin it", "dont_save", confidence=0.8)
    assert "ending" not in events and events["turn_hold"] == "confirm:dont_save"
    assert dispatcher.messages[-1]["response"] == "utter_confirm_discard_review"


async def test_finish_saves_one_anonymised_row_and_a_retry_does_not_duplicate(dispatcher):
    tracker = make_tracker({**ANSWERS, "ending": "save"})
    await ActionFinishReflection().run(dispatcher, tracker, {})
    await ActionFinishReflection().run(dispatcher, tracker, {})
    assert saved_rows() == 1
    assert "Saved" in texts(dispatcher)


async def test_finish_without_consent_stores_nothing(dispatcher):
    events = slot_events(await ActionFinishReflection().run(
        dispatcher, make_tracker({**ANSWERS, "consent": "reflect_only"}), {}))
    assert "nothing has been saved" in texts(dispatcher)
    assert events["moment"] is None
    assert saved_rows() == 0


async def test_finish_discard_and_stop_store_nothing(dispatcher):
    await ActionFinishReflection().run(dispatcher, make_tracker({**ANSWERS, "ending": "discard"}), {})
    await ActionFinishReflection().run(dispatcher, make_tracker({**ANSWERS, "ending": "stop"}), {})
    assert "discarded" in texts(dispatcher) and "stop here" in texts(dispatcher)
    assert saved_rows() == 0


async def test_save_when_the_database_is_down_queues_and_lands_later(dispatcher, monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg2://nobody@127.0.0.1:9/none")
    from peer_reflect.settings import get_settings

    get_settings.cache_clear()
    services.saver.cache_clear()
    events = slot_events(await ActionFinishReflection().run(dispatcher, make_tracker({**ANSWERS, "ending": "save"}), {}))
    assert "saved automatically" in texts(dispatcher)
    assert events["saved"] is True
    queued = list((tmp_path / "outbox").glob("*.json"))
    assert len(queued) == 1
    assert "Grace" not in queued[0].read_text() and "07700" not in queued[0].read_text()

    # The database comes back: the same outbox is flushed into it exactly once.
    good = Store(f"sqlite:///{tmp_path / 'back.db'}", outbox_dir=tmp_path / "outbox")
    good.migrate()
    assert good.flush_outbox() == 1
    assert good.flush_outbox() == 0
    assert good.count_reflections() == 1


async def test_edit_offers_each_answered_question_then_clears_only_the_chosen_one(dispatcher):
    await review_turn(dispatcher, "/edit_answer", "edit_answer")
    payloads = [b["payload"] for b in dispatcher.messages[-1]["buttons"]]
    assert '/choose_edit{"edit_slot":"moment"}' in payloads
    assert '/choose_edit{"edit_slot":"followup_3"}' not in payloads
    events = await review_turn(dispatcher, '/choose_edit{"edit_slot":"moment"}', "choose_edit",
                               slots={"turn_hold": "choose_edit", "edit_slot": "moment"})
    assert events["moment"] is None and events["requested_slot"] == "moment"


async def test_edit_understands_everyday_pointers(dispatcher):
    events = await review_turn(dispatcher, "the bit about tonight", "inform", slots={"turn_hold": "choose_edit"})
    assert events["self_care"] is None and events["requested_slot"] == "self_care"
