"""A durable local queue: one JSON file per item, so nothing acknowledged is lost while the database is down.

Files are written atomically (temporary file, fsync, rename, fsync of the folder), so a crash leaves either
the whole item or nothing. An item is removed only after the database has committed it; replaying an item
twice is harmless because every item carries a unique key the database enforces.
Items hold only anonymised, pseudonymous data, the same as the database.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

SUFFIX = ".json"
REJECTED_DIR = "rejected"


@dataclass(frozen=True)
class OutboxItem:
    path: Path
    kind: str  # "reflection" | "safety_event"
    payload: dict


class Outbox:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def put(self, kind: str, key: str, payload: dict) -> Path:
        """Store an item under its unique key; putting the same key again replaces it (no duplicates)."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        name = f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:32]}{SUFFIX}"
        target = self.directory / name
        data = json.dumps({"kind": kind, "payload": payload}, ensure_ascii=False).encode("utf-8")
        fd, tmp_name = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=SUFFIX)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        self._sync_directory()
        return target

    def items(self) -> Iterator[OutboxItem]:
        """Queued items, oldest first. Unreadable files are moved aside rather than blocking the queue."""
        if not self.directory.is_dir():
            return
        paths = sorted(self.directory.glob(f"*{SUFFIX}"), key=_age_then_name)
        for path in paths:
            if path.name.startswith("."):
                continue
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                item = OutboxItem(path=path, kind=raw["kind"], payload=raw["payload"])
            except FileNotFoundError:
                continue  # another process saved and removed it meanwhile
            except (ValueError, KeyError, TypeError):
                self._reject(path)
                continue
            yield item

    def reject(self, item: OutboxItem, reason: str) -> None:
        """Set aside an item the database refuses (not a connection problem) for a person to look at."""
        logger.error("Outbox item %s refused (%s); moved to %s", item.path.name, reason, REJECTED_DIR)
        self._reject(item.path, quiet=True)

    def remove_worker(self, worker_id: str) -> dict[str, int]:
        """Delete every queued or set-aside item of one worker; returns how many of each kind."""
        removed: dict[str, int] = {}
        folders = [self.directory, self.directory / REJECTED_DIR]
        for path in (path for folder in folders if folder.is_dir() for path in folder.glob(f"*{SUFFIX}")):
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
            except (FileNotFoundError, ValueError):
                continue
            if isinstance(raw, dict) and raw.get("payload", {}).get("worker_id") == worker_id:
                path.unlink(missing_ok=True)
                removed[raw.get("kind", "")] = removed.get(raw.get("kind", ""), 0) + 1
        if removed:
            self._sync_directory()
        return removed

    def remove(self, item: OutboxItem) -> None:
        item.path.unlink(missing_ok=True)
        self._sync_directory()

    def size(self) -> int:
        if not self.directory.is_dir():
            return 0
        return sum(1 for path in self.directory.glob(f"*{SUFFIX}") if not path.name.startswith("."))

    def _reject(self, path: Path, quiet: bool = False) -> None:
        rejected = self.directory / REJECTED_DIR
        rejected.mkdir(exist_ok=True, mode=0o700)
        if not quiet:
            logger.error("Outbox item %s is unreadable; moved to %s", path.name, REJECTED_DIR)
        os.replace(path, rejected / path.name)
        self._sync_directory()

    def _sync_directory(self) -> None:
        # The rename or unlink is durable only once the folder entry itself is on disk.
        fd = os.open(self.directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _age_then_name(path: Path) -> tuple[float, str]:
    try:
        return (path.stat().st_mtime, path.name)
    except FileNotFoundError:
        return (0.0, path.name)
