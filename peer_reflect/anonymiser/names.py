"""People found token by token in a spaCy `Doc`.

spaCy's small model finds capitalised names in well-formed sentences; phone typing ("told jess", "graces
mum") needs the name lists, the words around a token and the tagger. Names that are also words (Grace,
Hope, Will) are taken only with evidence: a proper-noun tag mid-sentence, a title, a relation word before
("her daughter hope"), a speech verb after ("will said") or a neighbouring name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from peer_reflect.anonymiser.cues import (
    ACTION_AFTER, ADVERBS, AFTER_BE, BAD_TAGS_FOR_NAME, CALL_WORDS, CALLERS, CLAUSE_START, CONNECTORS, EVERYDAY, EVERYDAY_ACTIONS,
    FIELD_LABELS, HONORIFICS, INTERACTION_BEFORE, NAMED, NAMED_WHO, NAMING, NICK_PREFIX, PAIRED_BEFORE, PLACE_PREPS,
    PLACED, RELATIONS, SPEECH_VERBS, STAY_WORDS, TITLES, VERBS, WARD_WORDS,
)
from peer_reflect.anonymiser.lexicon import FUNCTION_WORDS, keep_phrase_heads, keep_terms, places, safe_proper
from peer_reflect.anonymiser.tokens import TokenView, is_cap, is_word, possessive_base, runs, sentence_start, view
from peer_reflect.anonymiser.types import Span


def _context_says_name(v: TokenView, i: int) -> bool:
    doc = v.doc
    prev = v.low[i - 1] if i > 0 else ""
    prev2 = v.low[i - 2] if i > 1 else ""
    nxt = v.low[i + 1] if i + 1 < len(doc) else ""
    nxt2 = v.low[i + 2] if i + 2 < len(doc) else ""
    if prev == "." and prev2 in TITLES:
        return True
    if prev.rstrip(".") in TITLES or prev in RELATIONS or (prev2, prev) in {("service", "user"), ("key", "worker"),
                                                                           ("known", "as"), ("name", "is"), ("called", "her"), ("called", "him")}:
        return True
    if prev in {"'s", "’s"} and prev2 == "name":
        return True
    if prev == "," and (prev2 in RELATIONS or prev2 in NAMED_WHO) and nxt in {",", "and", "who"}:
        return True  # "the other peer, ruksar, ran group"
    if nxt in SPEECH_VERBS:
        return True
    if nxt in {"'s", "’s"} and nxt2 in RELATIONS:
        return True
    base = possessive_base(v.low[i])
    return base is not None and nxt in RELATIONS


@lru_cache(maxsize=1)
def _keep_bigrams() -> frozenset[tuple[str, str]]:
    out = set()
    for term in keep_terms():
        words = term.replace("-", " ").split()
        if len(words) > 1:
            out.add((words[0], words[1][:4]))
    return frozenset(out)


def _opens_keep_phrase(v: TokenView, i: int) -> bool:
    """'self' of 'self harmed', 'peer' of 'peer support': the word starts a domain phrase."""
    if i + 1 >= len(v.low) or v.low[i] not in keep_phrase_heads():
        return False
    nxt = v.low[i + 1]
    if nxt == "-" and i + 2 < len(v.low):
        nxt = v.low[i + 2]
    return (v.low[i], nxt[:4]) in _keep_bigrams()


def _speaker_label(doc, v: "TokenView", i: int) -> bool:
    tok = doc[i]
    if i + 1 >= len(doc) or doc[i + 1].text != ":" or not is_word(tok) or v.low[i] in FIELD_LABELS:
        return False
    line_start = i == 0 or "\n" in doc[i - 1].text or doc[i - 1].is_space or doc[i - 1].text in {">", "-", "*"}
    return line_start and (v.first[i] or not v.english[i]) and v.low[i] not in keep_terms()


def _positional(v: TokenView, i: int, strong_only: bool) -> bool:
    """Does the word sit where a person goes: after 'told'/'sat with', or opening a clause before 'kicked'?"""
    low = v.low
    k = i - 1 if i > 0 and low[i - 1] in NICK_PREFIX else i  # "sat with big al"
    if k > 0 and v.doc[k - 1].text == "-" and not v.doc[k - 1].whitespace_:
        return False  # "45-year-old man": inside a hyphenated compound
    prev = low[k - 1] if k > 0 else ""
    prev2 = low[k - 2] if k > 1 else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if prev in INTERACTION_BEFORE or prev2 in PAIRED_BEFORE.get(prev, ()):
        return True
    nxt2 = low[i + 2] if i + 2 < len(low) else ""
    if nxt in ADVERBS:  # "mo just turned 50", "summer never came back"
        nxt, nxt2 = nxt2, (low[i + 3] if i + 3 < len(low) else "")
    at_start = prev in CLAUSE_START or not prev.strip() or i > 0 and v.doc[i - 1].is_punct
    if nxt in {"has", "had"} and nxt2 == "been":  # "sky has been on the ward since june"
        nxt, nxt2 = "was", (low[i + 3] if i + 3 < len(low) else "")
        i += 1
    if nxt in {"is", "was"} and nxt2 in AFTER_BE:
        return True
    if prev in _DETERMINERS:
        return False  # "the lady in bed 7", "a man from ward 3": a description, not a name
    if nxt in PLACED and nxt2 and nxt2 not in FUNCTION_WORDS - {"her", "his"} and (
            PLACED[nxt] is None and nxt2 in {"ward", "unit", "bay", "room"} or PLACED[nxt] and nxt2 in PLACED[nxt]):
        return True
    # "mo on cedar ward kept...", "tom from the night team", "april is on ward 7", "ruby and her mum had a row"
    if at_start and nxt in {"on", "from", "in"} and any(w in WARD_WORDS for w in low[i + 2:i + 5]):
        return True
    if at_start and nxt in {"is", "was"} and nxt2 in {"on", "in", "at"} and any(
            w in WARD_WORDS | STAY_WORDS for w in low[i + 3:i + 7]):
        return True
    # "gav, age 49", "ebony 80 years old", "mark, its her 23rd birthday"
    after = low[i + 1:i + 5]
    if at_start and after and any(w.isdigit() for w in after[:3]) and any(
            w in {"age", "aged", "years", "year", "yo", "birthday", "old"} or w.endswith(("th", "yo")) for w in after):
        return True
    if at_start and any(w[:1].isdigit() and w.endswith(("th", "st", "nd", "rd")) and x == "birthday"
                        for w, x in zip(after, after[1:])):
        return True  # "mark, its her 23th birthday"
    # "jade is in her fifties", "ricky is in his 50s"
    if at_start and nxt in {"is", "was", "'s", "’s"} and nxt2 == "in" and i + 4 < len(low) and low[i + 3] in {
            "her", "his", "their"} and (low[i + 4] in _DECADES or low[i + 4][:1].isdigit() and low[i + 4].endswith("s")):
        return True
    # "destiny kept calling me andrea"
    if at_start and nxt in {"kept", "keeps"} and nxt2 in _PERSON_GERUNDS:
        return True
    if at_start and nxt == "and" and nxt2 in {"her", "his", "their"} and i + 3 < len(low) and low[i + 3] in RELATIONS:
        return True
    if nxt == "and" and nxt2 in {"i", "me", "myself"} and low[i] not in FUNCTION_WORDS and (
            not v.english[i] or v.first[i] and is_cap(v.doc[i])):
        return True  # "so chukwuma and i went for a walk"
    if strong_only:
        return nxt in SPEECH_VERBS or at_start and nxt in EVERYDAY_ACTIONS
    if at_start and nxt in {"'s", "’s"} and low[i] not in FUNCTION_WORDS:
        return True  # "jade's little boy visited"
    if prev in {"said", "with"} or at_start and nxt == "from" and nxt2 not in FUNCTION_WORDS:
        return True
    return at_start and nxt in ACTION_AFTER


_DECADES = frozenset("teens twenties thirties forties fifties sixties seventies eighties nineties early late mid".split())
_PERSON_GERUNDS = frozenset("""
calling asking ringing texting messaging shouting screaming crying saying telling begging knocking pacing
""".split())
_NOT_BEFORE_NAME = frozenset("in since until till of by from on during last next this early late mid every".split())
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "every", "each", "some", "any"})
_INITIAL_STOP = frozenset("""
tv uk us usa eu un nhs dwp gp ot aa na ae pc cqc hmrc bbc itv rcn nmc gmc dvla uc pip esa sos ok id it am pm
dj mp pe re cv ps ot tlc bmi ect ecg eeg mri ct iv im rip vip diy lgbt lgbtq qc kc fbi cia va npc dna hiv
""".split())


def _initial(doc, v: TokenView, i: int) -> bool:
    """'J.', 'R.', 'PJ', 'KM': initials standing for a person where a person goes."""
    text = doc[i].text
    bare = text.rstrip(".")
    single = len(bare) == 1 and bare.isalpha() and bare.isupper() and (text.endswith(".") or
                                                                        i + 1 < len(doc) and doc[i + 1].text == ".")
    single = single or re.fullmatch(r"(?:[A-Z]\.){2,3}", text) is not None  # "J.B.", "A.K."
    caps = 2 <= len(bare) <= 3 and bare.isalpha() and bare.isupper() and bare.isascii() and not text.endswith(".")
    if not (single or caps) or v.low[i].rstrip(".") in _INITIAL_STOP or v.keep[i] or v.english[i] and caps:
        return False
    if single and bare in {"I", "A"}:
        return False
    k = i + 2 if single and not text.endswith(".") else i + 1
    nxt = v.low[k] if k < len(doc) else ""
    prev = v.low[i - 1] if i > 0 else ""
    return nxt in SPEECH_VERBS or nxt in EVERYDAY_ACTIONS or prev in INTERACTION_BEFORE or prev in RELATIONS \
        or prev in {"with", "and"} and (single or i > 1 and v.low[i - 2] in PAIRED_BEFORE.get(prev, ()))


def _nickname_after(v: TokenView, i: int) -> bool:
    """'smudge (that's what everyone calls him)', 'bubbles is what everyone calls her'."""
    window = v.low[i + 1:i + 8]
    if "what" not in window:
        return False
    w = window.index("what")
    return w <= 3 and any(x in CALL_WORDS for x in window[w + 1:w + 4]) and all(
        x in {"is", "was", "(", "that", "'s", "’s", "thats", "-", ",", "–"} for x in window[:w])


def find_names(doc) -> Iterator[Span]:
    v = view(doc)
    person = [False] * len(doc)
    has_what = "what" in v.low
    for i, tok in enumerate(doc):
        low = v.low[i]
        if tok.text[:1].isupper() and len(tok.text) <= 6 and _initial(doc, v, i):
            person[i] = True
            continue
        if i > 2 and v.low[i - 1] in {"him", "her", "them"} and v.low[i - 2] in CALL_WORDS and (
                v.low[i - 3] in CALLERS or i > 3 and v.low[i - 4] in CALLERS) and is_word(tok) \
                and low not in FUNCTION_WORDS and not v.keep[i]:
            person[i] = True  # "everyone calls him smudge"
            continue
        if has_what and is_word(tok) and low not in FUNCTION_WORDS and not v.keep[i] and _nickname_after(v, i) and (
                i == 0 or v.low[i - 1] in CLAUSE_START or doc[i - 1].is_punct):
            person[i] = True
            continue
        pair = (v.low[i - 2], v.low[i - 1]) if i > 1 else ("", "")
        named_after = pair[1] in NAMED and pair[0] in NAMED_WHO  # "a lad called bubbles": any word
        if (pair in NAMING or named_after) and is_word(tok) and low not in FUNCTION_WORDS and (
                named_after or low not in keep_terms() and (is_cap(tok) or not v.english[i] or v.first[i] or v.sur[i])):
            person[i] = True  # "her maiden name is Key", "people call me višeslav"
            continue
        if _speaker_label(doc, v, i):
            person[i] = True  # "tracy: i'm roberto's daughter"
            continue
        title = v.low[i - 2] if i > 1 and v.low[i - 1] == "." else v.low[i - 1].rstrip(".") if i > 0 else ""
        titled = title in TITLES and not (title == "miss" and doc[i - 1].text.islower() and (
            tok.tag_ in {"VBG", "VB", "VBN", "PRP", "PRP$", "DT"} or v.english[i] and not v.first[i]))
        if titled and is_word(tok) and low not in FUNCTION_WORDS and (
                title in HONORIFICS or not (tok.tag_[:2] in {"VB", "MD", "RB"} or low in VERBS) and (low not in keep_terms() or is_cap(tok)) and (
                    v.first[i] or v.sur[i] or not v.english[i] or is_cap(tok))):
            person[i] = True  # "prof costa", "Mrs. Barker", "dr okonkwo"
            continue
        if low in safe_proper() and low not in keep_terms() and is_word(tok) and (
                _context_says_name(v, i) or _positional(v, i, True)):
            person[i] = True  # "april from ward 12": a month name used as a name
            continue
        if low in safe_proper() and v.first[i] and i + 1 < len(doc) and v.sur[i + 1] and not v.english[i + 1] \
                and not v.first[i + 1] and is_word(doc[i + 1]) and (i == 0 or v.low[i - 1] not in _NOT_BEFORE_NAME):
            person[i] = person[i + 1] = True  # "May Kamara", "may begum": a given name that is also a month
            continue
        if possessive_base(low) and i + 1 < len(doc) and v.low[i + 1] in RELATIONS and low not in keep_terms():
            person[i] = True  # "graces mum": the apostrophe left out
            continue
        if possessive_base(low) and i + 1 < len(doc) and v.low[i + 1] in RELATIONS and low not in keep_terms():
            person[i] = True  # "graces mum": the apostrophe left out
            continue
        speech_after = i + 1 < len(doc) and v.low[i + 1] in SPEECH_VERBS
        if not is_word(tok) or len(low) < 2 or v.keep[i] or _opens_keep_phrase(v, i) or low in FUNCTION_WORDS and not (
                speech_after or is_cap(tok) and tok.tag_ == "NNP" and not sentence_start(tok)):
            continue
        if low in RELATIONS and not is_cap(tok):
            continue  # "her nan came in"
        named = v.first[i] or v.sur[i]
        if not named:
            continue
        prev = v.low[i - 1] if i > 0 else ""
        if low in places() and prev in PLACE_PREPS and not _context_says_name(v, i):
            continue  # "in Leeds": a town, whatever the surname list says
        if not v.english[i]:
            # Jess, andrea, Nishiyama. A lower-case surname alone is too weak ("desrosiers" is caught
            # next to its first name below).
            if is_cap(tok) or v.first[i] and (len(low) >= 3 or _positional(v, i, False)) or _context_says_name(v, i):
                person[i] = True
            continue
        if v.sur[i] and low not in FUNCTION_WORDS and not (tok.tag_ in {"VBD", "VBZ", "VBG", "VBN", "MD"} and v.english[i] or low in VERBS) and (
                prev.rstrip(".") in TITLES or prev == "." and i > 1 and v.low[i - 2] in TITLES):
            person[i] = True  # "dr khan", "Mrs. Barker"
            continue
        verb = low in SPEECH_VERBS or low in ACTION_AFTER or tok.tag_ in {"VBD", "VBZ", "VBN", "VBG"}
        if v.first[i] and i + 1 < len(doc) and v.sur[i + 1] and not v.english[i + 1] and is_word(doc[i + 1]) \
                and not verb:
            person[i] = True  # "may wilson", "joy garcia"
            continue
        if v.first[i] and tok.tag_ not in {"DT", "IN", "CC", "TO", "PRP", "PRP$"} and not verb and _positional(
                v, i, strong_only=low in EVERYDAY):
            person[i] = True
            continue
        if tok.tag_ in BAD_TAGS_FOR_NAME and not (is_cap(tok) and tok.tag_ in {"NNP"}):
            # "will said" cannot be the modal; "the nurse will give" can.
            speech_after = i + 1 < len(doc) and v.low[i + 1] in SPEECH_VERBS
            if not (speech_after or _context_says_name(v, i) and not tok.tag_.startswith("VB") and tok.tag_ not in {
                    "MD", "IN", "DT", "CC", "TO", "PRP", "PRP$"}):
                continue
        if v.first[i] and (_context_says_name(v, i) or is_cap(tok) and tok.tag_ == "NNP" and not sentence_start(tok)):
            person[i] = True
    # Unknown words where a person goes are names ("her mum kezza", "dr okonkwo", "told ngozi").
    for i, tok in enumerate(doc):
        if person[i] or not is_word(tok) or v.keep[i] or v.english[i] or len(v.low[i]) < 3 or v.low[i] in RELATIONS \
                or v.low[i] in VERBS or v.low[i] in TITLES:
            continue
        prev = v.low[i - 1] if i > 0 else ""
        strong_cue = prev in INTERACTION_BEFORE or prev != "to" and i > 1 and v.low[i - 2] in PAIRED_BEFORE.get(prev, ()) \
            or i + 2 < len(doc) and v.low[i + 1] == "and" and v.low[i + 2] in {"i", "me"} and len(v.low[i]) >= 5
        if _context_says_name(v, i) or _positional(v, i, strong_only=False) and (
                tok.tag_ in {"NN", "NNP", "JJ", "NNS"} or strong_cue and len(v.low[i]) >= 4):
            person[i] = True
    # spaCy's own people seed the joins below ("Dale and White" when the model saw only Dale).
    for ent in doc.ents:
        single_ok = not v.english[ent.start] or (v.first[ent.start] or v.sur[ent.start]) and not sentence_start(ent[0])
        if ent.label_ == "PERSON" and (len(ent) > 1 and any(is_cap(t) or not v.english[t.i] for t in ent) or single_ok):
            for t in ent:
                k = t.i
                if is_word(t) and not v.keep[k] and v.low[k].rstrip(".") not in TITLES and v.low[k] not in FUNCTION_WORDS \
                        and v.low[k] not in VERBS and (v.first[k] or v.sur[k] or not v.english[k] or is_cap(t)):
                    person[k] = True
    # "jess and hope came in", "leonti, terrence, pamela": a name joined by "and" or a comma to a name is one.
    for i in [*range(len(doc)), *reversed(range(len(doc)))]:
        word_ok = not v.english[i] or is_cap(doc[i]) and doc[i].tag_ == "NNP" or (
            v.low[i] not in EVERYDAY and v.low[i] not in FUNCTION_WORDS and doc[i].tag_ in {"NN", "NNP", "NNS", "JJ"}
            and len(v.low[i]) >= 3) or "both" in v.low[i + 3:i + 5] or i > 0 and v.low[i - 1] == "with" and \
            i + 2 < len(doc) and v.low[i + 1] == "and" and (v.low[i - 2] if i > 1 else "") in PAIRED_BEFORE["with"]
        named = v.first[i] or v.sur[i] and is_cap(doc[i]) or not v.english[i] and doc[i].is_alpha and len(v.low[i]) >= 3
        if person[i] or not named or v.keep[i] or not word_ok:
            continue
        if i + 2 < len(doc) and v.low[i + 1] in {"and", ","} and person[i + 2] or \
                i > 1 and v.low[i - 1] in {"and", ","} and person[i - 2]:
            person[i] = True
    # Double-barrelled given names: "Amelia-Grace", "tracey-ann".
    for i in range(1, len(doc) - 1):
        if person[i - 1] and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
                and is_word(doc[i + 1]) and (v.first[i + 1] or not v.english[i + 1]) and v.low[i + 1] not in FUNCTION_WORDS:
            person[i] = person[i + 1] = True
    # Grow names over neighbouring surnames, unknown capitalised words and middle initials.
    changed = True
    while changed:
        changed = False
        for i, tok in enumerate(doc):
            if person[i]:
                continue
            left = i > 0 and person[i - 1]
            right = i + 1 < len(doc) and person[i + 1]
            if not (left or right) or v.keep[i] or not tok.text.strip() or _opens_keep_phrase(v, i):
                continue
            if not left and v.low[i] not in NICK_PREFIX and (
                    v.english[i] and (sentence_start(tok) or not is_cap(tok)) or v.low[i] in TITLES):
                continue  # "Hope Sarah is ok", "hope fatima", "Nurse Nguyen": the name starts after
            text = tok.text
            initial = len(text.rstrip(".")) == 1 and text[:1].isalpha() and left and i + 1 < len(doc) and \
                is_word(doc[i + 1]) and v.low[i + 1] not in FUNCTION_WORDS and (
                    text[:1].isupper() or not v.english[i + 1] or v.sur[i + 1])
            lower_surname = left and (v.sur[i] or v.first[i]) and v.low[i] not in FUNCTION_WORDS and \
                tok.tag_ in {"NN", "NNP", "NNS", "JJ"} and v.low[i] not in VERBS
            nickname_prefix = right and v.low[i] in NICK_PREFIX or left and v.low[i] in CONNECTORS and \
                i + 1 < len(doc) and is_cap(doc[i + 1]) and not v.english[i + 1]
            # "olga krylova", "eric g. samoylova": an unknown word after a given name or an initial.
            after_name = left and is_word(tok) and not v.english[i] and len(v.low[i]) >= 3 and v.low[i] not in VERBS \
                and not (tok.tag_ in {"VBD", "VBZ"} and tok.text.islower()) and (
                v.first[i - 1] or len(doc[i - 1].text.rstrip(".")) == 1 or doc[i - 1].text == ".")
            if initial or lower_surname or nickname_prefix or after_name or is_word(tok) and (
                    (is_cap(tok) and (not v.english[i] or v.sur[i] or v.first[i]) and v.low[i] not in FUNCTION_WORDS)
                    or (v.sur[i] or v.first[i]) and not v.english[i]):
                person[i] = True
                changed = True
    yield from runs(doc, person, "PERSON", 2)
