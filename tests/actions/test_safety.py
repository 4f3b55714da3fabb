from __future__ import annotations

from actions.safety import ActionSafetyFollowup, ActionSafetyResponse
from sqlalchemy import text

from peer_reflect.storage import Store
from tests.actions.conftest import make_tracker, slot_events, texts as said


def _events_count() -> int:
    store = Store()
    store.migrate()
    with store.engine.connect() as connection:
        return connection.execute(text("select count(*) from safety_events")).scalar_one()


async def test_self_risk_pauses_asks_if_safe_and_gives_contacts(dispatcher):
    tracker = make_tracker({"consent": "store", "moment": "x"}, intent="risk_self", text="i want to end it")
    events = slot_events(await ActionSafetyResponse().run(dispatcher, tracker, {}))
    reply = said(dispatcher)
    assert "116 123" in reply and "85258" in reply
    assert "safe" in reply.lower()
    assert events == {"risk_flag": "self"}
    assert _events_count() == 1


async def test_safeguarding_names_the_route(dispatcher):
    tracker = make_tracker({"consent": "store"}, intent="risk_service_user")
    events = slot_events(await ActionSafetyResponse().run(dispatcher, tracker, {}))
    assert "nurse in charge" in said(dispatcher).lower() or "manager" in said(dispatcher).lower()
    assert events["risk_flag"] == "service_user"


async def test_no_count_is_kept_without_consent(dispatcher):
    tracker = make_tracker({"consent": "reflect_only"}, intent="risk_self")
    await ActionSafetyResponse().run(dispatcher, tracker, {})
    assert _events_count() == 0


async def test_self_flag_is_not_downgraded_by_a_later_kind(dispatcher):
    tracker = make_tracker({"risk_flag": "self"}, intent="risk_others")
    events = slot_events(await ActionSafetyResponse().run(dispatcher, tracker, {}))
    assert events["risk_flag"] == "self"


async def test_im_fine_does_not_clear_the_flag(dispatcher):
    tracker = make_tracker({"risk_flag": "self", "consent": "store", "moment": "x"}, intent="affirm")
    events = await ActionSafetyFollowup().run(dispatcher, tracker, {})
    assert "risk_flag" not in slot_events(events)
    assert "116 123" in said(dispatcher)


async def test_not_safe_gets_urgent_contacts(dispatcher):
    tracker = make_tracker({"risk_flag": "self"}, intent="deny")
    await ActionSafetyFollowup().run(dispatcher, tracker, {})
    assert "999" in said(dispatcher)
