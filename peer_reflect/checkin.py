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


def parse_score(text: str | None) -> int | None:
    """The first 0–10 number in the answer ("6", "about a 3", "7/10", "four out of ten"), else None."""
    if not text:
        return None
    match = _NUMBER.search(text)
    if match:
        return int(match.group(1))
    match = _WORD.search(text.lower())
    return _WORD_NUMBERS[match.group(1)] if match else None


def is_low(text: str | None) -> bool:
    """A score of 3 or less, or low words with no higher score given."""
    score = parse_score(text)
    if score is not None:
        return score <= LOW_SCORE
    return bool(text and _LOW_WORDS.search(text))
