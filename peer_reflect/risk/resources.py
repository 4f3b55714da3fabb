"""Load and check the crisis resources file (`resources.yml`, or the file named by RESOURCES_PATH).

A broken or incomplete file must fail loudly at start-up, not when someone is at risk, so every
region is validated when the file is read.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import yaml

from peer_reflect.settings import get_settings

DEFAULT_PATH = Path(__file__).with_name("resources.yml")
# Read directly (not via Settings) so a site can point at its own copy; documented in resources.yml.
PATH_VARIABLE = "RESOURCES_PATH"


class ResourcesError(ValueError):
    """The resources file is missing, malformed, or has no entry for the requested region."""


def resources_path() -> Path:
    override = os.environ.get(PATH_VARIABLE, "").strip()
    return Path(override) if override else DEFAULT_PATH


def _text(value: object, where: str) -> str:
    if not isinstance(value, (str, int)) or not str(value).strip():
        raise ResourcesError(f"{where} must be a non-empty string")
    return str(value).strip()


def _validate_region(code: str, entry: object, path: Path) -> dict:
    where = f"{path}: regions.{code}"
    if not isinstance(entry, dict):
        raise ResourcesError(f"{where} must be a mapping")
    contacts = entry.get("contacts")
    if not isinstance(contacts, list) or not contacts:
        raise ResourcesError(f"{where}.contacts must be a non-empty list")
    checked = []
    for i, contact in enumerate(contacts):
        if not isinstance(contact, dict):
            raise ResourcesError(f"{where}.contacts[{i}] must be a mapping with name and how")
        checked.append({"name": _text(contact.get("name"), f"{where}.contacts[{i}].name"),
                        "how": _text(contact.get("how"), f"{where}.contacts[{i}].how")})
    return {
        "region": code,
        "name": _text(entry.get("name", code), f"{where}.name"),
        "emergency_number": _text(entry.get("emergency_number"), f"{where}.emergency_number"),
        "emergency": _text(entry.get("emergency"), f"{where}.emergency"),
        "contacts": checked,
    }


@lru_cache(maxsize=8)
def _load_file(path: Path, mtime: float) -> dict[str, dict]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourcesError(f"resources file not found: {path}") from exc
    except yaml.YAMLError as exc:
        raise ResourcesError(f"resources file is not valid YAML: {path}: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("regions"), dict) or not raw["regions"]:
        raise ResourcesError(f"{path}: expected a top-level 'regions' mapping with at least one region")
    return {str(code).upper(): _validate_region(str(code).upper(), entry, path)
            for code, entry in raw["regions"].items()}


def load_all(path: Path | None = None) -> dict[str, dict]:
    path = Path(path) if path else resources_path()
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise ResourcesError(f"resources file not found: {path}") from exc
    return _load_file(path, mtime)


def load_resources(region: str | None = None, *, path: str | Path | None = None) -> dict:
    """The validated contacts for `region` (default: RESOURCES_REGION from settings, e.g. "UK").

    Returns {"region", "name", "emergency_number", "emergency", "contacts": [{"name", "how"}]};
    a fresh copy, so callers may modify it.
    """
    code = (region or get_settings().resources_region or "UK").strip().upper()
    regions = load_all(Path(path) if path else None)
    if code not in regions:
        known = ", ".join(sorted(regions))
        raise ResourcesError(f"unknown resources region {code!r}; known: {known}. "
                             f"Set RESOURCES_REGION in .env to one of these or add the region to "
                             f"{Path(path) if path else resources_path()}")
    entry = regions[code]
    return {**entry, "contacts": [dict(c) for c in entry["contacts"]]}
