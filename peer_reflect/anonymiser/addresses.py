"""Street addresses (number + street, European "Street 12", PO and military boxes, flats and suites),
the lines that follow them (town, region code, country, postcode), and streets named on their own.
"""
from __future__ import annotations

import re
from typing import Iterator

from peer_reflect.anonymiser.lexicon import FUNCTION_WORDS, is_english, keep_terms, places, safe_proper
from peer_reflect.anonymiser.types import Span

I = re.IGNORECASE
_WORD = r"[^\W\d_][\w'’.-]*"
SUFFIX = (r"street|streets|st|road|rd|avenue|ave|av|lane|ln|drive|dr|close|way|court|courts|ct|crescent|cres|"
          r"place|pl|terrace|terr|gardens|gdns|grove|square|sq|boulevard|blvd|highway|hwy|parkway|pkwy|row|"
          r"mews|walk|hill|rise|view|parade|circle|cir|trail|trl|path|estate|crossing|vale|wynd|brae|"
          r"passage|pass|extension|extensions|cove|coves|parks|gateway|junction|loop|ridge|heights|meadows?|"
          r"fields|common|wharf|quay|embankment|broadway|drove|chase|croft|green|greens|park|end|gate|approach|"
          r"creek|harbor|harbour|mill|mills|bridge|forge|forges|union|bypass|turnpike|radial|route|flats?|"
          r"club|island|point|pines|plains|port|ranch|rapids|shoals|springs?|station|summit|trace|tunnel|"
          r"valley|viaduct|villages?|wells?|crest|stream|spur|key|coves|burg|fort|ford|fords|glen|haven|"
          r"hollow|landing|lodge|manor|oval|plaza|prairie|rest|shore|shores|skyway|throughway|trafficway|"
          r"underpass|vista|ville|ways|knoll|lake|lakes|locks|isle|junctions|inlet|divide|dale|dam|cliffs?|"
          r"canyon|cape|causeway|center|centre|corner|corners|crossroad|curve|expressway|freeway|garden|"
          r"grn|hills|light|lights|loaf|mall|motorway|neck|orchard|overpass|pike|ramp|ridges|row|run|"
          r"squares|stravenue|trails|walks|wall")
FOREIGN_HEAD = (r"u|rue|rua|rúa|via|viale|vicolo|calle|carrer|avenida|avda|strada|piazza|ul|ulica|plac|"
                r"chemin|paseo|camino|largo|travessa|estrada|aleja|náměstí|namesti|ulice|trg|cesta|ulitsa|"
                r"heol|ffordd|stryd|lôn|sráid|sraid|bóthar|bothar|rathad|sràid")
FOREIGN_TAIL = re.compile(
    r"(?:vej|vei|veien|gade|gata|gatan|vägen|väg|katu|tie|kuja|polku|straße|strasse|str|weg|laan|straat|"
    r"plein|utca|út|tér|ter|gasse|allee|platz|ring|dijk|kade|gracht|steig|damm|ufer|torget|stræde|"
    r"stien|bakken|vegur|gränd|backe|brauta|braut|gata|tee|iela|gatve|ulica|utcája)\.?$", I)

NUMBER_STREET = re.compile(
    rf"(?<![\w-])(?:\d{{1,6}}[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?,?[ \t]+){{1,3}}((?:{_WORD}[ \t]+){{0,3}}?)(?:{SUFFIX})\b\.?", I)
WORD_NUMBER = re.compile(rf"((?:{_WORD}[ \t]+){{0,4}})({_WORD})[ \t]+(\d{{1,5}}[A-Za-z]?(?:[-/]\d+)?)\b(?![/.:-]\d)\.?")
LEADING_NUMBERS = re.compile(r"(?:\d{1,6}[A-Za-z]?,?[ \t]+){1,2}$")
BOXES = [
    re.compile(r"\b(?:PSC|CMR|Unit)\s+\d+,?\s+Box\s+\d+(?:\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)"
               r"\s+\d{5})?", I),
    re.compile(r"\b(?:USNS|USNV|USS|USCGC)\s+[\w'-]+(?:\s*\n?\s*(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?", I),
    re.compile(r"\b(?:P\.?\s?O\.?\s?Box|Postbox|Post Box|PO Box)\s+\d+", I),
    re.compile(r"\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b", I),
]
# "31 Rue Al Imam Al Bakri", "rue du centre 320", "C/ Señores Curas 88": the street word comes first.
HEAD_FIRST = re.compile(rf"(?<![\w-])(?:\d{{1,6}}[A-Za-z]?,?[ \t]+){{0,2}}(?:{FOREIGN_HEAD}|c/)\.?[ \t]+"
                        rf"((?:[^\W\d_][\w'’.-]*|\d{{1,5}}[A-Za-z]?\b)(?:[ \t]+(?:[^\W\d_][\w'’.-]*|\d{{1,5}}[A-Za-z]?\b)){{0,6}})", I)
FLAT = re.compile(r"\b(?:apt|apartment|suite|ste|flat|unit|floor|fl)\.?\s*#?\s*\d+[A-Za-z]?\b", I)
# Full stops inside a street name ("ul. Cicha 86", "39.") belong to it; "(?<=...)" needs fixed widths.
_NAME_CHAR = r"(?:[^\n.?!;]|(?<=\b\w)\.|(?<=\b\w\w)\.|(?<=\b\w\w\w)\.)"
CORNER = re.compile(r"\b(corner of\s+(?:the\s+)?" + _NAME_CHAR + r"{3,80}?)(?=\s*(?:[.?!;]\s|[.?!;]?$|\n|,\s+(?:and|but)\b))", I)
ADDRESS_CUE = re.compile(r"\b(?:address|addr)\s*(?:is|was|:|-)\s*(?::\s*)?", I)
STREET_ALONE = re.compile(rf"\b((?:[A-Z][\w'’-]+[ \t]+){{1,3}})((?i:{SUFFIX}))\b")
STREET_ALONE_LOWER = re.compile(r"\b([a-z][\w'’-]+)\s+(street|road|lane|avenue|drive|close|crescent|terrace)\b")

FOREIGN_WORDS = {"tee", "tér", "ter", "gata", "gatan", "katu", "vej", "vei", "straße", "strasse", "str", "weg",
                 "laan", "straat", "utca", "út", "allee", "platz", "gasse", "kapu", "rkp", "körút", "krt", "sor",
                 "trg", "ulica", "cesta", "iela", "gade", "stræde", "tie", "kuja", "väg", "vägen"}
STREET_PREPS = {"on", "off", "along", "down", "up", "near", "round", "from", "to", "at", "in", "onto", "past"}
GENERIC_STREET = {"high", "main", "side", "back", "busy", "long", "same", "other", "next", "wrong", "right",
                  "quiet", "dark", "open", "whole", "one-way", "country", "ring", "slip", "dirt", "new", "old"}
CONNECTORS = {"de", "do", "da", "dos", "das", "del", "della", "di", "la", "le", "les", "van", "von", "der",
              "den", "nad", "pod", "upon", "on", "sur", "am", "im", "an", "y", "e", "el", "al", "of", "and",
              "z", "na", "w", "i", "u", "ze", "ul"}
_ABBREV = {"st", "u", "ul", "apt", "ave", "rd", "dr", "str", "pl", "ste", "fl", "nr", "mt", "ft"}
_EXT_TOKEN = re.compile(r"\(?[^\W_][^\s,;]*|\d[\d-]*")
_POSTCODE_START = re.compile(r"(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4,5})\b", I)
_SEPARATOR = re.compile(r"[ \t]*(?:[,>\n]|\s)[\s,>]*")


def _word_ok(word: str) -> bool:
    """A word that can stand in a street or town name (not 'the', not 'recovery college')."""
    w = word.strip(".,").casefold()
    return bool(w) and w not in FUNCTION_WORDS and w not in keep_terms()


def _extend(text: str, end: int, limit: int = 10) -> int:
    """Swallow the town, region code, country and postcode that follow a street line."""
    best = end
    pos = end
    for _ in range(limit):
        sep = _SEPARATOR.match(text, pos)
        if not sep or "\n\n" in sep.group(0).replace(" ", ""):
            break
        m = _EXT_TOKEN.match(text, sep.end())
        if not m:
            break
        token = m.group(0).rstrip(".?!")
        tok_end = m.start() + len(token)
        token = token.strip("()")
        if not token:
            break
        low = token.casefold()
        if FLAT.match(text, m.start()):
            pos = best = FLAT.match(text, m.start()).end()
            continue
        if token[0].isdigit():
            if len(re.sub(r"\D", "", token)) > 10:
                break
            pos = best = tok_end
            continue
        if token[0].isupper() and (low not in FUNCTION_WORDS or len(token) > 1 and token.isupper()) \
                and low not in keep_terms():
            pos = best = tok_end
            if text[tok_end:tok_end + 1] == "." and low in _ABBREV:
                pos = best = tok_end + 1
            continue
        if low in places() and not is_english(low):
            pos = best = tok_end
            continue
        peek = _SEPARATOR.match(text, tok_end)
        if low in places() and peek and _POSTCODE_START.match(text, peek.end()):
            pos = best = tok_end  # "hull hu3 2dd": a town that is a word, then its postcode
            continue
        if low in CONNECTORS:
            pos = tok_end
            continue
        if len(token) <= 3 and not is_english(low):  # "nan" in a broken form, then the postcode
            pos = tok_end
            continue
        if token.isalpha() and not is_english(low) and low not in keep_terms():
            pos = best = tok_end  # a town typed in lower case: "begunje na gorenjskem"
            continue
        break
    return best


def _is_streetish(word: str) -> bool:
    bare = word.rstrip(".")
    low = bare.casefold()
    if re.fullmatch(FOREIGN_HEAD, low, I):
        return True
    if FOREIGN_TAIL.search(low) and not is_english(low):  # "Koskikatu", not "ring"
        return True
    if low in FOREIGN_WORDS:  # "Luite tee 87", "Erzsébet tér 19"
        return True
    if low in keep_terms() or low in safe_proper():
        return False
    return bare[:1].isupper() and not is_english(low) or not bare.isascii() and not is_english(low)


def _street_start(text: str, m: re.Match) -> int:
    """Walk left from the word before the number over the rest of the street name."""
    start = m.start(2)
    words = m.group(1).split()
    kept = start
    for word in reversed(words):
        low = word.casefold()
        if low in CONNECTORS:
            start = text.rfind(word, 0, start)
            continue
        if not _word_ok(word) or is_english(word) and not word[:1].isupper():
            break
        start = kept = text.rfind(word, 0, start)
    return kept


def find_addresses(text: str) -> Iterator[Span]:
    for m in NUMBER_STREET.finditer(text):
        middle = m.group(1).split()
        if any(w.casefold() in FUNCTION_WORDS for w in middle):
            continue
        yield Span(m.start(), _extend(text, m.end()), "ADDRESS", 8)
    for m in WORD_NUMBER.finditer(text):
        start = _street_start(text, m)
        lead = LEADING_NUMBERS.search(text, 0, start)
        # "Koskikatu 25", "ul. Miła 53"; a lower-case unknown word needs a house number before it too.
        if not _is_streetish(m.group(2)) and not (lead and len(m.group(2)) >= 5 and not is_english(m.group(2))):
            continue
        if lead:
            start = lead.start()
        yield Span(start, _extend(text, m.end()), "ADDRESS", 8)
    for rx in BOXES:
        for m in rx.finditer(text):
            lead = LEADING_NUMBERS.search(text, 0, m.start())
            yield Span(lead.start() if lead else m.start(), _extend(text, m.end()), "ADDRESS", 8)
    for m in HEAD_FIRST.finditer(text):
        # Keep the words up to the house number, or while they still look like a name.
        words = re.finditer(r"\S+", m.group(1))
        end = m.start(1)
        for w in words:
            word = w.group(0)
            if word[0].isdigit():
                end = m.start(1) + w.end()
                break
            low = word.casefold().rstrip(".,")
            if low in CONNECTORS or word[:1].isupper() or not is_english(low):
                end = m.start(1) + w.end()
                continue
            break
        if end > m.start(1):
            yield Span(m.start(), _extend(text, end), "ADDRESS", 8)
    for m in FLAT.finditer(text):
        yield Span(m.start(), _extend(text, m.end()), "ADDRESS", 7)
    for m in CORNER.finditer(text):
        yield Span(m.start(1), m.end(1), "ADDRESS", 7)
    for m in ADDRESS_CUE.finditer(text):
        nxt = re.match(r"\s*(\d[\w-]*|[A-Z][\w'’.-]*)", text[m.end():])
        if nxt and (nxt.group(1)[0].isdigit() or not is_english(nxt.group(1))):
            start = m.end() + nxt.start(1)
            yield Span(start, _extend(text, start + len(nxt.group(1))), "ADDRESS", 7)


def find_streets(text: str) -> Iterator[Span]:
    """Streets named without a number ("lives off Brick Lane") are places."""
    for m in STREET_ALONE.finditer(text):
        if not m.group(2)[0].isupper():
            continue
        words = m.group(1).split()
        while words and (not _word_ok(words[0]) or words[0].casefold() in {"high", "main"} and len(words) == 1):
            words = words[1:]
        if words:
            start = m.start(1) + m.group(1).find(words[0])
            yield Span(start, m.end(), "PLACE", 3)
    for m in STREET_ALONE_LOWER.finditer(text):
        word = m.group(1)
        before = text[max(0, m.start() - 8):m.start()].split()
        on_street = bool(before) and before[-1].casefold() in STREET_PREPS
        if _word_ok(word) and word.casefold() not in GENERIC_STREET and (not is_english(word) or on_street):
            yield Span(m.start(), m.end(), "PLACE", 3)
