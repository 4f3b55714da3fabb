"""Development list of explicit first-person statements (intent, plan, means, self-harm) in varied
contexts, all `self`: written by the author of the v2 cue files, so it is a development check, not a
blind one. Every line must be flagged `self` with `explicit` true (tests/core/test_risk_v2.py).

    .venv/bin/python eval/risk/explicit_dev.py > eval/risk/explicit_dev.jsonl
"""
from __future__ import annotations

import json
import random

STATEMENTS = [
    "i want to die", "i'm going to kill myself", "i want to kill myself", "i'm going to end it tonight",
    "i'm planning to end my life", "i've decided to take my own life", "i'm going to take all my tablets tonight",
    "i want to end it all", "i think i'm going to kill myself this weekend", "i just want to die",
    "i'm gonna end it", "i really want to die", "im going to overdose tonight", "i'm going to jump off the bridge",
    "i have a plan to kill myself", "i'm suicidal", "i've been feeling suicidal all week",
    "i'm having suicidal thoughts again", "i keep thinking about killing myself",
    "i've been thinking about ending my life", "i want to hang myself", "i've been saving up my tablets",
    "i've been stockpiling my meds", "i've got the rope ready", "i've been cutting myself again",
    "i self harmed last night", "i cut myself after shift", "i burned myself with a lighter on my break",
    "i want to cut myself", "i'm going to hurt myself tonight", "i can't keep myself safe tonight",
    "i'm not safe right now", "i've written my suicide note", "i nearly took everything in the cupboard tonight",
    "i want to go to sleep and never wake up", "i'm ready to die", "i want to be dead",
    "i'm going to take an overdose", "i need to punish myself with the knife", "i'm thinking of killing myself",
]
LEADS = [
    "", "the peer group was lovely today, everyone laughed. ", "good shift actually, she got her flat. ",
    "supervision went well and the team were kind. ", "haven't told anyone that ", "not joking, ",
    "honestly ", "ngl ", "i need to say this. ", "we did the recovery college session, it went fine. then at home ",
    "in training today i realised ", "i know this isn't a crisis line but ", "don't panic but ",
]
TAILS = ["", ".", " tonight", " and nobody knows", " lol", " x", " i mean it", " seriously", " after my shift",
         ". anyway the ward round was busy"]


def _typo(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.3:
        return text.replace("'", "")
    if roll < 0.4:
        return text.replace("going to", "gonna").replace("want to", "wanna")
    if roll < 0.5:
        return text.replace("myself", "myslef")
    return text


def rows(n: int = 240) -> list[dict]:
    rng = random.Random(20261208)
    out = []
    for i in range(n):
        statement = STATEMENTS[i % len(STATEMENTS)]
        lead = rng.choice(LEADS)
        if lead == "haven't told anyone that " and not statement.startswith("i"):
            lead = ""
        text = _typo(rng, lead + statement + rng.choice(TAILS))
        out.append({"id": f"explicit-dev-{i + 1:03d}", "text": text, "kind": "self"})
    return out


if __name__ == "__main__":
    for row in rows():
        print(json.dumps(row))
