"""Load the risk cue files (cues/self.yml, cues/service_user.yml, cues/others.yml) and check them.

The files are the rules; this module implements their format (cues/README.md) and refuses a file that
breaks it, so a new cue cannot silently weaken the explicit floor: an explicit cue may only declare
the guards that DESIGN.md allows to lower an explicit statement (FLOOR_GUARDS).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .literals import required

CUE_DIR = Path(__file__).with_name("cues")
KIND_FILES = ("self", "service_user", "others")
FLOOR_GUARDS = frozenset({"negation", "past", "third_person", "quoted_training"})
CONTEXT_GUARDS = frozenset({"hyperbole", "grief", "training", "hypothetical", "ordinary_reason", "mundane"})
ALL_GUARDS = FLOOR_GUARDS | CONTEXT_GUARDS
WHO = ("fixed", "subject", "sentence")
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_KEYS = {"id", "pattern", "explicit", "guards", "requires", "unless", "who", "examples"}


class CueFileError(ValueError):
    """A cue file breaks the format; the message names the file and the cue."""


@dataclass(frozen=True)
class Cue:
    id: str
    kind: str
    pattern: re.Pattern
    explicit: bool = False
    guards: frozenset = frozenset()
    requires: re.Pattern | None = None
    unless: re.Pattern | None = None
    who: str = "fixed"
    positive: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    source: str = field(default="", compare=False)
    literals: tuple = field(default=(), compare=False)   # literals.required(pattern): a cheap pre-check


def expand(text: str, vocab: dict[str, str]) -> str:
    """Replace {NAME} by its vocabulary fragment (wrapped in a group), recursively."""
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in vocab:
            raise CueFileError(f"unknown vocabulary name {{{name}}}")
        return f"(?:{vocab[name]})"
    for _ in range(5):
        if not _MACRO.search(text):
            return text
        text = _MACRO.sub(sub, text)
    raise CueFileError("vocabulary nests too deeply")


@lru_cache(maxsize=None)
def vocabulary(cue_dir: Path = CUE_DIR) -> dict[str, str]:
    raw = yaml.safe_load((cue_dir / "vocab.yml").read_text(encoding="utf-8")) or {}
    vocab: dict[str, str] = {}
    for name, fragment in raw.items():
        vocab[name] = expand(str(fragment), vocab)
    return vocab


@lru_cache(maxsize=None)
def compiled_vocabulary(cue_dir: Path = CUE_DIR) -> dict[str, re.Pattern]:
    return {name: re.compile(fragment) for name, fragment in vocabulary(cue_dir).items()}


def _compile(text: str, vocab: dict[str, str], where: str) -> re.Pattern:
    try:
        return re.compile(expand(text, vocab))
    except (re.error, CueFileError) as exc:
        raise CueFileError(f"{where}: {exc}") from exc


def _cue(raw: dict, kind: str, vocab: dict[str, str], where: str) -> Cue:
    unknown = set(raw) - _KEYS
    if unknown:
        raise CueFileError(f"{where}: unknown keys {sorted(unknown)}")
    if not raw.get("id") or not raw.get("pattern"):
        raise CueFileError(f"{where}: every cue needs an id and a pattern")
    where = f"{where} ({raw['id']})"
    explicit = bool(raw.get("explicit", False))
    guards = frozenset(raw.get("guards") or ())
    if guards - ALL_GUARDS:
        raise CueFileError(f"{where}: unknown guards {sorted(guards - ALL_GUARDS)}")
    if explicit and kind != "self":
        raise CueFileError(f"{where}: only self cues can be explicit")
    if explicit and (guards - FLOOR_GUARDS or raw.get("unless")):
        raise CueFileError(f"{where}: an explicit cue may only use {sorted(FLOOR_GUARDS)} (no 'unless')")
    who = raw.get("who", "fixed")
    if who not in WHO:
        raise CueFileError(f"{where}: who must be one of {WHO}")
    examples = raw.get("examples") or {}
    positive, negative = tuple(examples.get("positive") or ()), tuple(examples.get("negative") or ())
    if not positive or not negative:
        raise CueFileError(f"{where}: needs at least one positive and one negative example")
    pattern = _compile(raw["pattern"], vocab, where)
    if "act" not in pattern.groupindex:
        raise CueFileError(f"{where}: the pattern needs a named group (?P<act>...) around the harm act")
    return Cue(
        id=raw["id"], kind=kind, pattern=pattern, explicit=explicit, guards=guards,
        requires=_compile(raw["requires"], vocab, where) if raw.get("requires") else None,
        unless=_compile(raw["unless"], vocab, where) if raw.get("unless") else None,
        who=who, positive=positive, negative=negative, source=where, literals=required(pattern),
    )


@lru_cache(maxsize=None)
def load(cue_dir: Path = CUE_DIR) -> tuple[Cue, ...]:
    """Every cue of every kind file, checked and compiled."""
    vocab = vocabulary(cue_dir)
    cues: list[Cue] = []
    seen: set[str] = set()
    for kind in KIND_FILES:
        path = cue_dir / f"{kind}.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if data.get("kind") != kind:
            raise CueFileError(f"{path.name}: 'kind' must be {kind!r}")
        for i, raw in enumerate(data.get("cues") or ()):
            cue = _cue(raw, kind, vocab, f"{path.name} cue {i + 1}")
            if cue.id in seen:
                raise CueFileError(f"{path.name}: duplicate cue id {cue.id!r}")
            seen.add(cue.id)
            cues.append(cue)
    return tuple(cues)
