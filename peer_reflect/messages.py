"""Longer things the assistant says that depend on configuration (the support contacts of the region)."""
from __future__ import annotations

from peer_reflect.risk import load_resources


def support_contacts(region: str | None = None) -> str:
    """One line naming the crisis contacts for the configured region."""
    resources = load_resources(region)
    parts = [f"{item['name']} {item['contact']}" for item in resources["crisis"]]
    return "; ".join(parts)


def greeting(region: str | None = None) -> str:
    return (
        "Hi, I'm Peer Reflect: a quiet space to look back on your shift, your role, your lived experience "
        "and your boundaries. It takes 5 to 10 minutes, and you can skip any question, pause or stop at any "
        "time.\n"
        "I'm not a crisis service. If you're not safe, please reach out now: "
        f"{support_contacts(region)}.\n"
        "If you choose to save, I keep only an anonymised version of your answers, the themes they touch on "
        "and a pseudonymous code, never your name, your chat id or your own words as typed."
    )


def closing(region: str | None = None, risk_raised: bool = False) -> str:
    opening = "Thank you for taking the time to reflect. The work you do matters, and so do you."
    if risk_raised:
        opening += " Earlier you told me things were hard. Please don't carry that alone tonight."
    return (
        f"{opening}\nIf tonight gets heavy: {support_contacts(region)}. Your supervisor or peer lead is there "
        "for the rest. Take care of yourself."
    )
