"""The codebook: a YAML file of themes a supervisor edits, validated with errors that name the entry.

Theme ids are a contract (reports, tests and benchmarks use them); names, definitions and indicators are
free to change. `version` combines the declared version with a digest of the content and of the matching
rules, and (when the statistical backstop covers any of its themes, see `model.py`) the model's fingerprint,
so anything stored with it can tell whether it was coded under the current rules and model.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from peer_reflect.themes.model import ThemeModel, packaged_model
from peer_reflect.themes.patterns import SYNTAX_HELP, PatternError, WordLists, compile_word_lists, parse_indicator
from peer_reflect.themes.text import MATCHING_RULES_VERSION

PACKAGED_CODEBOOK = Path(__file__).with_name("codebook.yml")

_TOP_KEYS = ("version", "themes", "word_lists")
_THEME_KEYS = ("id", "name", "definition", "indicators")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_LIST_REF_RE = re.compile(r"@([A-Za-z][A-Za-z0-9_]*)")
PACKAGED = "packaged"  # default for `model`: the shipped backstop (theme_model.json)


class CodebookError(ValueError):
    """The codebook file is missing, not YAML, or breaks a rule; the message names the entry and field."""


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    definition: str
    indicators: tuple[str, ...]


class Codebook:
    """A validated, ordered set of themes. Build it with `load` or `from_dict`, never half-valid."""

    def __init__(self, themes: list[Theme], declared_version: str, path: Path | None = None,
                 word_lists: dict[str, tuple[str, ...]] | None = None,
                 model: ThemeModel | None | str = PACKAGED) -> None:
        self.themes = list(themes)
        self.declared_version = declared_version
        self.path = path
        # Named vocabularies ("@staff") shared by indicators: name -> entries as written.
        self.word_lists = dict(word_lists or {})
        self.compiled_word_lists: WordLists = compile_word_lists({k: list(v) for k, v in self.word_lists.items()})
        self._by_id = {t.id: t for t in self.themes}
        content = {"rules": MATCHING_RULES_VERSION, **self.to_dict()}
        digest = hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
        # The statistical backstop codes only the themes it was trained on; a codebook that has none of them
        # (a new codebook, a test) is coded by its indicators alone.
        if model == PACKAGED:
            model = packaged_model()
        self.model: ThemeModel | None = model if model is not None and model.covers(self.ids) else None
        self.version = f"{declared_version}-{digest[:8]}"
        if self.model is not None:
            self.version += f"-m{self.model.fingerprint}"

    def rules_only(self) -> Codebook:
        """The same codebook without the statistical backstop (indicators only; its own version)."""
        return Codebook(self.themes, self.declared_version, self.path, self.word_lists, model=None)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Codebook:
        """Read and validate a codebook file (default: CODEBOOK_PATH, else the packaged codebook)."""
        if path is None:
            from peer_reflect.settings import get_settings

            path = get_settings().codebook_path or PACKAGED_CODEBOOK
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CodebookError(f"{path}: cannot read the codebook ({exc.strerror or exc})") from exc
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc)
            raise CodebookError(f"{path}: not valid YAML{where}: {problem}") from exc
        return cls.from_dict(data, source=str(path), path=path)

    @classmethod
    def from_dict(cls, data: Any, source: str = "codebook", path: Path | None = None) -> Codebook:
        """Validate already-parsed data (the YAML structure) and build a codebook."""
        if not isinstance(data, dict):
            raise CodebookError(f"{source}: expected a mapping with 'version' and 'themes' at the top")
        _reject_unknown(data, _TOP_KEYS, f"{source}: top level")
        version = data.get("version")
        if not isinstance(version, (str, int, float)) or isinstance(version, bool) or not str(version).strip():
            raise CodebookError(f"{source}: 'version' is missing or empty (for example: version: 1)")
        entries = data.get("themes")
        if not isinstance(entries, list) or not entries:
            raise CodebookError(f"{source}: 'themes' must be a non-empty list of themes")
        word_lists = _word_lists(data.get("word_lists"), source)
        compiled = compile_word_lists({k: list(v) for k, v in word_lists.items()})
        themes: list[Theme] = []
        first_seen: dict[str, int] = {}
        for number, entry in enumerate(entries, start=1):
            theme = _theme(entry, number, source, compiled)
            if theme.id in first_seen:
                raise CodebookError(
                    f"{source}: theme entry {number}: duplicate id {theme.id!r} "
                    f"(already used by entry {first_seen[theme.id]})"
                )
            first_seen[theme.id] = number
            themes.append(theme)
        return cls(themes, str(version).strip(), path, word_lists)

    def get(self, theme_id: str) -> Theme:
        try:
            return self._by_id[theme_id]
        except KeyError:
            raise KeyError(f"no theme {theme_id!r} in the codebook; known ids: {', '.join(self._by_id)}") from None

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "version": self.declared_version,
            "themes": [
                {"id": t.id, "name": t.name, "definition": t.definition, "indicators": list(t.indicators)}
                for t in self.themes
            ],
        }
        if self.word_lists:
            data["word_lists"] = {name: list(entries) for name, entries in self.word_lists.items()}
        return data

    def lists_used_by(self, theme: Theme) -> list[str]:
        """Names of the word lists that a theme's indicators refer to (as @name), in codebook order."""
        used = {m.group(1).lower() for i in theme.indicators for m in _LIST_REF_RE.finditer(i)}
        return [name for name in self.word_lists if name in used]

    def to_yaml(self) -> str:
        """The codebook as an editable YAML file, headed by the indicator syntax."""
        header = "\n".join(f"# {line}".rstrip() for line in SYNTAX_HELP.splitlines())
        body = yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True, width=110)
        return f"# Peer Reflect codebook. Theme ids are a contract: rename names, not ids.\n{header}\n\n{body}"

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.to_yaml(), encoding="utf-8")
        return path

    def __repr__(self) -> str:
        return f"Codebook(version={self.version!r}, themes={len(self.themes)}, path={self.path})"


def _reject_unknown(mapping: dict, allowed: tuple[str, ...], where: str) -> None:
    for key in mapping:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise CodebookError(f"{where}: unknown field {key!r}{hint}; allowed: {', '.join(allowed)}")


def _text_field(entry: dict, key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CodebookError(f"{where}: field {key!r} is missing or empty")
    return " ".join(value.split())


def _word_lists(raw: Any, source: str) -> dict[str, tuple[str, ...]]:
    """Validate the optional `word_lists` mapping ({name: [word or phrase, ...]})."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise CodebookError(f"{source}: 'word_lists' must map a name to a list of words or phrases")
    lists: dict[str, tuple[str, ...]] = {}
    for name, entries in raw.items():
        try:
            compile_word_lists({name: entries})
        except PatternError as exc:
            raise CodebookError(f"{source}: {exc}") from None
        lists[name] = tuple(" ".join(e.split()) for e in entries)
    return lists


def _theme(entry: Any, number: int, source: str, word_lists: WordLists | None = None) -> Theme:
    where = f"{source}: theme entry {number}"
    if not isinstance(entry, dict):
        raise CodebookError(f"{where}: expected a mapping with {', '.join(_THEME_KEYS)}")
    if isinstance(entry.get("id"), str):
        where = f"{source}: theme {entry['id']!r} (entry {number})"
    _reject_unknown(entry, _THEME_KEYS, where)
    theme_id = _text_field(entry, "id", where)
    if not _ID_RE.match(theme_id):
        raise CodebookError(f"{where}: field 'id' must be lower-case letters, digits and _ (got {theme_id!r})")
    name = _text_field(entry, "name", where)
    definition = _text_field(entry, "definition", where)
    raw_indicators = entry.get("indicators")
    if not isinstance(raw_indicators, list) or not raw_indicators:
        raise CodebookError(f"{where}: field 'indicators' must be a non-empty list of phrases")
    indicators: list[str] = []
    for position, item in enumerate(raw_indicators, start=1):
        if not isinstance(item, str) or not item.strip():
            raise CodebookError(f"{where}: field 'indicators' item {position} is empty or not text")
        try:
            parse_indicator(item, word_lists)
        except PatternError as exc:
            raise CodebookError(f"{where}: field 'indicators' item {position}: {exc}") from None
        indicators.append(" ".join(item.split()))
    return Theme(theme_id, name, definition, tuple(indicators))
