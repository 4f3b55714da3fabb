"""What the assistant says when the screen flags a message: warm, direct, short, and built from the
resources file so that every region gets its own numbers."""
from __future__ import annotations

from .resources import load_resources
from .screen import RISK_KINDS


def _contact_lines(resources: dict) -> str:
    return "\n".join(f"- {c['name']}: {c['how']}" for c in resources["contacts"])


def _first_line_service(resources: dict) -> str:
    first = resources["contacts"][0]
    return f"{first['name']} ({first['how']})"


_RESUME = "When you're ready, we can go back to the reflection where we left off, or stop here. Either is fine."

_NOT_CRISIS = ("I'm not a crisis service and no one is reading this as you type, so if you need someone now, "
               "please use one of those.")


def _self_message(resources: dict) -> str:
    return "\n\n".join([
        "Thank you for telling me. I'm going to pause the reflection, because this matters more.",
        "Are you safe right now?",
        "You don't have to hold this on your own tonight. You can talk to someone now:\n" + _contact_lines(resources),
        "Is there someone you trust, your supervisor or a friend, you could let know how you are tonight?",
        _NOT_CRISIS,
        _RESUME,
    ])


_OPENINGS = {
    "service_user": ("Thank you for telling me. It sounds like someone you support may be at risk or being harmed, "
                     "and that needs acting on today. I'll pause the reflection."),
    "others": ("Thank you for telling me. It sounds like someone could get hurt, and that needs acting on today. "
               "I'll pause the reflection."),
}


def _closing(kind: str, resources: dict) -> str:
    helpline = _first_line_service(resources)
    if kind == "others":   # the worker may be the one who feels close to hurting someone
        return ("If you're the one who feels close to hurting someone, step away if you can and talk to someone "
                f"now: your supervisor, or {helpline}.")
    return ("Hearing this can stay with you. It's worth talking it through with your supervisor, and "
            f"{helpline} is there if it has stirred things up.")


def _safeguarding_message(kind: str, resources: dict) -> str:
    return "\n\n".join([
        _OPENINGS[kind],
        "Please pass it on:\n"
        "- Tell the nurse in charge or your manager today.\n"
        "- Follow your local safeguarding procedure.\n"
        f"- If anyone is in immediate danger, {resources['emergency']}.",
        "I'm not a crisis service and I can't pass this on for you, so it needs to reach a person. "
        "You don't need to give me any names: nothing that identifies anyone is kept from this.",
        _closing(kind, resources),
        _RESUME,
    ])


def safety_message(kind: str, region: str | None = None) -> str:
    """The assistant's reply to a message the screen flagged as `kind` (self, service_user, others)."""
    if kind not in RISK_KINDS:
        raise ValueError(f"safety_message needs one of {RISK_KINDS}, got {kind!r}")
    resources = load_resources(region)
    if kind == "self":
        return _self_message(resources)
    return _safeguarding_message(kind, resources)


def safety_followup_message(region: str | None = None) -> str:
    """Reply to "I'm fine" after a `self` flag: acknowledge it, don't clear it, keep help in view."""
    resources = load_resources(region)
    return "\n\n".join([
        "I'm glad to hear that, and thank you for answering. I'll leave these here in case tonight changes:\n"
        + _contact_lines(resources),
        "If those feelings come back, please reach out to one of them, or to your supervisor or someone you trust.",
        "Let's carry on with the reflection where we left off. You can stop at any time.",
    ])
