"""Reading a check-in answer: a 0–10 score when one is given, and whether the worker is arriving low."""
from __future__ import annotations

import re

_WORD_NUMBERS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}
_NUMBER = re.compile(r"(?<![\d.])(10|[0-9])(?:\s*(?:/|out of)\s*10)?(?![\d.])")
_WORD = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")\b(?:\s*(?:/|out of)\s*(?:10|ten))?")
# Words that say "low" without a number: they prompt the gentle safety question.
_LOW_WORDS = re.compile(
    r"\b(awful|terrible|horrible|dreadful|rubbish|shit|crap|broken|destroyed|wrecked|empty|numb|"
    r"rock bottom|can'?t cope|not coping|not (?:ok|okay|good|great)|really bad|pretty bad|worst|"
    r"falling apart|in bits|drained|exhausted|shattered|low|struggling|overwhelmed|hopeless|"
    r"rough|grim|miserable|gutted|heartbroken|devastated|distraught|tearful|bleak|dark place|"
    r"(?:feeling|bit|so|really|quite|pretty) down|(?:really |so |very )?sad|upset|done in|burn[te] out|fried|"
    r"not (?:well|doing well|in a good place)|(?:barely|just about) holding|hanging by a thread|"
    r"(?<!not )(?<!not too )(?<!not that )bad(?! at all)|had enough)\b",
    re.IGNORECASE,
)
LOW_SCORE = 3
# A check-in can also be a story ("sat with a lad in A&E for 2 hours, then the bus broke down"): a number in
# it is a score only when the answer is short or the number is shaped like one ("a 6", "3/10", "about 4").
SHORT_WORDS = 8
_SCORE_SHAPED = re.compile(
    r"(?:\b(?:a|an|maybe|about|around|like|probably|prob|solid|strong|low|high|honestly|tbh|say|at|only|just|"
    r"barely|maybe a|like a|about a|around a)\s+(10|[0-9])\b(?!\s*(?:hours?|hrs?|mins?|minutes?|pm|am|people|"
    r"patients|times|days|weeks|o'?clock|calls|beds))|(?<![\d.])(10|[0-9])\s*(?:/|out of)\s*10\b|"
    r"(?<![\d.])(10|[0-9])\s*ish\b)",
    re.IGNORECASE,
)
# Low words count in a story only when they describe the worker ("I'm gutted", "feeling low").
_ABOUT_ME = re.compile(r"\b(?:i'?m|i am|im|i feel|feeling|i'?ve been|i was|me|myself|am)\b(?:\W+\w+){0,3}\W*$",
                       re.IGNORECASE)


def parse_score(text: str | None) -> int | None:
    """The first 0–10 number in the answer ("6", "about a 3", "7/10", "four out of ten"), else None."""
    if not text:
        return None
    if len(text.split()) > SHORT_WORDS:
        match = _SCORE_SHAPED.search(text)
        return int(next(g for g in match.groups() if g)) if match else None
    match = _NUMBER.search(text)
    if match:
        return int(match.group(1))
    match = _WORD.search(text.lower())
    if not match:
        return None
    # "one sec", "did one thing": a number word followed by another word is not a score ("about four",
    # "four out of ten", "four, tired" are).
    after = text.lower()[match.end():].lstrip(" .!?")
    if after and not re.match(r"(?:[,;:-]|ish|maybe|tbh|i guess|probably|or so|really|honestly)", after):
        return None
    return _WORD_NUMBERS[match.group(1)]


def is_low(text: str | None) -> bool:
    """A score of 3 or less, or low words with no higher score given."""
    score = parse_score(text)
    if score is not None:
        return score <= LOW_SCORE
    if not text:
        return False
    if len(text.split()) <= SHORT_WORDS + 4:
        return bool(_LOW_WORDS.search(text))
    return any(_ABOUT_ME.search(text[: m.start()]) for m in _LOW_WORDS.finditer(text))
