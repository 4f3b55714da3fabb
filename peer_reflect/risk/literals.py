"""Cheap, sound pre-checks for regular expressions: the literal words every match must contain.

Scanning a 1,000-character message with a few hundred complex patterns costs milliseconds, although
most patterns cannot match (their key words are absent). `required(pattern)` reads the pattern's syntax
tree and returns groups of literals: every match contains at least one literal of every group. A
pattern whose groups are not all present in the text is skipped without running it, so the verdicts
are exactly those of running every pattern, only faster.
"""
from __future__ import annotations

import re
try:   # Python 3.11 moved the parser
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from re import _constants as C  # type: ignore[attr-defined]
except ImportError:   # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_MIN_LEN = 3        # a literal shorter than this ("a", "is") says nothing
_MAX_LITERALS = 150  # a group with more literals costs more to check than it saves
_MAX_GROUPS = 6

Group = frozenset   # one of these literals must occur

# Words in almost every message: a group that contains one filters nothing, so such groups are checked last.
_COMMON = frozenset("""the and her his him she they them their was were for with that this have had has but not you
all are one out get got going want wants said says about like just really what when there some then been from would
could can did didn't don't i'm it's know time day today shift work his him who how any our she's he's they're
went into over back after before because much more well very even still also of in on at to is it my me be do
so up no or if as by own one again down off feel felt found take took than too way""".split())


def _rank(group: frozenset) -> tuple:
    """Sort key: groups without everyday words first, then long literals, then few literals."""
    return (any(w.strip() in _COMMON for w in group), -min(len(w.strip()) for w in group), len(group))


def _best(groups: list[frozenset]) -> frozenset | None:
    """The most selective single group: long literals, few of them."""
    usable = [g for g in groups if g and min(len(w.strip()) for w in g) >= _MIN_LEN]
    if not usable:
        return None
    return min(usable, key=_rank)


def _sequence(items) -> list[frozenset]:
    groups: list[frozenset] = []
    run = ""
    for op, arg in items:
        if op is C.LITERAL:
            run += chr(arg)
            continue
        if run:
            groups.append(frozenset([run]))
            run = ""
        groups.extend(_node(op, arg))
    if run:
        groups.append(frozenset([run]))
    return groups


def _node(op, arg) -> list[frozenset]:
    if op is C.SUBPATTERN:
        return _sequence(arg[-1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, item = arg
        return _sequence(item) if low >= 1 else []
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            best = _best(_sequence(branch))
            if best is None:
                return []
            union |= best
        return [frozenset(union)]
    return []   # character classes, anchors, lookarounds, back-references: no literal requirement


def required(pattern: re.Pattern | str) -> tuple[frozenset, ...]:
    """Groups of literals that every match of `pattern` contains (at most _MAX_GROUPS, most selective first)."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    if flags & re.IGNORECASE:
        return ()
    groups = [g for g in _sequence(sre_parse.parse(source, flags))
              if g and min(len(w.strip()) for w in g) >= _MIN_LEN and len(g) <= _MAX_LITERALS]
    groups.sort(key=_rank)
    return tuple(groups[:_MAX_GROUPS])


def present(groups: tuple[frozenset, ...], text: str) -> bool:
    """False when some group has none of its literals in `text` (the pattern cannot match)."""
    return all(any(lit in text for lit in group) for group in groups)
