"""Regular-expression recognisers for structured identifiers: contact details, ids, dates, ages.

Each recogniser returns `Span`s over the raw text. Checksums separate real identifiers from other digit
runs where a scheme has one; where it has none the digit count and the words around decide.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from peer_reflect.anonymiser.checksums import iban_valid, luhn_valid, nhs_number_valid
from peer_reflect.anonymiser.types import Span

I = re.IGNORECASE

# ---- contact details -------------------------------------------------------------------------------
EMAIL = re.compile(r"[\w.+'%-]+@[\w-]+(?:\.[\w-]+)+", I)
EMAIL_SPOKEN = re.compile(
    r"\b(?:[\w+-]+ dot )*[\w.+-]+\s*(?:\(at\)|\[at\]| at )\s*[\w-]+\s*(?:\(dot\)|\[dot\]| dot |\.)\s*"
    r"(?:com|net|org|co\s*(?:dot|\.)\s*uk|uk|nhs\s*(?:dot|\.)\s*net)\b", I)
_TLD = (r"com|org|net|edu|gov|uk|io|me|info|biz|app|dev|ly|be|pl|dk|de|fr|nl|se|no|fi|es|it|pt|br|au|"
        r"nz|ca|us|eu|cz|hu|at|ch|ie|gr|ru|in|jp|cn|za|tv|co|is|ee|lt|lv|sk|si|hr|ro|bg|mx|ar|cl|online|"
        r"site|blog|shop|xyz|social|link")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+", I)
DOMAIN = re.compile(
    rf"(?<![@\w.])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLD})(?:\.(?:{_TLD}))?(?:/[^\s<>\"']*)?(?![\w@])", I)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?")
# reddit users, discord tags: "u/throwaway_123", "shadowwolf#1234"
HANDLE_OTHER = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}\b|\b[A-Za-z][A-Za-z0-9_.]{1,31}#\d{4}\b")
# user_names_like_this: an underscore between letters is a username whatever precedes it
UNDERSCORED = re.compile(r"(?<![\w@./])[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@/])")
HANDLE_CUE = re.compile(
    r"\b(?:insta(?:gram)?|ig|snap(?:chat)?|tik ?tok|twitter|fb|facebook|discord|telegram|twitch|"
    r"reddit|threads|bluesky|handle|username|user ?name|gamertag|onlyfans|kik|linkedin|pinterest|tumblr)\b\s*(?:handle|name|account|username|user name|id|tag|page)?\s*"
    r"(?:is|was|=|:|-)?\s*@?([A-Za-z0-9_][A-Za-z0-9_.]{2,29})", I)
PHONE = re.compile(
    r"(?<![\w+/.-])(?:\+|00)?\(?\d[\d \t().\-/]{5,24}\d(?:\s*(?:x|ext\.?|extn?|extension)\s*\d{1,5})?(?![\w/])",
    I)

# ---- identifiers -----------------------------------------------------------------------------------
NHS = re.compile(r"(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])")
CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d-])")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")
IPV6 = re.compile(r"\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}\b", I)
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
NI_NUMBER = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", I)
MIXED_ID = re.compile(r"(?<![\w/-])(?=[\w/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{4,}(?<![/-])(?![\w/-])")
ID_CUE = re.compile(
    r"\b(?:hospital|patient|nhs|rio|mrn|case|client|ref(?:erence)?|id|member|staff|employee|badge|payroll|"
    r"passport|licen[cs]e|account|acct|policy|claim|card|ni|national insurance|pin|bed|room|bay|locker|"
    r"cell|flat|door|probation|prisoner|prison|crn|court|tenancy|medicare|pps|ssn|social security|benefits?|"
    r"uc|pip|dvla|driving|booking|appointment|tracking|order|ticket|visa|brp|home office|ho)"
    r"\s*(?:number|no\.?|num|#)?\s*(?:is|was|:|=)?\s*#?\s*([A-Za-z]{0,3}[/-]?\d[\w/-]*)", I)
# "his probation number LS/24/00873", "case ref: AB-1234": any word then number/no./ref, then a value with a digit
NUMBER_CUE = re.compile(r"\b(?:number|no\.|num|ref(?:erence)?|id)\s*(?:is|was|:|=|-)?\s*#?\s*"
                        r"((?=[\w/-]*\d)[A-Za-z0-9][\w/-]*[A-Za-z0-9](?:[ ](?=[\w]*\d)[A-Za-z0-9]{2,6}){0,3})\b", I)
# UK number plates ("YK19 HNT", "M123 ABC"), Irish ("191-D-12345"); US and others only after a plate cue.
PLATE = re.compile(r"\b(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-Z])\b"
                   r"|\b\d{2,3}-[A-Z]{1,2}-\d{1,6}\b")
PLATE_CUE = re.compile(r"\b(?:reg|registration|number ?plate|plates?|licen[cs]e ?plate|rego)\s*"
                       r"(?:number|no\.?)?\s*(?:is|was|:|=|-)?\s*([A-Za-z0-9]{2,4}(?:[ -](?-i:[A-Z0-9]{1,4})){0,2})\b", I)
# "the 72 bus", "number 6 tram", "bus 38", "route 9": a route names where someone lives or goes.
BUS_ROUTE = re.compile(r"\b(?:(?:the|number|no\.?)\s+(\d{1,3}[A-Za-z]?)\s+(?:bus|tram|coach|night bus)"
                       r"|(?:bus|tram|route)\s+(?:number\s+|no\.?\s*)?(\d{1,3}[A-Za-z]?))\b"
                       r"(?!\s*(?:%|mins?|minutes|hours?|times|stops|late|quid|pounds))", I)
# School years stand for an age: "in year 10", "a year 9 kid".
SCHOOL_YEAR = re.compile(r"\b(?:in|a|is|was|into|for)\s+(year\s+(?:[1-9]|1[0-3]))\b(?!\s*(?:of|%|olds?|years?))", I)
# Irish Eircodes: routing key then four characters, a letter among them.
EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9A-Z]*[A-Z])[0-9AC-FHKNPRTV-Y]{4}\b")
NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                r"eighty|ninety|hundred")
BED_WORDS = re.compile(rf"\b(?:bed|room|bay)\s+((?:{NUMBER_WORDS})(?:[ -](?:{NUMBER_WORDS}))?)\b", I)

# ---- dates and ages --------------------------------------------------------------------------------
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?)"
_TIME = r"(?:[ T,]+(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?)?"
DATES = [
    re.compile(rf"(?<![\d/.-])(?:19|20)\d\d[-/.][01]?\d[-/.][0-3]?\d{_TIME}(?![\d/])", I),
    re.compile(rf"(?<![\d/.-])[0-3]?\d[/.-][01]?\d[/.-](?:19|20)?\d\d{_TIME}(?![\d/.-]?\d)", I),
    re.compile(rf"(?<![\d/.-])[01]?\d[/.-][0-3]?\d[/.-](?:19|20)?\d\d{_TIME}(?![\d/.-]?\d)", I),
    re.compile(rf"\b{_WEEKDAY}?{_DAY}(?:\s+of)?[\s-]+{_MONTH}\b\.?(?:,?[\s-]+(?:19|20)?\d\d\b)?", I),
    re.compile(rf"\b{_WEEKDAY}?{_MONTH}\.?\s+(?:the\s+)?{_DAY}\b(?:,?\s+(?:19|20)\d\d\b)?", I),
    re.compile(rf"\b{_MONTH}\.?,?\s+(?:19|20)\d\d\b", I),
    re.compile(r"(?<![\w£$€.,/-])(?:19[0-9]\d|20[0-4]\d)(?![\w%/-]|[.,]\d)"),
    re.compile(r"\b(?:19|20)\d0s\b", I),
    # "Friday 21st", "tues the 3rd"
    re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\b", I),
    # "on the 3rd", "since the 21st," (not "the 3rd time", "the 2nd floor")
    re.compile(r"\b(?:the\s+)[0-3]?\d(?:st|nd|rd|th)\b(?=\s*(?:[,.;!?)]|$)|\s+(?:of|and|at|when|so|but|"
               r"which|i|we|she|he|they|after|before|because|cos|til|till|until|for|in|on|was|is|it|this|that|then)\b)", I),
    re.compile(r"(?<=\bon |\bby )the\s+[0-3]?\d(?:st|nd|rd|th)\b(?!\s+(?:time|floor|attempt|admission|day|week|"
               r"month|year|go|try|one|person|patient|bed|room|ward|place|row|step|session|round|birthday|anniversary|"
               r"century|lesson|module|week's|stage|level|page|chapter|episode|dose|draft|call|visit|night)\b)", I),
    # days that name a date: "new years day", "Christmas Eve", "bonfire night"
    re.compile(r"\b(?:new\s+year'?s?'?\s+(?:day|eve)|christmas\s+(?:day|eve)|boxing\s+day|valentine'?s'?\s+day|"
               r"bonfire\s+night|st\.?\s+patrick'?s'?\s+day|paddy'?s\s+day|halloween|thanksgiving|anzac\s+day|"
               r"australia\s+day|independence\s+day|(?:4th|fourth)\s+of\s+july|mother'?s'?\s+day|father'?s'?\s+day|"
               r"easter\s+(?:sunday|monday)|good\s+friday|remembrance\s+(?:day|sunday)|hogmanay|burns\s+night|"
               r"st\.?\s+david'?s'?\s+day|st\.?\s+andrew'?s'?\s+day|new\s+year'?s'?)(?:,?\s+(?:19|20)\d\d)?\b", I),
]
# day/month without a year after a dating word: "left 3/3", "since 12/4"
SHORT_DATE = re.compile(r"\b(?:on|since|until|till|from|by|left|dated|due|discharged|admitted|born|before|after)\s+"
                        r"((?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]))(?![\d/.])(?!\s*(?:mood|score|pain|rating))", I)
# a zero-padded day/month on its own: "17/02 was her last visit" (not "10/10", not "3/4")
PADDED_DATE = re.compile(r"(?<![\d/.])((?:0[1-9]|[12]\d|3[01])/0[1-9]|0[1-9]/(?:0[1-9]|1[0-2]))(?![\d/.]|/\d)")
# a month on its own only where it dates a stay: "since june", "until march" ("in april" is coarse enough)
MONTH_AFTER = re.compile(rf"\b(?:since|until|till)\s+({_MONTH})\b"
                         r"(?!\s+(?:be|have|not|well|need|help|take|get|go|come|i|you|we|he|she|they))", I)
DOB_CUE = re.compile(r"\b(?:dob|d\.o\.b\.?|date of birth|born(?: on| in)?|birthday(?: is)?)\s*:?\s*"
                     r"([0-3]?\d[\s/.-][01]?\d[\s/.-]\d{2,4}|[\w ,]{3,20}?\d{2,4})\b", I)
_NOT_AGE = (r"(?!\s*(?:%|am|pm|:|\.\d|mins?|minutes|hours|days|weeks|months|times|x|of|out|past|to|o'?clock|"
            r"percent|quid|pounds|beds|people|patients|staff|nurses|miles|mg|ml|points|out of))")
_AGE_NUM = rf"(?:\d{{1,3}}|(?:{NUMBER_WORDS})(?:[ -](?:{NUMBER_WORDS}))?)"
AGES = [
    re.compile(rf"\b({_AGE_NUM})\s*-?\s*(?:years?|yrs?|yr)\s*-?\s*olds?\b", I),
    re.compile(rf"\b({_AGE_NUM})\s*-?\s*(?:yo|y/o|y\.o\.?|yrs|years of age)(?![\w])", I),
    re.compile(rf"\b(?:aged?|age:|age of|turn(?:ed|s|ing)?|turning)\s+(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+)?({_AGE_NUM})\b(?!\s*(?:%|am|pm|mins?|minutes|hours|days|weeks|months|times))", I),
    re.compile(rf"\b(?:she|he|they|who|her son|her daughter|his son|his daughter)(?:'s|’s| is| was|s| are| were)"
               rf"\s+(?:only\s+|just\s+|nearly\s+|almost\s+|like\s+|about\s+)?({_AGE_NUM})\b{_NOT_AGE}", I),
    # "kyle is nineteen and...", "joyce is 84": a number right after someone "is"
    re.compile(rf"(?<!\S)\S+ (?:is|was) (?:only |just |nearly |almost |about )?(1\d|[2-9]\d|10\d|(?:{NUMBER_WORDS})(?:[ -](?:{NUMBER_WORDS}))?)\b"
               rf"(?=\s*(?:and|but|now|today|,|\.|$|years|yrs|so|too|which|who|with|in|on))(?!\s*(?:in|on) (?:the|a)\b){_NOT_AGE}", I),
    re.compile(r"\b(?:in|into)\s+(?:his|her|their|my|your|our|early|late|mid)[\s-]+(?:early[\s-]+|late[\s-]+|mid[\s-]+)?"
               r"((?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", I),
    re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+birthday\b", I),
    # "he'll be 40 next week", "she will be seventeen"
    re.compile(rf"\b(?:he|she|they|who)(?:'ll|’ll| will)\s+be\s+({_AGE_NUM})\b(?!\s*(?:%|am|pm|mins?|minutes|hours|days|weeks|months|times|:|\.\d))", I),
    # babies: "7 months old", "six-week-old"
    re.compile(rf"\b({_AGE_NUM}\s*-?\s*(?:months?|weeks?))\s*-?\s*olds?\b", I),
    re.compile(r"\b[A-Z][a-z'’-]+, ((?:[1-9]|1\d|[2-9]\d|1[01]\d)),\s(?!\d)"),
]

# ---- postcodes -------------------------------------------------------------------------------------
UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b", I)
CA_POSTCODE = re.compile(r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b")
US_ZIP_STATE = re.compile(r"\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|"
                          r"O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|AA|AE|AP)\s+(\d{5}(?:-\d{4})?)\b")
POSTCODE_CUE = re.compile(r"\b(?:zip ?code|post ?code|postal ?code|zip|plz|cep)\s*(?:is|was|:|=)?\s*"
                          r"([A-Z0-9](?:[A-Z0-9-]| (?=\w{2,3}\b)){1,9})", I)
UK_OUTWARD_CUE = re.compile(r"\b(?:postcode|post code|area|in|near|round)\s+([A-Z]{1,2}\d{1,2}[A-Z]?)\b(?!\s*\d)")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        if text[end - 1] == ")" and "(" in text[start:end - 1]:
            break
        end -= 1
    return end


def _emails(text: str) -> Iterator[Span]:
    for m in EMAIL.finditer(text):
        yield Span(m.start(), _strip_trailing(text, m.start(), m.end()), "EMAIL", 6)
    for m in EMAIL_SPOKEN.finditer(text):
        yield Span(m.start(), m.end(), "EMAIL", 6)


def _urls(text: str) -> Iterator[Span]:
    for rx in (URL, DOMAIN):
        for m in rx.finditer(text):
            end = _strip_trailing(text, m.start(), m.end())
            if "." in text[m.start():end] and end - m.start() > 4:
                yield Span(m.start(), end, "URL", 5)


def _handles(text: str) -> Iterator[Span]:
    from peer_reflect.anonymiser.lexicon import is_english

    for m in HANDLE.finditer(text):
        yield Span(m.start(), m.end(), "HANDLE", 5)
    for m in UNDERSCORED.finditer(text):
        yield Span(m.start(), m.end(), "HANDLE", 5)
    for m in HANDLE_OTHER.finditer(text):
        yield Span(m.start(), m.end(), "HANDLE", 5)
    for m in HANDLE_CUE.finditer(text):
        handle = m.group(1).rstrip(".")
        # "insta is dead" is not a handle; "insta is lily_b" is.
        if re.search(r"[\d_.]", handle) or not is_english(handle):
            yield Span(m.start(1), m.start(1) + len(handle), "HANDLE", 5)


def _phones(text: str) -> Iterator[Span]:
    for m in PHONE.finditer(text):
        raw = m.group(0)
        core = re.split(r"\s*(?:x|ext)", raw, flags=I)[0]
        n = len(_digits(core))
        if not 7 <= n <= 15 or "\n" in raw or "  " in raw.strip():
            continue
        if raw.count("/") and n <= 8:  # 12/03/2024 is a date
            continue
        start, end = m.start(), m.end()
        if text[start] == "(" and ")" not in raw:
            start += 1
        yield Span(start, end, "PHONE", 4)


def _ids(text: str) -> Iterator[Span]:
    for m in NHS.finditer(text):
        if nhs_number_valid(_digits(m.group(0))):
            yield Span(m.start(), m.end(), "NHS_NUMBER", 7)
    for m in re.finditer(r"\bnhs\s*(?:number|no\.?|num|#)?\s*(?:is|:)?\s*(\d[\d -]{8,11}\d)", text, I):
        yield Span(m.start(1), m.end(1), "NHS_NUMBER", 7)
    for m in CARD.finditer(text):
        if luhn_valid(_digits(m.group(0))):
            yield Span(m.start(), m.end(), "ID", 5)
    for rx in (IBAN, IPV4, IPV6, SSN, NI_NUMBER):
        for m in rx.finditer(text):
            if rx is IBAN and not (iban_valid(m.group(0)) or re.search(r"\d{6}", m.group(0))):
                continue
            yield Span(m.start(), m.end(), "ID", 5)
    for m in MIXED_ID.finditer(text):
        token = m.group(0)
        digits = len(_digits(token))
        letters = sum(ch.isalpha() for ch in token)
        if digits >= 5 or (digits >= 3 and letters and any(ch.isupper() for ch in token)):
            yield Span(m.start(), m.end(), "ID", 2)
    for m in ID_CUE.finditer(text):
        end = _strip_trailing(text, m.start(1), m.end(1))
        yield Span(m.start(1), end, "ID", 4)
    for m in BED_WORDS.finditer(text):
        yield Span(m.start(1), m.end(1), "ID", 4)
    for m in NUMBER_CUE.finditer(text):
        yield Span(m.start(1), _strip_trailing(text, m.start(1), m.end(1)), "ID", 2)
    for m in PLATE.finditer(text):
        yield Span(m.start(), m.end(), "ID", 4)
    for m in PLATE_CUE.finditer(text):
        if re.search(r"\d", m.group(1)) and re.search(r"[A-Za-z]", m.group(1)):
            yield Span(m.start(1), m.end(1), "ID", 4)


def _dates(text: str) -> Iterator[Span]:
    for rx in DATES:
        for m in rx.finditer(text):
            yield Span(m.start(), _strip_trailing(text, m.start(), m.end()), "DATE", 3)
    for m in PADDED_DATE.finditer(text):
        yield Span(m.start(1), m.end(1), "DATE", 3)
    for m in SHORT_DATE.finditer(text):
        yield Span(m.start(1), m.end(1), "DATE", 3)
    for m in MONTH_AFTER.finditer(text):
        yield Span(m.start(1), m.end(1), "DATE", 3)
    for m in DOB_CUE.finditer(text):
        if re.search(r"\d", m.group(1)):
            yield Span(m.start(1), m.end(1), "DATE", 3)


def _ages(text: str) -> Iterator[Span]:
    for rx in AGES:
        for m in rx.finditer(text):
            yield Span(m.start(1), m.end(1), "AGE", 3)
    for m in SCHOOL_YEAR.finditer(text):
        yield Span(m.start(1), m.end(1), "AGE", 3)


def _routes(text: str) -> Iterator[Span]:
    for m in BUS_ROUTE.finditer(text):
        g = 1 if m.group(1) else 2
        yield Span(m.start(g), m.end(g), "PLACE", 3)


def _postcodes(text: str) -> Iterator[Span]:
    for m in EIRCODE.finditer(text):
        yield Span(m.start(), m.end(), "POSTCODE", 5)
    for rx in (UK_POSTCODE, CA_POSTCODE):
        for m in rx.finditer(text):
            # Lower-case "a1 2bc" still counts, but a postcode needs a digit in both halves.
            yield Span(m.start(), m.end(), "POSTCODE", 5)
    for rx in (US_ZIP_STATE, POSTCODE_CUE, UK_OUTWARD_CUE):
        for m in rx.finditer(text):
            end = _strip_trailing(text, m.start(1), m.end(1))
            if re.search(r"\d", text[m.start(1):end]):
                yield Span(m.start(1), end, "POSTCODE", 5)


RECOGNISERS: tuple[Callable[[str], Iterator[Span]], ...] = (
    _emails, _urls, _handles, _phones, _ids, _dates, _ages, _postcodes, _routes,
)


# Helplines and emergency numbers identify nobody (and the bot gives them out itself).
PUBLIC_NUMBERS = frozenset("""
116123 85258 741741 50808 51444 1800247247 08005858 0800585858 03001233393 08088084994 08001111 0800068414
08000684141 131114 1300224636 03003047000 08082000247 111 999 911 988 112 08457909090 08000556112 0800689999
""".split())


def find_structured(text: str) -> list[Span]:
    """Every structured identifier the regexes see in `text`."""
    spans: list[Span] = []
    for recogniser in RECOGNISERS:
        spans.extend(recogniser(text))
    return [s for s in spans if s.end > s.start and not (
        s.label in {"PHONE", "ID"} and _digits(text[s.start:s.end]) in PUBLIC_NUMBERS)]
