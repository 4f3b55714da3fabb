from __future__ import annotations

from actions import services
from actions.review import ActionChooseEdit, ActionEditAnswer, ActionReviewReflection, ActionSaveReflection
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


async def test_review_shows_only_anonymised_text_and_themes(dispatcher):
    events = await ActionReviewReflection().run(dispatcher, make_tracker(ANSWERS), {})
    shown = texts(dispatcher)
    assert "Grace" not in shown and "Oak Ward" not in shown and "07700" not in shown
    assert "[PERSON_1]" in shown and "[PHONE_1]" in shown
    assert "Boundaries" in shown
    assert slot_events(events) == {"review_pending": True}
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/affirm", "/edit_answer", "/dont_save"]
    assert saved_rows() == 0  # nothing is stored before the worker confirms


async def test_review_without_consent_stores_nothing(dispatcher):
    tracker = make_tracker({**ANSWERS, "consent": "reflect_only"})
    events = slot_events(await ActionReviewReflection().run(dispatcher, tracker, {}))
    assert "nothing has been saved" in texts(dispatcher)
    assert events["moment"] is None
    assert saved_rows() == 0


async def test_save_stores_one_anonymised_row_and_a_retry_does_not_duplicate(dispatcher):
    tracker = make_tracker(ANSWERS)
    await ActionSaveReflection().run(dispatcher, tracker, {})
    await ActionSaveReflection().run(dispatcher, tracker, {})
    assert saved_rows() == 1
    assert "Saved" in texts(dispatcher)


async def test_save_when_the_database_is_down_queues_and_lands_later(dispatcher, monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg2://nobody@127.0.0.1:9/none")
    from peer_reflect.settings import get_settings

    get_settings.cache_clear()
    services.saver.cache_clear()
    events = slot_events(await ActionSaveReflection().run(dispatcher, make_tracker(ANSWERS), {}))
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


async def test_choose_edit_offers_each_answered_question(dispatcher):
    await ActionChooseEdit().run(dispatcher, make_tracker(ANSWERS), {})
    payloads = [b["payload"] for b in dispatcher.messages[0]["buttons"]]
    assert '/choose_edit{"edit_slot":"moment"}' in payloads
    assert '/choose_edit{"edit_slot":"followup_3"}' not in payloads


async def test_edit_clears_only_the_chosen_answer(dispatcher):
    events = slot_events(await ActionEditAnswer().run(dispatcher, make_tracker({**ANSWERS, "edit_slot": "moment"}), {}))
    assert events == {"edit_slot": None, "review_pending": False, "moment": None}


async def test_edit_understands_everyday_pointers(dispatcher):
    tracker = make_tracker({**ANSWERS, "edit_slot": "the bit about tonight"}, text="the bit about tonight")
    events = slot_events(await ActionEditAnswer().run(dispatcher, tracker, {}))
    assert events["self_care"] is None


async def test_edit_finds_a_follow_up_by_its_topic(dispatcher):
    tracker = make_tracker(ANSWERS, text="change the boundaries one")
    events = slot_events(await ActionEditAnswer().run(dispatcher, tracker, {}))
    assert events["followup_1"] is None
