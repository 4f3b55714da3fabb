from __future__ import annotations

from datetime import date

from actions.data_rights import ActionDeleteMyData, ValidateDeleteForm
from peer_reflect.pseudonym import pseudonymise
from peer_reflect.storage import ReflectionRecord, Store
from tests.actions.conftest import make_tracker, slot_events, texts


def _seed(store: Store, sender: str, n: int) -> None:
    for i in range(n):
        store.save_reflection(ReflectionRecord(
            session_key=f"{sender}-{i}", worker_id=pseudonymise(sender), period_start=date(2026, 11, 16),
            answers={"moment": "a moment"}, themes=[("connection", ["sat together"])]))


async def answer(dispatcher, text, intent) -> str:
    tracker = make_tracker({"requested_slot": "delete_confirm", "delete_confirm": text}, intent=intent, text=text,
                           active_loop="delete_form")
    return slot_events(await ValidateDeleteForm().run(dispatcher, tracker, {}))["delete_confirm"]


async def test_delete_erases_only_this_workers_reflections(dispatcher):
    store = Store()
    store.migrate()
    _seed(store, "worker-1", 3)
    _seed(store, "worker-2", 2)
    assert await answer(dispatcher, "yes", "affirm") == "yes"
    await ActionDeleteMyData().run(dispatcher, make_tracker({"delete_confirm": "yes"}, sender_id="worker-1"), {})
    assert "deleted 3 saved reflections" in texts(dispatcher)
    assert store.count_reflections(pseudonymise("worker-1")) == 0
    assert store.count_reflections(pseudonymise("worker-2")) == 2


async def test_yes_delete_everything_in_words_confirms(dispatcher):
    store = Store()
    store.migrate()
    _seed(store, "worker-1", 2)
    assert await answer(dispatcher, "yes delete everything", "delete_data") == "yes"
    await ActionDeleteMyData().run(dispatcher, make_tracker({"delete_confirm": "yes"}, sender_id="worker-1"), {})
    assert store.count_reflections(pseudonymise("worker-1")) == 0


async def test_declining_deletes_nothing(dispatcher):
    store = Store()
    store.migrate()
    _seed(store, "worker-1", 1)
    for text, intent in (("no actually keep them", "dont_save"), ("hmm", "nlu_fallback"), ("no", "deny")):
        assert await answer(dispatcher, text, intent) == "no"
    await ActionDeleteMyData().run(dispatcher, make_tracker({"delete_confirm": "no"}), {})
    assert store.count_reflections() == 1
    assert "nothing has been deleted" in texts(dispatcher)
