"""REFI-QDA codebook exchange (.qdc): carry the codebook into NVivo, ATLAS.ti, MAXQDA or QualCoder and back.

The exchange format has room for a code's name and a free-text description only, so the description holds
everything else in a plain layout a researcher can read and edit:

    <definition>

    Indicators:
    - <indicator>
    ...

    Word lists:
    - @<name>: <entry>, <entry>, ...

    Theme id: <id>

A theme's description carries the word lists its indicators use (@name), so each code reads on its own;
lists no theme uses travel with the first code. Importing gathers them back into one set.

Each code's guid is derived from the theme id (uuid5), so exporting twice gives the same file and tools that
match codes by guid keep their coding. Importing falls back to the guid, then to the code name, for codes a
researcher created without an id line.
"""
from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from peer_reflect.themes.codebook import Codebook, CodebookError

NAMESPACE = "urn:QDA-XML:codebook:1.0"
SCHEMA_LOCATION = f"{NAMESPACE} http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"
_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://peer-reflect.invalid/codebook")
_ORIGIN_RE = re.compile(r"Peer Reflect codebook version (\S+)")
_ID_LINE_RE = re.compile(r"^Theme id:\s*(\S+)\s*$", re.MULTILINE)
_LIST_LINE_RE = re.compile(r"^-\s*@([A-Za-z0-9_]+)\s*:\s*(.*)$")
_PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
            "#666666", "#1f78b4", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#b15928")

ET.register_namespace("", NAMESPACE)


def theme_guid(theme_id: str) -> str:
    """The stable REFI-QDA guid of a theme id."""
    return str(uuid.uuid5(_GUID_NAMESPACE, theme_id))


def _description(definition: str, indicators: tuple[str, ...], theme_id: str,
                 word_lists: dict[str, tuple[str, ...]] | None = None) -> str:
    lines = [definition, "", "Indicators:", *(f"- {i}" for i in indicators)]
    if word_lists:
        lines += ["", "Word lists:", *(f"- @{name}: {', '.join(entries)}" for name, entries in word_lists.items())]
    lines += ["", f"Theme id: {theme_id}"]
    return "\n".join(lines)


def to_qdc_xml(codebook: Codebook) -> str:
    """The codebook as a REFI-QDA codebook document."""
    root = ET.Element(f"{{{NAMESPACE}}}CodeBook", {"origin": f"Peer Reflect codebook version {codebook.declared_version}"})
    root.set("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
    root.set("xsi:schemaLocation", SCHEMA_LOCATION)
    codes = ET.SubElement(root, f"{{{NAMESPACE}}}Codes")
    used = {name for theme in codebook.themes for name in codebook.lists_used_by(theme)}
    unused = [name for name in codebook.word_lists if name not in used]
    for index, theme in enumerate(codebook.themes):
        names = codebook.lists_used_by(theme) + (unused if index == 0 else [])
        lists = {name: codebook.word_lists[name] for name in codebook.word_lists if name in names}
        code = ET.SubElement(codes, f"{{{NAMESPACE}}}Code", {
            "guid": theme_guid(theme.id), "name": theme.name, "isCodable": "true",
            "color": _PALETTE[index % len(_PALETTE)],
        })
        ET.SubElement(code, f"{{{NAMESPACE}}}Description").text = _description(
            theme.definition, theme.indicators, theme.id, lists)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def export_qdc(codebook: Codebook, path: str | Path) -> Path:
    """Write the codebook to a .qdc file."""
    path = Path(path)
    path.write_text(to_qdc_xml(codebook), encoding="utf-8")
    return path


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return slug if slug and slug[0].isalpha() else f"theme_{slug}"


def _parse_description(text: str) -> tuple[str, list[str], str | None, dict[str, list[str]]]:
    """(definition, indicators, theme id or None, word lists) from a code description."""
    text = text.replace("\r\n", "\n").strip()
    match = _ID_LINE_RE.search(text)
    theme_id = match.group(1) if match else None
    if match:
        text = (text[: match.start()] + text[match.end():]).strip()
    definition, _, rest = text.partition("Indicators:")
    rest, _, lists_text = rest.partition("\nWord lists:")
    indicators = [line.strip()[1:].strip() for line in rest.splitlines() if line.strip().startswith("-")]
    word_lists: dict[str, list[str]] = {}
    for line in lists_text.splitlines():
        found = _LIST_LINE_RE.match(line.strip())
        if found:
            word_lists[found.group(1)] = [e.strip() for e in found.group(2).split(",") if e.strip()]
    return " ".join(definition.split()), indicators, theme_id, word_lists


def from_qdc_xml(document: str | bytes, source: str = "codebook.qdc") -> Codebook:
    """Build a validated codebook from a REFI-QDA codebook document; nested codes are flattened in order."""
    raw = document.encode("utf-8") if isinstance(document, str) else document
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:  # entity tricks have no place in a codebook
        raise CodebookError(f"{source}: document type declarations are not accepted")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise CodebookError(f"{source}: not valid XML: {exc}") from exc
    if root.tag != f"{{{NAMESPACE}}}CodeBook":
        raise CodebookError(f"{source}: expected a <CodeBook> in namespace {NAMESPACE}, found {root.tag}")
    guid_to_id: dict[str, str] = {}
    themes = []
    word_lists: dict[str, list[str]] = {}
    for number, code in enumerate(root.iter(f"{{{NAMESPACE}}}Code"), start=1):
        name = (code.get("name") or "").strip()
        description = code.findtext(f"{{{NAMESPACE}}}Description") or ""
        definition, indicators, theme_id, lists = _parse_description(description)
        for list_name, entries in lists.items():
            if list_name in word_lists and word_lists[list_name] != entries:
                raise CodebookError(f"{source}: word list @{list_name} differs between codes (see code {name!r})")
            word_lists.setdefault(list_name, entries)
        theme_id = theme_id or guid_to_id.get(code.get("guid", "")) or _slug(name or f"code {number}")
        guid_to_id[code.get("guid", "")] = theme_id
        themes.append({"id": theme_id, "name": name, "definition": definition or name, "indicators": indicators})
    origin = _ORIGIN_RE.search(root.get("origin", ""))
    data = {"version": origin.group(1) if origin else "1", "themes": themes}
    if word_lists:
        data["word_lists"] = word_lists
    return Codebook.from_dict(data, source=source)


def import_qdc(path: str | Path) -> Codebook:
    """Read a .qdc file into a validated codebook (write it out with `Codebook.save`)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CodebookError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return from_qdc_xml(data, source=str(path))
