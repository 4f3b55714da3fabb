"""People, places and other proper nouns found token by token in a spaCy `Doc`.

spaCy's small model finds capitalised names in well-formed sentences; phone typing ("told jess", "graces
mum") needs the name lists, the words around a token and the tagger. Names that are also words (Grace,
Hope, Will) are taken only with evidence: a proper-noun tag mid-sentence, a title, a relation word before
("her daughter hope"), a speech verb after ("will said") or a neighbouring name.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from peer_reflect.anonymiser.lexicon import (
    FUNCTION_WORDS, first_names, is_english, keep_terms, major_places, place_heads, places, safe_proper, surnames,
)
from peer_reflect.anonymiser.types import Span

TITLES = frozenset("""
mr mrs ms miss mx dr doc prof professor sir dame lady lord sister fr father rev reverend pastor imam rabbi
cllr councillor nurse auntie aunty aunt uncle cousin
""".split())
# After these any word is a surname ("mr. ward", "dr may"); after "nurse" or "sister" it has to look like one.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame cllr".split())
RELATIONS = frozenset("""
mum mom mam mother dad father sister brother son daughter wife husband partner boyfriend girlfriend bf gf
friend mate bestie colleague coworker client patient pt su resident tenant service user nurse doctor
manager supervisor boss lead nan gran grandma grandad granddad grandson granddaughter auntie aunt uncle
cousin niece nephew neighbour neighbor carer keyworker worker cpn psychiatrist consultant hca ot
psychologist therapist counsellor peer kid kids child baby ex stepdad stepmum stepson stepdaughter
housemate flatmate roommate fiance fiancé fiancee named called aka nicknamed
""".split())
NAME_CUES = frozenset({"named", "called", "aka", "nicknamed"})
SPEECH_VERBS = frozenset("""
said says told asked texted rang phoned messaged emailed shouted screamed cried smiled laughed disclosed
refused kicked threw hugged thanked admitted whispered replied agreed wanted wants
""".split())
# Big towns whose names are also everyday words ("in reading" may be the town, "in time" is not).
# Lower case, they count only right after "in", "to", "from"... and never when they are common words.
COMMON_WORD_PLACES = frozenset("""
acre airport alliance along annex anthem apex bake bear bell bend best bill bole boom borne brad brick
buffalo canning central centennial chad clay commonwealth concord date deal defiance delta dome eagle
enterprise fate federal fleet flint flora forest fountain garland golden green griffin groves hale harrow
hawthorn highland hillside holiday homestead hook horn humble hurricane imperial independence jasper
keystone lancing laurel lend lens liberal liberty lice male manage march marina marks martin mason meridian
metro midland midway mine mission mobile most much natal nice normal officer opportunity orange oral pace
paradise paramount pare parole pearl peer pest phoenix plaque plum plunge police portage posse pout
prosper providence reservoir retreat reunion revere rich riverside roman roses ruse saga sake sale salt
same sandy savage seaside sedan semi shaping shoreline simmering sparks split spring springs stains
sterling summit sunrise sunset superior surprise tame tank temple terrace time tire tome torrent tours
union university upland uptown vista warren wedding westerly woodland woodlands worms young
""".split())
PLACE_PREPS = frozenset({"in", "from", "to", "near", "around", "outside", "visit", "visited", "moved",
                         "towards", "via", "of"})
CONNECTORS = frozenset({"de", "da", "do", "dos", "del", "della", "di", "van", "von", "der", "den", "la",
                        "le", "du", "bin", "binti", "al", "el", "ben", "nad", "y", "ter", "ten", "op"})
# Verbs and phrases after which a bare word is someone ("told sunita", "sat with precious").
INTERACTION_BEFORE = frozenset("""
told tell telling asked ask asking met meet meeting saw see seeing seen visited visit visiting helped help
helping supported support supporting rang ring ringing texted text texting messaged message phoned phone
emailed hugged thanked reassured reassuring calmed found warned promised introduced invited hope hoping
recognised recognized remembered covered walked took brought drove escorted accompanied showed taught
""".split())
# "X was admitted", "X is moving": the second word settles it even for names that are words.
AFTER_BE = frozenset("""
admitted discharged sectioned crying upset moving being kicking asking shouting screaming transferred
restrained secluded readmitted born
""".split())
ADVERBS = frozenset("just only also really never always still then even finally".split())
# "X from ward 7", "X in bed 4", "X in room 22": a person placed somewhere.
PLACED = {"from": None, "in": frozenset("room bed bay ref mrn patient hospital case rio badge passport her his".split())}
PAIRED_BEFORE = {"with": {"sat", "sit", "sitting", "walked", "walk", "went", "spoke", "speak", "talked", "talk",
                          "chatted", "chat", "stayed", "worked", "working", "time", "session", "1:1", "one",
                          "laughed", "argued", "cried"},
                 "to": {"spoke", "speak", "talked", "talk", "chatted", "listened", "explained", "said", "wrote",
                        "lied", "sent", "gave", "showed", "apologised"},
                 "into": {"bumped", "ran"}, "for": {"covered", "cover", "looking", "asked", "waited", "advocated"},
                 "about": {"worried", "worrying", "thinking"}, "on": {"checked", "checking"}, "out": {"found"}}
ACTION_AFTER = frozenset("""
kicked is was has had got gave wants wanted lives lived came went asked told said cried turned rang texted
follows followed showed keeps trusts turns says thinks feels seems looks likes loves hates asks tells goes
comes gets needs tries wants
emailed keeps kept seemed looked needs needed left walked ran refused took tried started stopped screamed
shouted smiled laughed hugged thanked opened disclosed admitted arrived settled self-harmed absconded
""".split())
NICK_PREFIX = frozenset({"big", "lil", "little", "young", "old"})
WARD_WORDS = frozenset({"ward", "unit", "bay", "bed", "room", "team", "shift"})
STAY_WORDS = frozenset({"hospital", "home", "house", "lodge", "hmp", "prison", "centre", "court", "hostel"})
CLAUSE_START = frozenset({"", ".", ",", "!", "?", "and", "but", "then", "so", "cos", "coz", "cuz", "because", "said",
                          "when", "if", "that", "bc", "while", "though", "tho", "later", "after", "today",
                          "tonight", "yesterday", "\n", "-", ";", ":"})
# After a name that is also a word only deeds that need a person count ("hope kicked off", not "hope was").
EVERYDAY_ACTIONS = frozenset("""
kicked asked told said cried rang texted emailed refused screamed shouted smiled laughed hugged thanked
disclosed admitted arrived absconded wants wanted lives lived turned gave self-harmed follows got showed
""".split())
_VERBS = SPEECH_VERBS | ACTION_AFTER | INTERACTION_BEFORE
# Names that are everyday words in this work: only strong evidence makes them a name.
EVERYDAY = frozenset("""
hope will may faith joy grace patience mercy bill mark rose summer april june august autumn sky river dawn
blessing angel destiny precious charity trust honor honour chance hunter young page baker ward nurse
""".split())
_BAD_TAGS_FOR_NAME = {"MD", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "IN", "DT", "RB", "CC", "PRP", "PRP$",
                      "WDT", "WP", "TO", "RP", "UH", "JJR", "JJS", "RBR", "RBS", "EX", "CD"}


def _is_word(tok) -> bool:
    return tok.is_alpha or (tok.text.replace("-", "").replace("'", "").replace("’", "").isalpha())


def _cap(tok) -> bool:
    t = tok.text
    return t[:1].isupper() and not (t.isupper() and len(t) <= 4)


def _possessive_base(low: str) -> str | None:
    """'graces' / 'jesss' typed without an apostrophe: the name underneath, if any."""
    if low.endswith("s") and len(low) > 3 and low[:-1] in first_names():
        return low[:-1]
    return None


def _sentence_start(tok) -> bool:
    if tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text in {".", "!", "?", ":", "\n", ">", "-", "*", '"', "“"} or "\n" in prev.text or prev.is_space


@lru_cache(maxsize=1)
def _cue_typos() -> dict[str, str]:
    """One thumb slip away from a cue word ("caleld", "wtih", "toldd") -> the cue word."""
    cues = (INTERACTION_BEFORE | SPEECH_VERBS | NAMED | set(PAIRED_BEFORE) | ACTION_AFTER | AFTER_BE
            | {w for ws in PAIRED_BEFORE.values() for w in ws} | WARD_WORDS | {"called", "named", "with", "from"})
    out: dict[str, str] = {}
    for cue in cues:
        if len(cue) < 4:
            continue
        variants = {cue[:k] + cue[k + 1:] for k in range(1, len(cue))}
        variants |= {cue[:k] + cue[k + 1] + cue[k] + cue[k + 2:] for k in range(1, len(cue) - 1)}
        variants |= {cue[:k] + cue[k] + cue[k:] for k in range(1, len(cue))}
        for variant in variants - {cue}:
            if not is_english(variant) and variant not in first_names() and variant not in surnames():
                out.setdefault(variant, cue)
    return out


def _fix_cue(low: str) -> str:
    return _cue_typos().get(low, low)


def _view(doc) -> "_TokenView":
    """The token facts for `doc`, computed once and shared by the finders below."""
    cached = doc.user_data.get("anonymiser_view")
    if cached is None:
        cached = doc.user_data["anonymiser_view"] = _TokenView(doc)
    return cached


class _TokenView:
    """Per-token facts computed once."""

    def __init__(self, doc):
        self.doc = doc
        self.low = [_fix_cue(t.text.casefold()) for t in doc]
        self.english = [is_english(w) for w in self.low]
        self.first = [w in first_names() or _possessive_base(w) is not None for w in self.low]
        self.sur = [w in surnames() for w in self.low]
        self.keep = [w in keep_terms() or w in safe_proper() for w in self.low]
        self.word = [_is_word(t) for t in doc]


def _context_says_name(v: _TokenView, i: int) -> bool:
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
    if nxt in SPEECH_VERBS:
        return True
    if nxt in {"'s", "’s"} and nxt2 in RELATIONS:
        return True
    base = _possessive_base(v.low[i])
    return base is not None and nxt in RELATIONS


NAMING = {("name", "is"), ("name", "was"), ("call", "me"), ("called", "me"), ("calls", "me"), ("calling", "me"),
          ("known", "as"), ("goes", "by"), ("name", ":"), ("named", "her"), ("named", "him")}
NAMED = frozenset({"called", "named", "nicknamed", "aka"})
# "a lad called bubbles", "a woman named hope": whatever follows is a name.
NAMED_WHO = frozenset("""
lad lass man woman girl boy guy bloke lady user patient client someone somebody resident friend colleague
nurse pt su fella chap kid son daughter baby dog cat brother sister mate worker
""".split())
# Field names that open a line with a colon in forms; a name does so in chat transcripts.
FIELD_LABELS = frozenset("""
name address phone mobile email e-mail website web desk fax tel note notes when where who what date time
bot user q a re subject from to cc dob age ward id ref postcode zip city country
""".split())


def _speaker_label(doc, v: "_TokenView", i: int) -> bool:
    tok = doc[i]
    if i + 1 >= len(doc) or doc[i + 1].text != ":" or not _is_word(tok) or v.low[i] in FIELD_LABELS:
        return False
    line_start = i == 0 or "\n" in doc[i - 1].text or doc[i - 1].is_space or doc[i - 1].text in {">", "-", "*"}
    return line_start and (v.first[i] or not v.english[i]) and v.low[i] not in keep_terms()


def _positional(v: _TokenView, i: int, strong_only: bool) -> bool:
    """Does the word sit where a person goes: after 'told'/'sat with', or opening a clause before 'kicked'?"""
    low = v.low
    k = i - 1 if i > 0 and low[i - 1] in NICK_PREFIX else i  # "sat with big al"
    prev = low[k - 1] if k > 0 else ""
    prev2 = low[k - 2] if k > 1 else ""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if prev in INTERACTION_BEFORE or prev2 in PAIRED_BEFORE.get(prev, ()):
        return True
    nxt2 = low[i + 2] if i + 2 < len(low) else ""
    if nxt in ADVERBS:  # "mo just turned 50", "summer never came back"
        nxt, nxt2 = nxt2, (low[i + 3] if i + 3 < len(low) else "")
    at_start = prev in CLAUSE_START or not prev.strip() or i > 0 and v.doc[i - 1].is_punct
    if nxt in {"is", "was"} and nxt2 in AFTER_BE:
        return True
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
    if at_start and nxt == "and" and nxt2 in {"her", "his", "their"} and i + 3 < len(low) and low[i + 3] in RELATIONS:
        return True
    if strong_only:
        return nxt in SPEECH_VERBS or at_start and nxt in EVERYDAY_ACTIONS
    if at_start and nxt in {"'s", "’s"} and low[i] not in FUNCTION_WORDS:
        return True  # "jade's little boy visited"
    if prev in {"said", "with"} or at_start and nxt == "from" and nxt2 not in FUNCTION_WORDS:
        return True
    return at_start and nxt in ACTION_AFTER


def find_names(doc) -> Iterator[Span]:
    v = _view(doc)
    person = [False] * len(doc)
    for i, tok in enumerate(doc):
        low = v.low[i]
        pair = (v.low[i - 2], v.low[i - 1]) if i > 1 else ("", "")
        named_after = pair[1] in NAMED and pair[0] in NAMED_WHO  # "a lad called bubbles": any word
        if (pair in NAMING or named_after) and _is_word(tok) and low not in FUNCTION_WORDS and (
                named_after or low not in keep_terms() and (_cap(tok) or not v.english[i] or v.first[i] or v.sur[i])):
            person[i] = True  # "her maiden name is Key", "people call me višeslav"
            continue
        if _speaker_label(doc, v, i):
            person[i] = True  # "tracy: i'm roberto's daughter"
            continue
        title = v.low[i - 2] if i > 1 and v.low[i - 1] == "." else v.low[i - 1].rstrip(".") if i > 0 else ""
        titled = title in TITLES
        if titled and _is_word(tok) and low not in FUNCTION_WORDS and (
                title in HONORIFICS or (low not in keep_terms() or _cap(tok)) and (
                    v.first[i] or v.sur[i] or not v.english[i] or _cap(tok))):
            person[i] = True  # "prof costa", "Mrs. Barker", "dr okonkwo"
            continue
        if low in safe_proper() and low not in keep_terms() and _is_word(tok) and (
                _context_says_name(v, i) or _positional(v, i, True)):
            person[i] = True  # "april from ward 12": a month name used as a name
            continue
        if _possessive_base(low) and i + 1 < len(doc) and v.low[i + 1] in RELATIONS and low not in keep_terms():
            person[i] = True  # "graces mum": the apostrophe left out
            continue
        if _possessive_base(low) and i + 1 < len(doc) and v.low[i + 1] in RELATIONS and low not in keep_terms():
            person[i] = True  # "graces mum": the apostrophe left out
            continue
        speech_after = i + 1 < len(doc) and v.low[i + 1] in SPEECH_VERBS
        if not _is_word(tok) or len(low) < 2 or v.keep[i] or low in FUNCTION_WORDS and not (
                speech_after or _cap(tok) and tok.tag_ == "NNP" and not _sentence_start(tok)):
            continue
        if low in RELATIONS and not _cap(tok):
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
            if _cap(tok) or v.first[i] and (len(low) >= 3 or _positional(v, i, False)) or _context_says_name(v, i):
                person[i] = True
            continue
        if v.sur[i] and low not in FUNCTION_WORDS and (
                prev.rstrip(".") in TITLES or prev == "." and i > 1 and v.low[i - 2] in TITLES):
            person[i] = True  # "dr khan", "Mrs. Barker"
            continue
        if v.first[i] and i + 1 < len(doc) and v.sur[i + 1] and not v.english[i + 1] and _is_word(doc[i + 1]):
            person[i] = True  # "may wilson", "joy garcia"
            continue
        if v.first[i] and tok.tag_ not in {"DT", "IN", "CC", "TO", "PRP", "PRP$"} and _positional(
                v, i, strong_only=low in EVERYDAY):
            person[i] = True
            continue
        if tok.tag_ in _BAD_TAGS_FOR_NAME and not (_cap(tok) and tok.tag_ in {"NNP"}):
            # "will said" cannot be the modal; "the nurse will give" can.
            speech_after = i + 1 < len(doc) and v.low[i + 1] in SPEECH_VERBS
            if not (speech_after or _context_says_name(v, i) and not tok.tag_.startswith("VB") and tok.tag_ not in {
                    "MD", "IN", "DT", "CC", "TO", "PRP", "PRP$"}):
                continue
        if v.first[i] and (_context_says_name(v, i) or _cap(tok) and tok.tag_ == "NNP" and not _sentence_start(tok)):
            person[i] = True
    # Unknown words where a person goes are names ("her mum kezza", "dr okonkwo", "told ngozi").
    for i, tok in enumerate(doc):
        if person[i] or not _is_word(tok) or v.keep[i] or v.english[i] or len(v.low[i]) < 3:
            continue
        if _context_says_name(v, i) or _positional(v, i, strong_only=False) and tok.tag_ in {"NN", "NNP", "JJ", "NNS"}:
            person[i] = True
    # spaCy's own people seed the joins below ("Dale and White" when the model saw only Dale).
    for ent in doc.ents:
        single_ok = not v.english[ent.start] or (v.first[ent.start] or v.sur[ent.start]) and not _sentence_start(ent[0])
        if ent.label_ == "PERSON" and (len(ent) > 1 or single_ok):
            for t in ent:
                k = t.i
                if _is_word(t) and not v.keep[k] and v.low[k].rstrip(".") not in TITLES and v.low[k] not in FUNCTION_WORDS \
                        and v.low[k] not in _VERBS and (v.first[k] or v.sur[k] or not v.english[k] or _cap(t)):
                    person[k] = True
    # "jess and hope came in", "leonti, terrence, pamela": a name joined by "and" or a comma to a name is one.
    for i in [*range(len(doc)), *reversed(range(len(doc)))]:
        word_ok = not v.english[i] or _cap(doc[i]) and doc[i].tag_ == "NNP" or (
            v.low[i] not in EVERYDAY and v.low[i] not in FUNCTION_WORDS and doc[i].tag_ in {"NN", "NNP", "NNS", "JJ"}
            and len(v.low[i]) >= 3) or i + 3 < len(doc) and v.low[i + 3] == "both"
        named = v.first[i] or v.sur[i] and _cap(doc[i]) or not v.english[i] and doc[i].is_alpha and len(v.low[i]) >= 3
        if person[i] or not named or v.keep[i] or not word_ok:
            continue
        if i + 2 < len(doc) and v.low[i + 1] in {"and", ","} and person[i + 2] or \
                i > 1 and v.low[i - 1] in {"and", ","} and person[i - 2]:
            person[i] = True
    # Grow names over neighbouring surnames, unknown capitalised words and middle initials.
    changed = True
    while changed:
        changed = False
        for i, tok in enumerate(doc):
            if person[i]:
                continue
            left = i > 0 and person[i - 1]
            right = i + 1 < len(doc) and person[i + 1]
            if not (left or right) or v.keep[i] or not tok.text.strip():
                continue
            if not left and v.low[i] not in NICK_PREFIX and (
                    v.english[i] and (_sentence_start(tok) or not _cap(tok)) or v.low[i] in TITLES):
                continue  # "Hope Sarah is ok", "hope fatima", "Nurse Nguyen": the name starts after
            text = tok.text
            initial = len(text.rstrip(".")) == 1 and text[:1].isalpha() and left and i + 1 < len(doc) and \
                _is_word(doc[i + 1]) and v.low[i + 1] not in FUNCTION_WORDS and (
                    text[:1].isupper() or not v.english[i + 1] or v.sur[i + 1])
            lower_surname = left and (v.sur[i] or v.first[i]) and v.low[i] not in FUNCTION_WORDS and \
                tok.tag_ in {"NN", "NNP", "NNS", "JJ"} and v.low[i] not in _VERBS
            nickname_prefix = right and v.low[i] in NICK_PREFIX or left and v.low[i] in CONNECTORS and \
                i + 1 < len(doc) and _cap(doc[i + 1]) and not v.english[i + 1]
            # "olga krylova", "eric g. samoylova": an unknown word after a given name or an initial.
            after_name = left and _is_word(tok) and not v.english[i] and len(v.low[i]) >= 3 and (
                v.first[i - 1] or len(doc[i - 1].text.rstrip(".")) == 1 or doc[i - 1].text == ".")
            if initial or lower_surname or nickname_prefix or after_name or _is_word(tok) and (
                    (_cap(tok) and (not v.english[i] or v.sur[i] or v.first[i]) and v.low[i] not in FUNCTION_WORDS)
                    or (v.sur[i] or v.first[i]) and not v.english[i]):
                person[i] = True
                changed = True
    yield from _runs(doc, person, "PERSON", 2)


def find_unknown_proper(doc, taken: list[bool]) -> Iterator[Span]:
    """Capitalised words no dictionary knows: foreign names, small towns, company names."""
    v = _view(doc)
    mark = [None] * len(doc)
    for i, tok in enumerate(doc):
        if taken[i] or not _is_word(tok) or v.keep[i] or len(v.low[i]) < 2:
            continue
        text = tok.text
        if not text[:1].isupper() or v.english[i] or v.low[i].rstrip(".") in TITLES | {"mr", "mrs", "ms", "dr"}:
            continue
        if text.isupper() and text.isascii() and len(text) <= 5 and v.low[i] not in places() and not v.first[i]:
            continue  # IBAN, NHS, EUPD
        if _sentence_start(tok) and tok.tag_ not in {"NNP", "NNPS", "NN"} and not (
                len(text) >= 3 and text.isalpha() and text[1:].islower()):
            continue  # a sentence may open with an unknown name ("Aristóteles spent a year..."), not with "Ok"
        mark[i] = _guess_label(v, i)
    # Extend over capitalised neighbours ("Cite Guedouala", "Porto Alegre") and connectors.
    for i in range(len(doc)):
        if mark[i] is None:
            continue
        j = i + 1
        while j < len(doc) and mark[j] is None and not taken[j] and _cap_or_connector(doc, v, j):
            mark[j] = mark[i]
            j += 1
        j = i - 1
        while j >= 0 and mark[j] is None and not taken[j] and _cap(doc[j]) and not v.keep[j] \
                and v.low[j] not in FUNCTION_WORDS and v.low[j].rstrip(".") not in TITLES and not _sentence_start(doc[j]):
            mark[j] = mark[i]
            j -= 1
    for label in ("PERSON", "PLACE", "ORG"):
        yield from _runs(doc, [m == label for m in mark], label, 1)


def _cap_or_connector(doc, v: _TokenView, j: int) -> bool:
    tok = doc[j]
    if v.keep[j] or not tok.text.strip():
        return False
    if v.low[j] in CONNECTORS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
        return True
    return _is_word(tok) and tok.text[:1].isupper() and v.low[j] not in FUNCTION_WORDS


def _guess_label(v: _TokenView, i: int) -> str:
    low = v.low[i]
    prev = v.low[i - 1] if i > 0 else ""
    if low in places() and not (v.first[i] or v.sur[i]):
        return "PLACE"
    if prev in PLACE_PREPS and not (v.first[i] or v.sur[i]):
        return "PLACE"
    return "PERSON"


def find_places(doc, taken: list[bool]) -> Iterator[Span]:
    """Towns and countries from the gazetteer: capitalised, or lower case when big and not a word."""
    v = _view(doc)
    mark = [False] * len(doc)
    n = len(doc)
    i = 0
    while i < n:
        hit = 0
        for size in (4, 3, 2) if v.low[i] in place_heads() else ():
            if i + size <= n and all(v.word[i:i + size]):
                phrase = " ".join(v.low[i:i + size])
                caps = all(doc[k].text[:1].isupper() or v.low[k] in CONNECTORS for k in range(i, i + size))
                if phrase in major_places() or caps and phrase in places():
                    hit = size
                    break
        if not hit and v.word[i] and not v.keep[i] and len(v.low[i]) >= 3:
            tok = doc[i]
            low = v.low[i]
            prev = v.low[i - 1] if i > 0 else ""
            if tok.text[:1].isupper() and low in places() and (
                    not v.english[i] or prev in PLACE_PREPS and low in major_places() and not _sentence_start(tok)):
                hit = 1
            elif low in major_places() and len(low) >= 4 and (
                    not v.english[i] and not v.first[i]
                    or prev in PLACE_PREPS and low not in COMMON_WORD_PLACES and not (
                        v.first[i] and (prev == "of" or prev == "to" and i > 1 and v.low[i - 2] in PAIRED_BEFORE["to"]))) \
                    or prev in PLACE_PREPS and low in places() and not v.english[i] and not v.first[i]:
                hit = 1
        if hit and not any(taken[i:i + hit]):
            for k in range(i, i + hit):
                mark[k] = True
            i += hit
        else:
            i += 1
    yield from _runs(doc, mark, "PLACE", 2)


def _runs(doc, flags: list[bool], label: str, priority: int) -> Iterator[Span]:
    i = 0
    while i < len(doc):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and flags[j + 1]:
            j += 1
        yield Span(doc[i].idx, doc[j].idx + len(doc[j].text), label, priority)
        i = j + 1
