"""What the assistant asks and why: the reflective spine of DESIGN.md section 2.

Driscoll's What? / So what? / Now what?, with the "So what?" follow-ups chosen from what the worker said
(themes in the moment and feelings answers), drawing on Kessing's three enactments of lived experience.
"""
from __future__ import annotations

import logging

from peer_reflect.themes import code_themes

logger = logging.getLogger(__name__)

# The order of the free-text answers; followup_3 is only asked when three topics stand out.
ANSWER_SLOTS = (
    "checkin", "moment", "feelings", "followup_1", "followup_2", "followup_3", "now_what", "self_care",
)
FOLLOWUP_SLOTS = ("followup_1", "followup_2", "followup_3")
SKIPPED = "(skipped)"

ANSWER_LABELS = {
    "checkin": "How you arrived",
    "moment": "The moment",
    "feelings": "Feelings then and now",
    "now_what": "What you'll take forward",
    "self_care": "Looking after yourself tonight",
}

FOLLOWUP_QUESTIONS = {
    "role": "What were you there for in that moment? What did your role as a peer worker ask of you, "
    "and was that clear to you and to the people around you?",
    "lived_experience": "Did your own lived experience come into it? Did you share any of your story, or "
    "hold it back, and what guided that choice?",
    "boundaries": "How did your boundaries feel in that moment? Was anything asked of you that sat outside "
    "the role?",
    "team": "How did the team respond? Did you feel your perspective, and the person's, was heard?",
    "power": "There was power in the room there. How did it feel to be part of that, and what did you do "
    "with it?",
    "connection": "What helped that connection happen, and what did it give the person, and you?",
    "enactment": "Thinking about how you used your lived experience today: as a voice for the person's "
    "world, as a member of the team, or as an expert by experience, which fitted best?",
}
FOLLOWUP_LABELS = {
    "role": "Your role",
    "lived_experience": "Lived experience and sharing",
    "boundaries": "Boundaries",
    "team": "The team",
    "power": "Power",
    "connection": "Connection",
    "enactment": "How you used lived experience",
}

# Which follow-up a theme in the answer calls for, most pressing first.
THEME_TOPICS = (
    ("power_coercion", "power"),
    ("boundaries", "boundaries"),
    ("self_disclosure", "lived_experience"),
    ("emotional_load", "lived_experience"),
    ("role_clarity", "role"),
    ("peer_drift", "role"),
    ("discretion", "role"),
    ("staff_relations", "team"),
    ("lifeworld", "team"),
    ("interdisciplinary_professional", "enactment"),
    ("expert_by_experience", "enactment"),
    ("connection", "connection"),
    ("hope_recovery", "connection"),
    ("support", "team"),
)
DEFAULT_TOPICS = ("role", "lived_experience", "enactment")

WHY = {
    "consent": "I ask first because your words are yours. Saving is optional, and if you say no, "
    "nothing from this conversation is kept.",
    "checkin": "Starting with how you're arriving helps us pace this, and lets supervisors see, across the "
    "whole team only, how people are doing after shifts.",
    "checkin_safe": "You told me you're arriving low, and I'd rather check than assume. This isn't a crisis "
    "service, but I can point you to people who are.",
    "moment": "Reflection works best anchored in one real moment (the \"What?\"). It doesn't have to be "
    "dramatic; whatever's still with you.",
    "feelings": "Noticing how it felt then and how it feels now is how we find what matters in it, "
    "and what you might need.",
    "followup": "This is the \"So what?\": I picked it from what you described, to help you make sense of "
    "it in terms of your role, your lived experience and your boundaries.",
    "now_what": "The \"Now what?\" turns reflection into something you can use, or bring to supervision.",
    "self_care": "Peer work can stir up your own history. Ending with yourself is part of doing this work "
    "sustainably.",
}


def choose_followup_topics(text: str) -> list[str]:
    """Two or three distinct follow-up topics for what the worker described, most pressing first."""
    try:
        found = {hit.id for hit in code_themes(text)} if text.strip() else set()
    except Exception as exc:  # a broken codebook must not stop a reflection: ask the default follow-ups
        logger.warning("Theme coding failed (%s); using the default follow-ups", type(exc).__name__)
        found = set()
    topics: list[str] = []
    for theme_id, topic in THEME_TOPICS:
        if theme_id in found and topic not in topics:
            topics.append(topic)
    for topic in DEFAULT_TOPICS:
        if len(topics) >= 2:
            break
        if topic not in topics:
            topics.append(topic)
    return topics[:3]


def why_text(slot: str | None) -> str:
    if slot in FOLLOWUP_SLOTS:
        return WHY["followup"]
    return WHY.get(slot or "", "Every question is optional. Say \"skip\" to move on.")


def answer_label(slot: str, topics: list[str] | None = None) -> str:
    if slot in FOLLOWUP_SLOTS:
        index = FOLLOWUP_SLOTS.index(slot)
        if topics and index < len(topics):
            return FOLLOWUP_LABELS[topics[index]]
        return "Follow-up"
    return ANSWER_LABELS[slot]


# Words a worker uses to point at one of their answers ("the bit about tonight", "my 0-10 one").
_SLOT_WORDS = (
    ("self_care", ("tonight", "self care", "self-care", "yourself", "myself", "look after", "last one")),
    ("now_what", ("now what", "forward", "supervision", "next time", "differently", "take away")),
    ("checkin", ("check in", "check-in", "checkin", "0-10", "0 to 10", "score", "number", "arriving", "arrived")),
    ("feelings", ("feel", "feeling", "emotion")),
    ("moment", ("moment", "shift", "story", "what happened", "situation")),
)
_ORDINALS = (("followup_1", ("first so what", "first follow", "1st follow")),
             ("followup_2", ("second so what", "second follow", "2nd follow")),
             ("followup_3", ("third so what", "third follow", "3rd follow")))


def resolve_answer_slot(pointer: str | None, topics: list[str] | None = None) -> str | None:
    """Which answer slot a worker means: an exact slot name, a follow-up topic, or everyday words for it."""
    if not pointer:
        return None
    text = pointer.lower().replace("_", " ")
    if pointer in ANSWER_SLOTS:
        return pointer
    for slot, words in _ORDINALS:
        if any(w in text for w in words):
            return slot
    for index, topic in enumerate(topics or []):
        if topic.replace("_", " ") in text or FOLLOWUP_LABELS[topic].lower() in text:
            return FOLLOWUP_SLOTS[index]
    for slot, words in _SLOT_WORDS:
        if any(w in text for w in words):
            return slot
    return None
