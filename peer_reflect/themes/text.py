"""Turn free text into comparable word keys, keeping where each word came from.

Reflections are typed on phones after a shift, so the same idea arrives as "I'm not sure", "im not sure"
and "I wasn't sure". Both the text and the codebook indicators go through `tokenize`, so anything that
normalises the same way matches: case, curly apostrophes, contractions with or without the apostrophe,
plural and verb endings (a light suffix stemmer, much faster than a spaCy lemmatiser), forms of be/have/do,
third-person pronouns, anonymiser placeholders such as `[PERSON_1]`, texting shorthand ("w/", "b/c"),
US/UK service words ("unit"/"ward", "client"/"patient") and "?" as a word of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A placeholder from the anonymiser ("[PERSON_1]", "[PHONE_NUMBER_2]") or a word with inner apostrophes.
# Bump when normalisation changes: the same indicators then match differently, so everything coded before
# must be recoded (the codebook version includes this number).
MATCHING_RULES_VERSION = 4  # 4: shorthand, contractions, US/UK words, -ize, kept final e, '?', typo reader

_TOKEN_RE = re.compile(r"\[([A-Za-z]+(?:_[A-Za-z]+)*)(?:_\d+)?\]|\b(?:w/o|b/c|w/)|[a-z0-9]+(?:'[a-z]+)*|\?")
_SENTENCE_BREAK_RE = re.compile(r"[.!?;\n]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})

# Articles and filler adverbs carry no meaning for matching: dropping them lets "presented at the MDT" match
# "presented at MDT" and "what I'm actually meant to be doing" match "what I'm meant to be doing".
# A bare "s" is what is left of "[PERSON_1]'s".
_DROPPED = frozenset({"a", "an", "the", "s", "actually", "really", "even", "exactly", "honestly", "basically",
                      "literally"})

# Apostrophe-less contractions as people type them. Words that are also real words ("ill", "were",
# "well", "id") are deliberately absent.
_BARE_CONTRACTIONS = {
    "im": ("i", "am"), "ive": ("i", "have"), "youre": ("you", "are"), "theyre": ("they", "are"),
    "dont": ("do", "not"), "didnt": ("did", "not"), "doesnt": ("does", "not"), "isnt": ("is", "not"),
    "wasnt": ("was", "not"), "werent": ("were", "not"), "arent": ("are", "not"),
    "havent": ("have", "not"), "hasnt": ("has", "not"), "hadnt": ("had", "not"),
    "cant": ("can", "not"), "cannot": ("can", "not"), "couldnt": ("could", "not"), "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"), "wont": ("will", "not"), "aint": ("is", "not"),
    "thats": ("that", "is"), "whats": ("what", "is"), "theres": ("there", "is"),
    "hes": ("he", "is"), "shes": ("she", "is"), "id've": ("i", "would", "have"),
    "theyd": ("they", "would"), "youd": ("you", "would"), "theyve": ("they", "have"), "weve": ("we", "have"),
    "youve": ("you", "have"), "theyll": ("they", "will"), "youll": ("you", "will"), "itll": ("it", "will"),
    "thatll": ("that", "will"), "wouldve": ("would", "have"), "couldve": ("could", "have"),
    "shouldve": ("should", "have"), "mightve": ("might", "have"), "whos": ("who", "is"),
}
# Texting shorthand as typed on a phone, and a few frequent misspellings, spelled out so indicators need
# only the full form (other one-letter slips are read by the coder's typo reader, see coder._Speller).
_SHORTHAND = {
    "w/": ("with",), "w/o": ("without",), "b/c": ("because",), "bc": ("because",), "cos": ("because",),
    "coz": ("because",), "cuz": ("because",), "bcos": ("because",), "becuase": ("because",),
    "becasue": ("because",), "u": ("you",), "ur": ("your",), "ppl": ("people",), "pt": ("patient",),
    "pts": ("patients",), "abt": ("about",), "thru": ("through",), "tho": ("though",),
    "gonna": ("going", "to"), "wanna": ("want", "to"), "gotta": ("got", "to"), "dunno": ("do", "not", "know"),
    "convo": ("conversation",), "convos": ("conversations",), "mgr": ("manager",), "yrs": ("years",),
    "hrs": ("hours",), "mins": ("minutes",), "wk": ("week",), "wks": ("weeks",), "tmrw": ("tomorrow",),
    "b4": ("before",), "msg": ("message",), "msgs": ("messages",), "txt": ("text",), "txted": ("texted",),
    "obvs": ("obviously",), "pls": ("please",), "plz": ("please",),
    "probs": ("probably",), "def": ("definitely",), "defo": ("definitely",),
    "supervison": ("supervision",), "superviser": ("supervisor",), "consulant": ("consultant",),
    "concultant": ("consultant",), "experiance": ("experience",), "definately": ("definitely",),
    "recieve": ("receive",), "recieved": ("received",), "seperate": ("separate",), "wierd": ("weird",),
    "freind": ("friend",), "freinds": ("friends",), "beleive": ("believe",), "restaint": ("restraint",),
    "restrant": ("restraint",), "sectoned": ("sectioned",), "tierd": ("tired",), "knackerd": ("knackered",),
}
# One key per pronoun family: "no one", "noone" and "no1" all mean nobody.
_SYNONYMS = {"noone": "nobody", "no1": "nobody", "someone": "somebody", "anyone": "anybody",
             "everyone": "everybody",
             # US and UK service words for the same thing: indicators written with one find the other.
             "unit": "ward", "units": "ward", "client": "patient", "clients": "patient", "mom": "mum",
             "moms": "mum", "mommy": "mum", "mam": "mum", "counselor": "counsellor", "counselors": "counsellor",
             "techs": "tech", "canceled": "cancelled", "canceling": "cancelling", "behavior": "behaviour",
             "behaviors": "behaviour"}
_NT_HEADS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
_SUFFIX_WORDS = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}
# "'s" means "is" after these; elsewhere it is a possessive and is dropped.
_IS_HOSTS = frozenset({"he", "she", "it", "that", "there", "what", "who", "where", "here", "how", "everyone"})

_PRONOUNS = {w: "they" for w in ("he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs")}
_PRONOUNS.update({w: "themself" for w in ("himself", "herself", "themselves", "themself")})
_AUXILIARIES = {
    **{w: "be" for w in ("am", "is", "are", "was", "were", "been", "being", "be")},
    **{w: "have" for w in ("has", "have", "had", "having")},
    **{w: "do" for w in ("do", "does", "did", "done", "doing")},
}
_IRREGULAR = {
    "told": "tell", "felt": "feel", "sat": "sit", "held": "hold", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "brought": "bring", "came": "come", "went": "go", "gone": "go",
    "goes": "go", "spoke": "speak", "spoken": "speak", "said": "say", "says": "say", "left": "leave",
    "kept": "keep", "met": "meet", "thought": "think", "made": "make", "ran": "run", "got": "get",
    "gotten": "get", "saw": "see", "seen": "see", "knew": "know", "known": "know", "heard": "hear",
    "lost": "lose", "sent": "send", "spent": "spend", "stood": "stand", "understood": "understand",
    "wrote": "write", "written": "write", "shook": "shake", "shaken": "shake", "fell": "fall",
    "fallen": "fall", "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose",
    "drove": "drive", "driven": "drive", "ate": "eat", "eaten": "eat", "began": "begin", "begun": "begin",
    "bought": "buy", "caught": "catch", "taught": "teach", "fought": "fight", "found": "find",
    "hid": "hide", "hidden": "hide", "led": "lead", "paid": "pay", "rang": "ring", "rung": "ring",
    "sold": "sell", "slept": "sleep", "stuck": "stick", "threw": "throw", "thrown": "throw",
    "woke": "wake", "wore": "wear", "worn": "wear", "won": "win", "bit": "bite", "bitten": "bite",
    "used": "use", "using": "use", "going": "go", "noted": "note", "noting": "note", "uses": "use", "children": "child", "people": "person",
    "men": "man", "women": "woman", "staffs": "staff", "meds": "med",
}
# Dropping the final e would turn these into other words ("note" -> "not", "huge" -> "hug", "site" -> "sit").
_KEEP_E = frozenset({"note", "huge", "site", "cute", "plane", "spine", "cane", "quite"})
_IZE_RE = re.compile(r"iz(e|es|ed|ing|ation|ations)$")
_VOWELS = frozenset("aeiouy")
_NO_UNDOUBLE = frozenset("lsz")


@dataclass(frozen=True)
class Token:
    """One normalised word: `key` is what matching compares, `word` the lower-cased word before stemming."""

    key: str
    word: str
    start: int
    end: int
    sentence: int


def stem(word: str) -> str:
    """Light suffix stemmer: enough to meet 'share/shares/shared/sharing' at one key, nothing clever."""
    word = _IRREGULAR.get(word, word)
    if len(word) <= 3 or not word.isalpha():
        return word
    if "iz" in word[-7:]:  # US spelling: prioritize/prioritized/prioritizing meet prioritise
        word = _IZE_RE.sub(r"is\1", word)
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("es") and word[:-2].endswith(("ch", "sh", "x", "zz")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ing") and len(word) >= 6 and _VOWELS & set(word[:-3]):
        word = word[:-3]
    elif word.endswith("eed") and len(word) >= 5:  # agreed -> agree, like trainee stays trainee
        word = word[:-1]
    elif word.endswith("ed") and len(word) >= 5 and _VOWELS & set(word[:-2]):
        word = word[:-2]
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in _VOWELS | _NO_UNDOUBLE:
        word = word[:-1]
    if len(word) > 3 and word.endswith("e") and not word.endswith("ee") and word not in _KEEP_E:
        word = word[:-1]
    return word


def word_key(word: str) -> str:
    """The matching key of one lower-cased word (pronoun and auxiliary classes, then the stemmer)."""
    synonym = _SYNONYMS.get(word)
    if synonym is not None:
        return stem(synonym)
    return _PRONOUNS.get(word) or _AUXILIARIES.get(word) or stem(word)


def _expand(raw: str) -> tuple[str, ...]:
    """Split a contraction or spell out shorthand; other words pass through."""
    if raw in _SHORTHAND:
        return _SHORTHAND[raw]
    if raw in _BARE_CONTRACTIONS:
        return _BARE_CONTRACTIONS[raw]
    if "'" not in raw:
        return (raw,)
    head, _, tail = raw.partition("'")
    if tail == "t" and head.endswith("n"):  # didn't, can't, won't
        stem_ = head[:-1]
        return (_NT_HEADS.get(stem_, stem_), "not")
    if tail == "s":
        return (head, "is") if head in _IS_HOSTS else (head,)
    if tail in _SUFFIX_WORDS:
        return (head, _SUFFIX_WORDS[tail])
    return (head + tail,)  # o'clock, rock'n'roll: glue back together


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` in order, with character spans into the original string."""
    lowered = text.translate(_APOSTROPHES).lower()
    tokens: list[Token] = []
    sentence = 0
    previous_end = 0
    for match in _TOKEN_RE.finditer(lowered):
        if match.group(0) == "?":
            # A question mark is a word of its own, closing its sentence: rhetorical questions ("is this
            # the job?") carry meaning indicators can use. previous_end stays put, so the next word still
            # sees the sentence break.
            if tokens and tokens[-1].key != "?":
                tokens.append(Token("?", "?", match.start(), match.end(), sentence))
            continue
        if _SENTENCE_BREAK_RE.search(lowered, previous_end, match.start()):
            sentence += 1
        previous_end = match.end()
        start, end = match.span()
        label = match.group(1)
        if label is not None:
            # A person placeholder reads like a pronoun ("told [PERSON_1]" ~ "told her"); others keep their type.
            key = "they" if label == "person" else f"[{label}]"
            tokens.append(Token(key, key, start, end, sentence))
            continue
        for word in _expand(match.group(0)):
            if word in _DROPPED:
                continue
            previous = tokens[-1] if tokens else None
            if word == "one" and previous and previous.key == "no" and previous.sentence == sentence:
                tokens[-1] = Token("nobody", "nobody", previous.start, end, sentence)  # "no one"
                continue
            tokens.append(Token(word_key(word), word, start, end, sentence))
    return tokens
