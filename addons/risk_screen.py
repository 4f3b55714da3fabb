"""Screen every user message for risk, whatever the dialogue state.

The core risk screen runs after intent classification and overrides it: a risk disclosure becomes
`risk_self`, `risk_service_user` or `risk_others` whatever the classifier thought, and a risk intent the
classifier guessed without the screen agreeing is demoted to free text. Whether a self-risk is explicit
(`risk_explicit`) goes with it, so the dialogue can check a possible risk with the worker before responding.
The evidence phrase never leaves the screen: it is not written into the parse data, so it cannot reach a tracker store or a log.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

from addons.command_guard import replace_intent
from peer_reflect.risk import screen, warm_up

RISK_INTENT_PREFIX = "risk_"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class RiskScreen(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"free_text_intent": "inform"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._free_text = config["free_text_intent"]
        warm_up()  # cues, weights and the parser load when the model loads, not on a worker's first message

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "RiskScreen":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get("text") or ""
            if not text or text.startswith("/"):
                continue  # button payloads carry no free text
            result = screen(text)
            intent = (message.get("intent") or {}).get("name") or ""
            if result.kind != "none":
                replace_intent(message, RISK_INTENT_PREFIX + result.kind)
                # Explicit self-risk gets the safety response at once; anything less is checked first.
                message.set("risk_explicit", bool(result.explicit), add_to_output=True)
            elif intent.startswith(RISK_INTENT_PREFIX):
                replace_intent(message, self._free_text)
        return messages
