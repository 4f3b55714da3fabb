"""Longer things the assistant says that depend on configuration (the support contacts of the region)."""
from __future__ import annotations

from peer_reflect.risk import load_resources


def _helplines(region: str | None) -> list[dict]:
    """Contacts other than the emergency number, which every message names on its own."""
    resources = load_resources(region)
    return [c for c in resources["contacts"] if resources["emergency_number"] not in c["how"]]


def support_contacts(region: str | None = None) -> str:
    """One line naming the crisis contacts for the configured region, emergency last."""
    resources = load_resources(region)
    lines = [f"{c['name']}: {c['how']}" for c in _helplines(region)]
    return "; ".join([*lines, f"in an emergency, {resources['emergency']}"])


def greeting(region: str | None = None) -> str:
    resources = load_resources(region)
    first = _helplines(region)[0]
    return (
        "Hi, I'm Peer Reflect: a quiet space to look back on your shift, your role, your lived experience "
        "and your boundaries. It takes 5 to 10 minutes, and you can skip any question, pause or stop at any "
        "time.\n"
        f"I'm not a crisis service. If you're not safe, {first['name']} is there ({first['how']}), or "
        f"{resources['emergency']} in an emergency.\n"
        "If you choose to save, I keep only an anonymised version of your answers, the themes they touch on "
        "and a pseudonymous code: never your name, your chat id or your words as typed."
    )


def closing(region: str | None = None, risk_raised: bool = False) -> str:
    opening = "Thank you for taking the time to reflect. The work you do matters, and so do you."
    if risk_raised:
        opening += " Earlier you told me things were hard. Please don't carry that alone tonight."
    return (
        f"{opening}\nIf tonight gets heavy: {support_contacts(region)}. Your supervisor or peer lead is there "
        "for the rest. Take care of yourself."
    )


def not_safe_now(region: str | None = None) -> str:
    """When the worker says they are not safe right now: short, direct, the fastest routes first."""
    resources = load_resources(region)
    helplines = "; ".join(f"{c['name']}: {c['how']}" for c in _helplines(region))
    return (
        "Thank you for telling me. Please don't stay alone with this. If you might act on these thoughts or "
        f"are in danger now, {resources['emergency']}. Otherwise, please reach out right now: {helplines}. "
        "If there's someone near you, or your supervisor or someone you trust, let them know how you are "
        "tonight. I'm a bot, so I can't call anyone for you, but I'm here if you want to keep talking."
    )
