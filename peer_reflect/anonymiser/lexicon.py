"""Word lists shipped in `data/`, loaded lazily once per process.

Everything is case-folded so lookups work on lower-case phone typing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

# Contractions typed without apostrophes ("dont", "shes") are ordinary words, not unknown proper nouns.
_APOSTROPHE_FREE = """
dont wont cant isnt wasnt arent werent didnt doesnt hasnt havent hadnt shouldnt wouldnt couldnt mustnt
im ive id ill youre youve youd youll hes shes theyre theyve theyd theyll weve wed were whats thats
theres heres lets its aint yall gonna wanna gotta kinda sorta dunno lol omg tbh idk imo smh ffs ngl
btw fyi asap pls plz thx ok okay yeah yep nope nah cos coz cuz tho thru u ur r ya yr hmm mmm ugh
meds obs bc ngl innit wfh smth sth abt tmrw tmr rn tbf defo deffo prob probs srsly cba mardy gutted
knackered gonna hun hon babe mate bruv fam lad lads lass bairn bairns wee aye nowt owt summat
arvo brekkie servo bottle-o telly cuppa brew ciggie ciggies fag fags vape vapes footy sesh uni mozzie
maccas bevvy bevvies scran scran chippy chippie brolly mardy skint minging buzzin buzzing reet ta ey
n't 's 're 've 'll 'd 'm ’s ’re ’ve ’ll ’d ’m mam mammy messaged messaging texted texting facetimed
fella fellas reg rego mentee mentees supervisee supervisees whatsapped snapchatted dmed dm'd googled rehoused safeguarded sectioned deescalated
""".split()

# Function words: they end names and never start them.
FUNCTION_WORDS = frozenset("""
a an the and or but if then so of to in on at by for with from into onto about over under after before
i me my mine we us our you your he him his she her they them their it its this that these those
is am are was were be been being have has had do does did will would shall should can could may might
must not no yes very just also too as than because while when where who whom whose which what why how
all any some each every both either neither few more most other another such own same up down out off
again once here there now today tonight yesterday tomorrow
""".split())


def _read(name: str) -> list[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The case-folded entries of data file `name`."""
    return frozenset(w.casefold() for w in _read(name))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return words("first_names.txt") | words("nicknames.txt") | frozenset(
        w for line in _read("extra_first_names.txt") for w in line.casefold().split())


def surnames() -> frozenset[str]:
    return words("surnames.txt")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return words("english_words.txt") | frozenset(_APOSTROPHE_FREE) | FUNCTION_WORDS


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    return words("places.txt") | words("extra_places.txt")


@lru_cache(maxsize=1)
def major_places() -> frozenset[str]:
    return words("major_places.txt") | words("extra_places.txt")


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """First words of multi-word places ("milton" of "milton keynes"): only these start an n-gram lookup."""
    return frozenset(p.split()[0] for p in places() | major_places() if " " in p)


def safe_proper() -> frozenset[str]:
    return words("safe_proper.txt")


@lru_cache(maxsize=1)
def keep_terms() -> frozenset[str]:
    return words("keep_terms.txt")


def unaccented(word: str) -> str:
    """'siobhán' -> 'siobhan': lists spell most names without their accents."""
    if word.isascii():
        return word
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Medicine names by their stems ("procyclidine", "zuclopenthixol"): no one is called that.
_DRUG = re.compile(r"(?:azepam|azolam|zapine|apine|idone|iprazole|oxetine|xetine|alopram|lopram|pramine|triptyline|"
                   r"azine|clidine|faxine|peridol|pentixol|penthixol|thixol|olol|trigine|proate|piramate|gabalin|"
                   r"gabapentin|codone|orphine|profen|etamol|piclone|pidem|phenidate|xamine|sulpiride|piride|"
                   r"perone|zodone|nserin|pirone|tiapine|atrigine|dronate|statin|prazole|oxacin|cillin|mycin|"
                   r"triptan|sartan|dipine|semide|thiazide|metformin|insulin|glipizide)$")


def is_drug(word: str) -> bool:
    w = word.casefold()
    return len(w) >= 7 and w.isalpha() and _DRUG.search(w) is not None


@lru_cache(maxsize=1)
def keep_phrase_words() -> frozenset[str]:
    """Every word of a domain phrase plus a few generic service words: a phrase made only of these
    ("peer support team", "early intervention service") names no one."""
    return frozenset(w for term in keep_terms() for w in term.replace("-", " ").split()) | frozenset(
        "service services team teams group groups project hub centre center network line".split())


@lru_cache(maxsize=1)
def keep_phrase_heads() -> frozenset[str]:
    """First words of multi-word domain phrases: only these start a phrase lookup."""
    return frozenset(t.split()[0] for t in keep_terms() if " " in t)


def is_name(word: str) -> bool:
    w = word.casefold()
    return w in first_names() or w in surnames()


def is_english(word: str) -> bool:
    w = word.casefold().replace("’", "'")
    if w in english_words():
        return True
    # Plurals and apostrophe-free possessives of ordinary words ("nurses", "mums").
    return w.endswith("s") and w[:-1] in english_words() or w.endswith("'s") and w[:-2] in english_words()


def warm() -> None:
    """Load every list now (a server calls this at start so the first reflection is not slow)."""
    for fn in (first_names, surnames, english_words, places, major_places, place_heads, safe_proper, keep_terms,
               keep_phrase_heads, keep_phrase_words):
        fn()
