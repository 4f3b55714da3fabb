"""Keep long reflections from being mistaken for commands.

A worker describing their shift may write "I didn't know why I was there or what to skip"; a command such
as "skip" or "why are you asking?" is short and said plainly. Above `max_command_words` words, or above
`doubtful_words` words with a confidence under `min_confidence`, the predicted command intent is replaced by
`inform`, so the free-text answer is kept rather than treated as a digression.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

COMMAND_INTENTS = (
    "skip", "pause", "stop_reflection", "resume", "ask_why", "ask_data", "help", "start_over", "delete_data",
    "edit_answer", "dont_save", "greet", "goodbye", "affirm", "deny", "off_topic",
    "thanks", "bot_challenge",
)


def replace_intent(message: Message, name: str, confidence: float = 1.0) -> None:
    """Set `name` as the message's intent and put it first in the ranking."""
    intent = {"name": name, "confidence": confidence}
    message.set("intent", intent, add_to_output=True)
    ranking = [r for r in message.get("intent_ranking", []) if r.get("name") != name]
    message.set("intent_ranking", [intent, *ranking], add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CommandGuard(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"max_command_words": 12, "doubtful_words": 6, "min_confidence": 0.9, "free_text_intent": "inform"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._max_words = int(config["max_command_words"])
        self._doubtful_words = int(config["doubtful_words"])
        self._min_confidence = float(config["min_confidence"])
        self._free_text = config["free_text_intent"]

    def is_free_text(self, intent: str | None, confidence: float, text: str) -> bool:
        if intent not in COMMAND_INTENTS:
            return False
        words = len(text.split())
        return words > self._max_words or (words > self._doubtful_words and confidence < self._min_confidence)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CommandGuard":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get("intent") or {}
            if self.is_free_text(intent.get("name"), intent.get("confidence") or 0.0, message.get("text") or ""):
                replace_intent(message, self._free_text)
        return messages
