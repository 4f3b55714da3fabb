"""What the dependency parse says about one harm act in one sentence: is the act itself negated, and
is it told in the past tense?

A negation counts only when it governs the act: it sits on the act's verb, or on a verb or noun that
controls the act without a new clause in between ("not going to kill myself", "don't want to die",
"no plans to end it", "not suicidal"). A negation on a verb of telling or knowing that merely embeds
the act ("haven't told anyone that i'm going to kill myself") does not reach it, because the path
from the act to that verb passes a clause boundary (ccomp, advcl, relcl...).

Only sentences that hold a cue and a negation or past word are parsed, so the parser's cost (a few
milliseconds per sentence) is paid rarely. Without spaCy nothing is read as negated or past: the
screen then errs towards flagging.
"""
from __future__ import annotations

import threading

# Dependency labels that keep us inside the act's own clause on the way up to its controller.
_SAME_CLAUSE = {"xcomp", "aux", "auxpass", "prep", "pobj", "pcomp", "acl", "dobj", "amod", "compound",
                "acomp", "attr", "oprd", "nmod"}
_NEG_DETERMINERS = {"no", "never", "nothing", "none", "nobody", "neither", "nor", "without"}
_PAST_TAGS = {"VBD"}

_lock = threading.Lock()
_state: dict[str, object] = {}


def _load():
    if "nlp" not in _state:
        with _lock:
            if "nlp" not in _state:
                try:
                    import spacy

                    from peer_reflect.nlp import _resolve
                    from peer_reflect.settings import get_settings
                    _state["nlp"] = spacy.load(_resolve(get_settings().spacy_model),
                                               exclude=["ner", "lemmatizer", "senter", "attribute_ruler"])
                except Exception:   # no model installed: flag rather than guess a negation
                    _state["nlp"] = None
    return _state["nlp"]


def preload() -> None:
    """Start loading the parser in the background (once), so the first message that needs a parse does
    not wait seconds for spaCy to import."""
    if "started" not in _state:
        _state["started"] = True
        threading.Thread(target=_load, name="risk-parser-load", daemon=True).start()


def available() -> bool:
    return _load() is not None


_cache: dict[str, object] = {}
_CACHE_SIZE = 2048


def parse(sentence: str):
    """The parse of one sentence (cached: the guards of several matches may ask about the same one)."""
    if sentence not in _cache:
        parse_many([sentence])
    return _cache.get(sentence)


def parse_many(sentences: list[str]) -> None:
    """Parse the sentences not parsed yet in one batch (cheaper than one by one)."""
    nlp = _load()
    todo = list(dict.fromkeys(s for s in sentences if s not in _cache))
    if nlp is None or not todo:
        return
    if len(_cache) + len(todo) > _CACHE_SIZE:
        _cache.clear()
    for sentence, doc in zip(todo, nlp.pipe(todo)):
        _cache[sentence] = doc


def _act_token(doc, start: int, end: int):
    """The head-most token inside the character span [start, end) of the act."""
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return None
    verbs = [t for t in inside if t.tag_.startswith(("VB", "JJ", "NN", "MD"))] or inside
    return min(verbs, key=lambda t: len(list(t.ancestors)))


def _parsed_act(sentence: str, start: int, end: int):
    """The act's token in the (cached) parse of its sentence, or None without a parser or a token."""
    doc = parse(sentence)
    return None if doc is None else _act_token(doc, start, end)


def _controllers(token):
    """The act and every word above it reached without crossing a clause boundary."""
    node = token
    yield node
    while node.dep_ in _SAME_CLAUSE and node.head is not node:
        node = node.head
        yield node


def negated(sentence: str, start: int, end: int) -> bool:
    """True when a negation governs the act at [start, end) of `sentence`."""
    token = _parsed_act(sentence, start, end)
    if token is None:
        return False
    for node in _controllers(token):
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ in ("det", "advmod", "nsubj") and child.lower_ in _NEG_DETERMINERS):
                return True
    return False


def past_tense(sentence: str, start: int, end: int) -> bool:
    """True when the act, or the verb that controls it ("tried to kill myself"), is in the simple past."""
    token = _parsed_act(sentence, start, end)
    if token is None:
        return False
    for node in _controllers(token):
        if node.tag_ in _PAST_TAGS:
            return not any(c.dep_ == "aux" and c.lower_ in ("have", "'ve", "has", "'s") for c in node.children)
        if node.tag_ in ("VBP", "VBZ", "MD") or any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ", "MD")
                                                   for c in node.children):
            return False
    return False
