"""The indicator mini-language: plain phrases a supervisor can read, compiled to token matchers.

Kept deliberately small (no regular expressions); `SYNTAX_HELP` is the whole language and is printed at
the top of every codebook file.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from peer_reflect.themes.text import Token, tokenize

SYNTAX_HELP = """\
Indicator syntax (one indicator per line; a theme is coded when any one indicator matches):
  plain words      told her about my admission   words in this order; case, plurals, verb endings
                   (tell/told/telling), contractions (I'm/im), he/she/they/his/her (also [PERSON_1])
                   do not matter; a/an/the and fillers (actually, really, even, exactly, honestly,
                   basically, literally) are skipped
  word*            restrain*        any word starting with "restrain" (at least 3 letters before *;
                   a final e is optional, so share* also finds sharing)
  a/b/c            number/mobile    any one of these single words (for alternative phrases, write
                                    separate indicators)
  (words)          (personal) number   the words in brackets are optional
  [TYPE]           [WARD]           an anonymiser placeholder such as [WARD_1]
  ?                near 6 (job, ?)  a question mark counts as a word (rhetorical questions)
  near N (a, b)    near 6 (asked, my number)   every phrase appears within N words, in one sentence,
                   in any order
  @name            near 5 (@staff, thanked me)   any entry of the word list "name" (defined once under
                   word_lists at the end of the file; entries are words or phrases, word* allowed);
                   mixes with the other forms: @staff/manager, (@staff)
  ... unless (a, b)  I chose not to unless (story, share*)   not when one of these phrases is in the
                   same sentence (ends any indicator, near groups too)"""

_LEX_RE = re.compile(r"\(|\)|,|[^\s(),]+")
# Regex habits that would silently match nothing here: escapes, anchors, alternation bars, repeats, classes.
_REGEX_CHARS = re.compile(r"[\\^$|{}]|\.[*+]|\[[^\]]*[^A-Za-z0-9_\]][^\]]*\]")
_NO_ONE_RE = re.compile(r"\bno[ -]one\b", re.IGNORECASE)
_MAX_WINDOW = 40
_MAX_EXPANSIONS = 256
_MIN_PREFIX = 3
_LIST_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class PatternError(ValueError):
    """An indicator that does not follow `SYNTAX_HELP`; the message says what is wrong."""


@dataclass(frozen=True)
class Matcher:
    """Matches one token: by its key, or by the start of its lower-cased word (`word*`)."""

    keys: frozenset[str]
    prefixes: tuple[str, ...]

    def matches(self, token: Token) -> bool:
        return token.key in self.keys or (bool(self.prefixes) and token.word.startswith(self.prefixes))


Sequence = tuple[Matcher, ...]
WordLists = Mapping[str, tuple[Sequence, ...]]


@dataclass(frozen=True)
class Phrase:
    """All concrete token sequences one phrase can take once its options are expanded."""

    sequences: tuple[Sequence, ...]

    @property
    def min_length(self) -> int:
        return min(len(s) for s in self.sequences)


@dataclass(frozen=True)
class Indicator:
    """A compiled indicator: one phrase, or several that must fall within `window` words (near).

    `exceptions` are phrases that cancel a match when one of them occurs in the same sentence.
    """

    text: str
    parts: tuple[Phrase, ...]
    window: int | None = None
    exceptions: tuple[Phrase, ...] = ()


def _alternative(word: str, indicator: str) -> tuple[Matcher, ...]:
    """One alternative of a slot ("restrain*", "didn't", "[WARD]") as a token sequence."""
    wildcard = word.endswith("*")
    core = word[:-1] if wildcard else word
    if "*" in core:
        raise PatternError(f"{indicator!r}: '*' may only end a word, found {word!r}")
    if core == "?" and not wildcard:  # a question mark is a word of its own (see tokenize)
        return (Matcher(frozenset({"?"}), ()),)
    tokens = tokenize(core)
    if wildcard:
        if not tokens or len(tokens[-1].word) < _MIN_PREFIX or not tokens[-1].word.isalnum():
            raise PatternError(
                f"{indicator!r}: {word!r} needs at least {_MIN_PREFIX} letters before '*'"
            )
        *head, last = tokens
        # "share*" should also catch "sharing": a final silent e is not part of the prefix.
        prefix = last.word[:-1] if len(last.word) > _MIN_PREFIX and last.word.endswith("e") else last.word
        return tuple(Matcher(frozenset({t.key}), ()) for t in head) + (Matcher(frozenset(), (prefix,)),)
    return tuple(Matcher(frozenset({t.key}), ()) for t in tokens)


def _word_list(word: str, indicator: str, word_lists: WordLists | None) -> tuple[Sequence, ...]:
    """The entries of the word list named by "@name"."""
    name = word[1:].lower()
    if word_lists is None or name not in word_lists:
        known = ", ".join(f"@{n}" for n in sorted(word_lists or {})) or "none defined"
        raise PatternError(f"{indicator!r}: unknown word list {word!r} (known: {known})")
    return word_lists[name]


def _slot(chunk: str, indicator: str, word_lists: WordLists | None = None) -> list[Sequence]:
    """The sequences one whitespace-separated chunk ("a/b/c*", "@staff") can match; single words merge."""
    words = chunk.split("/")
    if any(not w for w in words):
        raise PatternError(f"{indicator!r}: empty alternative in {chunk!r} (check the '/' signs)")
    keys: set[str] = set()
    prefixes: list[str] = []
    multi: list[Sequence] = []
    for word in words:
        entries = _word_list(word, indicator, word_lists) if word.startswith("@") else (
            _alternative(word, indicator),)
        for seq in entries:
            _merge(seq, keys, prefixes, multi)
    single = [(Matcher(frozenset(keys), tuple(prefixes)),)] if keys or prefixes else []
    return single + multi


def _merge(seq: Sequence, keys: set[str], prefixes: list[str], multi: list[Sequence]) -> None:
    """Add one alternative to a slot: single-token alternatives join one matcher, longer ones stay apart."""
    if len(seq) == 1:
        keys |= seq[0].keys
        prefixes.extend(seq[0].prefixes)
    elif seq:
        multi.append(seq)
    else:
        multi.append(())  # "the" alone: an alternative that matches nothing extra


def _phrase(lexemes: list[str], indicator: str, optional: bool = False,
            word_lists: WordLists | None = None) -> Phrase:
    """Compile the lexemes of one phrase, expanding optional groups and multi-word alternatives."""
    options: list[list[Sequence]] = []
    required = 0
    i = 0
    while i < len(lexemes):
        lex = lexemes[i]
        if lex == "(":
            close = _find_close(lexemes, i, indicator)
            inner = lexemes[i + 1 : close]
            if not inner:
                raise PatternError(f"{indicator!r}: empty brackets ()")
            if "(" in inner:
                raise PatternError(f"{indicator!r}: optional words cannot be nested")
            group = _phrase(inner, indicator, optional=True, word_lists=word_lists)
            options.append(list(group.sequences) + [()])
            i = close + 1
            continue
        if lex == ")":
            raise PatternError(f"{indicator!r}: ')' without a matching '('")
        if lex == ",":  # ordinary punctuation outside a near group
            i += 1
            continue
        options.append(_slot(lex, indicator, word_lists))
        required += 1
        i += 1
    if not required and not optional:
        raise PatternError(f"{indicator!r}: every word is optional, so it would match anything")
    sequences: set[Sequence] = set()
    for count, combo in enumerate(itertools.product(*options)):
        if count >= _MAX_EXPANSIONS:
            raise PatternError(f"{indicator!r}: too many combinations; split it into several indicators")
        flat = tuple(m for seq in combo for m in seq)
        if flat:
            sequences.add(flat)
    if not sequences and not optional:
        raise PatternError(f"{indicator!r}: has no words to match (articles such as 'the' are ignored)")
    return Phrase(tuple(sorted(sequences, key=_sequence_order)))


def _sequence_order(seq: Sequence) -> tuple:
    return (-len(seq), [sorted(m.keys) + list(m.prefixes) for m in seq])


def _find_close(lexemes: list[str], open_at: int, indicator: str) -> int:
    for j in range(open_at + 1, len(lexemes)):
        if lexemes[j] == ")":
            return j
    raise PatternError(f"{indicator!r}: '(' without a matching ')'")


def _near(lexemes: list[str], indicator: str, word_lists: WordLists | None) -> Indicator:
    if len(lexemes) < 4 or not lexemes[1].isdigit() or lexemes[2] != "(" or lexemes[-1] != ")":
        raise PatternError(f"{indicator!r}: write near groups as: near 5 (first phrase, second phrase)")
    window = int(lexemes[1])
    if not 1 <= window <= _MAX_WINDOW:
        raise PatternError(f"{indicator!r}: the near distance must be between 1 and {_MAX_WINDOW}")
    inner = lexemes[3:-1]
    chunks: list[list[str]] = [[]]
    depth = 0
    for lex in inner:
        depth += {"(": 1, ")": -1}.get(lex, 0)
        if depth < 0:
            raise PatternError(f"{indicator!r}: ')' without a matching '('")
        if lex == "," and depth == 0:
            chunks.append([])
        else:
            chunks[-1].append(lex)
    if depth != 0:
        raise PatternError(f"{indicator!r}: '(' without a matching ')'")
    if len(chunks) < 2 or any(not c for c in chunks):
        raise PatternError(f"{indicator!r}: near needs at least two non-empty phrases separated by commas")
    parts = tuple(_phrase(c, indicator, word_lists=word_lists) for c in chunks)
    if sum(p.min_length for p in parts) > window:
        hint = (" (a/b picks one single word: 'not sure/no idea' reads as 'not (sure or no) idea'; for"
                " alternative phrases use a word list or separate indicators)") if "/" in indicator else ""
        raise PatternError(f"{indicator!r}: the phrases are longer than the near distance {window}{hint}")
    return Indicator(indicator, parts, window)


def compile_word_lists(lists: Mapping[str, object]) -> dict[str, tuple[Sequence, ...]]:
    """Compile the codebook's word lists ({name: [entries]}); entries are words or phrases, word* allowed."""
    compiled: dict[str, tuple[Sequence, ...]] = {}
    for name, entries in lists.items():
        where = f"word list {name!r}"
        if not isinstance(name, str) or not _LIST_NAME_RE.match(name):
            raise PatternError(f"{where}: names are lower-case letters, digits and _ (used as @name)")
        if not isinstance(entries, list) or not entries:
            raise PatternError(f"{where}: must be a non-empty list of words or phrases")
        sequences: list[Sequence] = []
        for position, entry in enumerate(entries, start=1):
            if not isinstance(entry, str) or not entry.strip():
                raise PatternError(f"{where}: item {position} is empty or not text")
            text = " ".join(_NO_ONE_RE.sub("nobody", entry).split())
            if _REGEX_CHARS.search(text) or any(c in text for c in "()/,@"):
                raise PatternError(f"{where}: item {position} {entry!r}: plain words only (word* allowed)")
            sequence = tuple(m for word in text.split() for m in _alternative(word, f"{name}: {entry}"))
            if not sequence:
                raise PatternError(f"{where}: item {position} {entry!r} has no words to match")
            sequences.append(sequence)
        compiled[name] = tuple(dict.fromkeys(sequences))
    return compiled


def parse_indicator(indicator: str, word_lists: WordLists | None = None) -> Indicator:
    """Compile one indicator, or raise `PatternError` explaining the problem.

    `word_lists` are compiled lists (`compile_word_lists`) that "@name" refers to.
    """
    if not isinstance(indicator, str) or not indicator.strip():
        raise PatternError("empty indicator")
    text = " ".join(indicator.split())
    if _REGEX_CHARS.search(text):
        raise PatternError(
            f"{text!r}: looks like a regular expression; use plain words, word*, a/b, (optional) or near"
        )
    # "no one" is one word to the tokenizer; keep "nobody/no one" from splitting into two slots.
    lexemes = _LEX_RE.findall(_NO_ONE_RE.sub("nobody", text))
    lexemes, exceptions = _split_unless(lexemes, text, word_lists)
    if lexemes[0].lower() == "near" and len(lexemes) > 1 and (lexemes[1].isdigit() or lexemes[1] == "("):
        indicator = _near(lexemes, text, word_lists)
    else:
        indicator = Indicator(text, (_phrase(lexemes, text, word_lists=word_lists),))
    return Indicator(indicator.text, indicator.parts, indicator.window, exceptions) if exceptions else indicator


def _split_unless(lexemes: list[str], indicator: str,
                  word_lists: WordLists | None) -> tuple[list[str], tuple[Phrase, ...]]:
    """Split off a final "unless (a, b)" group: phrases that cancel the match in the same sentence."""
    positions = [i for i, lex in enumerate(lexemes) if lex.lower() == "unless"]
    if not positions:
        return lexemes, ()
    at = positions[-1]
    if at == 0 or at + 1 >= len(lexemes) or lexemes[at + 1] != "(" or lexemes[-1] != ")":
        raise PatternError(f"{indicator!r}: write exceptions at the end as: unless (phrase, other phrase)")
    inner = lexemes[at + 2 : -1]
    chunks: list[list[str]] = [[]]
    for lex in inner:
        if lex in "()":
            raise PatternError(f"{indicator!r}: no brackets inside unless (...)")
        if lex == ",":
            chunks.append([])
        else:
            chunks[-1].append(lex)
    if any(not c for c in chunks):
        raise PatternError(f"{indicator!r}: unless needs phrases separated by commas")
    return lexemes[:at], tuple(_phrase(c, indicator, word_lists=word_lists) for c in chunks)
