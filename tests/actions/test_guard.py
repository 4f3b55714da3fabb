from __future__ import annotations

import logging

from rasa_sdk import Action

from actions.guard import APOLOGY, Guarded
from actions.review import ActionFinishReflection
from tests.actions.conftest import make_tracker, texts

SECRET = "Precious Adeyemi rang 07700 900461"


class Exploding(Guarded, Action):
    def name(self) -> str:
        return "action_exploding"

    def run(self, dispatcher, tracker, domain):
        raise ValueError(f"could not handle {tracker.latest_message['text']}")


async def test_a_failing_action_apologises_and_logs_no_message_text(dispatcher, caplog):
    caplog.set_level(logging.DEBUG)
    events = await Exploding().run(dispatcher, make_tracker(text=SECRET), {})
    assert events == []
    assert texts(dispatcher) == APOLOGY
    assert "ValueError" in caplog.text
    assert "Precious" not in caplog.text and "07700" not in caplog.text


async def test_every_project_action_is_guarded():
    import actions.data_rights, actions.flow, actions.questions, actions.reflection_form, actions.review, actions.safety  # noqa: F401,E501

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = [c for c in subclasses(Action) if c.__module__.startswith("actions.") and "run" in dir(c)]
    assert ours and all(getattr(c.run, "__guarded__", False) for c in ours), [c for c in ours if not getattr(c.run, "__guarded__", False)]


async def test_saving_with_a_broken_key_apologises_instead_of_crashing(dispatcher, monkeypatch):
    monkeypatch.setenv("PSEUDONYM_KEY", "short")
    from peer_reflect.settings import get_settings

    get_settings.cache_clear()
    tracker = make_tracker({"consent": "store", "moment": SECRET, "reflection_id": "r", "ending": "save"})
    await ActionFinishReflection().run(dispatcher, tracker, {})
    assert "went wrong" in texts(dispatcher)
