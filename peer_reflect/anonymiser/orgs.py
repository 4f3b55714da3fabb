"""Organisations by shape: named wards, units, hospitals and care homes, saints' names, prisons,
employers after "work for", companies by their suffix, and "Surname, Surname and Surname" firms.
"""
from __future__ import annotations

import re
from typing import Iterator

from peer_reflect.anonymiser.lexicon import (
    FUNCTION_WORDS, first_names, is_english, keep_terms, places, safe_proper, surnames,
)
from peer_reflect.anonymiser.rules import NUMBER_WORDS
from peer_reflect.anonymiser.types import Span

I = re.IGNORECASE
_TOKEN = r"[^\W\d_][\w'’.&-]*"

# Heads that make "<name> HEAD" an organisation. Lower-case typing is trusted only for the clinical ones:
# "my house" and "the school" are ordinary words, "oak ward" and "maple unit" are not.
CLINICAL_HEADS = ("ward|unit|wing|hospital|infirmary|clinic|hospice|surgery|care home|nursing home|"
                  "residential home|medical centre|medical center|health centre|health center|lodge|house|"
                  "centre|center|project|court|college|housing|advocacy|association")
OTHER_HEADS = ("house|court|hall|home|centre|center|practice|trust|nhs trust|nhs foundation trust|"
               "foundation trust|partnership|prison|college|university|school|academy|hostel|project|"
               "church|mosque|temple|gurdwara|synagogue|library|café|cafe|pub|ltd|limited|inc|llc|plc|"
               "corporation|corp|group|company|systems|solutions|associates|partners|foundation|charity|"
               "council|markets|transit|labs|technologies|industries|services|agency|consulting|bank")
HEAD = re.compile(rf"\b(?:{CLINICAL_HEADS}|{OTHER_HEADS})\b(?!\s+rounds?\b)", I)
# Up to four words just before a head; searched in a short window so long texts stay linear.
PRECEDING = re.compile(rf"(?:{_TOKEN}[ \t]+){{1,4}}$")
WARD_NUMBER = re.compile(rf"\b(?:ward|unit|wing|bay)\s+(?:\d{{1,3}}[a-z]?|[A-Z]\d?|(?:{NUMBER_WORDS}))\b(?!\s*(?:%|am|pm|mins|minutes|hours|days))", I)
SAINT = re.compile(r"\b(?:St|St\.|Saint|ST)\s+[A-Z][\w’'-]+", )
SAINT_LOWER = re.compile(r"\b(?:st\.?|saint)\s+([a-z]+?)(?:'s|’s|s)?\b")
# "Leeds Mind", "Hull and East Yorkshire Mind": a national charity's local branch names its place.
BRANCH = re.compile(r"\b((?:[A-Za-z][\w'-]+\s+(?:and\s+)?){1,4})(mind|samaritans|rethink|age uk|carers|citizens advice)\b", I)
PRISON = re.compile(r"\b(?:HMP|hmp|HMYOI|hmyoi)\s+[A-Za-z][\w'-]+")
EMPLOYER_CUE = re.compile(
    r"\b(?:work(?:s|ed|ing)?\s+(?:for|at|with)|employed\s+by|job\s+(?:at|with)|volunteer(?:s|ed|ing)?\s+"
    r"(?:for|at|with)|placement\s+(?:at|with)|contract(?:ed)?\s+(?:with|by)|office\s+of|offices\s+of|"
    r"(?:drove|drives|driving|drive|deliver(?:s|ed|ing)?|shifts?|stacking\s+shelves|cleaning)\s+(?:for|at)|"
    r"(?:job|role|post|placement|apprenticeship|contract)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){1,4}?(?:at|with|for))"
    r"\s+(?:(?i:the)\s+)?((?:[A-Z][\w&'’.-]*(?:[ \t]+|$)){1,4})", )
EMPLOYER_PRIORITY = 3
# Proper nouns that are no employer even after "work at" ("work on Monday", "works with Zoom").
_NOT_EMPLOYER = frozenset("""
nhs monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december christmas easter ramadan eid diwali hanukkah covid zoom teams
whatsapp facebook instagram insta tiktok snapchat snap twitter youtube google english british welsh scottish
irish
""".split())
# Hospitals and services named without a head word, after words that move or place a patient there:
# "transferred to fieldhead", "is on basis yorkshire now", "appointment at the maudsley".
MOVE_CUE = re.compile(
    r"\b(admitted|took|transferred|moved|sent|discharged|sectioned|referred|taken|brought|escaped|absconded|"
    r"appointment|inpatient|patient|stay|stayed|staying|grounds|go|going|went|work|worked|works|is|was|from)"
    r"\s+(?:(?:him|her|them|me|us)\s+)?(?:back\s+)?(?:to|from|at|into|in|on|of)\s+(?:the\s+)?", I)
EMPLOYER_CUE_LOWER = re.compile(r"\b(?:work(?:s|ed|ing)?\s+(?:for|at)|employed\s+by|job\s+at)\s+([a-z][\w&'-]{2,})", I)
FIRM = re.compile(r"\b([A-Za-z][\w'-]+),\s+([A-Za-z][\w'-]+),?\s+(?:and|&)\s+([A-Za-z][\w'-]+)\b")

# Words that describe a ward or unit rather than name it ("the acute ward", "mother and baby unit").
GENERIC = frozenset("""
acute psych psychiatric mental health general local district community day inpatient outpatient female
male mixed women's womens men's mens older adult adults children's childrens kids adolescent camhs forensic
secure low medium high locked open rehab rehabilitation assessment admissions admission triage crisis
respite recovery eating disorder disorders dementia maternity mother baby intensive care picu hdu icu
emergency private nhs new old same other next whole entire main big small busy quiet usual previous
different specialist step-down step down detox addiction substance learning disability disabilities neuro
stroke cardiac surgical medical elderly geriatric residential nursing supported treatment therapy home
psychiatry liaison perinatal gender trauma personality older-adult long-stay short-stay stay mh a&e
mum's mums dad's dads nan's nans gran's grans friend's friends sister's sisters brother's brothers
own first second third last halfway safe care group drop-in drop in police court service services team
big little whole nice lovely shared supported sheltered foster family council hostel recovery
""".split())


_PEOPLE = frozenset("""
mum mom dad nan gran mate friend sister brother parent auntie aunt uncle cousin partner boyfriend girlfriend
son daughter kid client patient carer someone neighbour family
""".split())


def _name_words(words: list[str], lower_ok: bool) -> list[str]:
    """The run of naming words just before the head, read right to left."""
    kept: list[str] = []
    for word in reversed(words):
        low = word.casefold().strip(".,")
        if low in FUNCTION_WORDS or low in GENERIC or low in keep_terms() or word[-1:] in ".,;:!?":
            break
        if not word[:1].isupper() and not kept and re.sub(r"'?s$", "", low) in _PEOPLE:
            break  # "her mates house", "my nans house"
        if not word[:1].isupper() and not lower_ok:
            break
        kept.append(word)
    return list(reversed(kept))


def find_orgs(text: str) -> Iterator[Span]:
    for m in HEAD.finditer(text):
        head = m.group(0)
        if head.casefold() == "college" and re.match(r"\s+of\b", text[m.end():]):
            continue  # "royal college of nursing": a national body, not a place anyone can be found
        clinical = re.fullmatch(CLINICAL_HEADS, head, I) is not None
        if not clinical and not head[:1].isupper():
            continue
        window_start = max(0, m.start() - 80)
        before = PRECEDING.search(text, window_start, m.start())
        if not before:
            continue
        names = _name_words(before.group(0).split(), lower_ok=clinical)
        if not names:
            continue
        start = m.start()
        for word in reversed(names):
            start = text.rfind(word, before.start(), start)
        yield Span(start, m.end(), "ORG", 4)
    for rx, label in ((WARD_NUMBER, "ORG"), (SAINT, "ORG"), (PRISON, "ORG")):
        for m in rx.finditer(text):
            yield Span(m.start(), m.end(), label, 4)
    for m in BRANCH.finditer(text):
        words = [w for w in m.group(1).split() if w.casefold() != "and"]
        if words and all(w.casefold() in places() for w in words[-1:]):
            start = m.end(1)
            for word in reversed(m.group(1).split()):
                if word.casefold() not in places() and word.casefold() not in {"and", "east", "west", "north", "south"}:
                    break
                start = text.rfind(word, m.start(1), start)
            yield Span(start, m.end(), "ORG", 4)
    for m in SAINT_LOWER.finditer(text):
        if m.group(1) in first_names() and m.group(1) not in {"st", "street"}:
            yield Span(m.start(), m.end(), "ORG", 4)
    for m in EMPLOYER_CUE.finditer(text):
        words = [w for w in m.group(1).split() if w.casefold() not in FUNCTION_WORDS]
        if words and words[0].casefold().strip(".,") not in _NOT_EMPLOYER:
            end = m.start(1) + len(m.group(1).rstrip())
            yield Span(m.start(1), end, "ORG", EMPLOYER_PRIORITY)
    for m in EMPLOYER_CUE_LOWER.finditer(text):
        if not is_english(m.group(1)) and m.group(1).casefold() not in _NOT_EMPLOYER:
            yield Span(m.start(1), m.end(1), "ORG", EMPLOYER_PRIORITY)
    yield from _named_after_move(text)
    for m in FIRM.finditer(text):
        parts = [p.casefold() for p in m.groups()]
        if all(p in surnames() and (not is_english(p) or m.group(0)[0].isupper()) for p in parts):
            yield Span(m.start(), m.end(), "ORG", 3)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Cues after which a lone unknown word is a place of care; after the weak ones ("is on X") only with "now".
_STRONG_MOVE = frozenset("""
admitted transferred moved sent discharged sectioned referred taken brought escaped absconded appointment
inpatient grounds
""".split())
_PUBLIC_ACRONYMS = frozenset("nhs uk usa us gp ae er icu hdu picu cmht crhtt mdt dwp cab ed eu".split())
_STOP_AFTER = frozenset("now when today tonight yesterday last next this on in at and but so because cos for".split())


def _named_after_move(text: str) -> Iterator[Span]:
    """A service or hospital right after a moving/placing cue: an unknown lower-case word ('fieldhead',
    'the maudsley'), or up to three words ending in a town ('turning point wakefield', 'basis yorkshire')."""
    from peer_reflect.anonymiser.lexicon import major_places

    for m in MOVE_CUE.finditer(text):
        words = []
        pos = m.end()
        for _ in range(4):
            w = _WORD.match(text, pos)
            if not w:
                break
            words.append(w)
            nxt = re.match(r"[ \t]+", text[w.end():])
            if not nxt:
                break
            pos = w.end() + nxt.end()
        if not words:
            continue
        lows = [w.group(0).casefold() for w in words]
        # up to three words then a town, every word a possible name word
        for k in range(1, min(3, len(words) - 1) + 1):
            head = lows[:k]
            place = lows[k]
            if place not in major_places() and not (words[k].group(0)[:1].isupper() and place in places()):
                continue
            if any(h in FUNCTION_WORDS or h in keep_terms() or h in places() or h in _STOP_AFTER for h in head):
                break
            if k + 1 < len(lows) and lows[k + 1] not in _STOP_AFTER and lows[k + 1] not in FUNCTION_WORDS:
                break  # "to turning point wakefield office"? too unsure
            yield Span(words[0].start(), words[k].end(), "ORG", 3)
            break
        else:
            first = lows[0]
            raw = words[0].group(0)
            if 2 <= len(raw) <= 5 and raw.isupper() and raw.isalpha() and first not in keep_terms() \
                    and first not in safe_proper() and first not in _PUBLIC_ACRONYMS \
                    and m.group(1).casefold() in _STRONG_MOVE | {"took"}:
                yield Span(words[0].start(), words[0].end(), "ORG", 3)  # "took him to the LGI"
                continue
            if first not in FUNCTION_WORDS and first not in keep_terms() and first not in safe_proper() \
                    and not is_english(first) and first not in first_names() and first not in places() \
                    and len(first) >= 4 and words[0].group(0).islower() \
                    and (len(lows) == 1 or lows[1] in _STOP_AFTER or lows[1] in FUNCTION_WORDS) \
                    and (m.group(1).casefold() in _STRONG_MOVE or len(lows) > 1 and lows[1] == "now"):
                yield Span(words[0].start(), words[0].end(), "ORG", 3)
