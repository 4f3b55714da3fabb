"""Saving with a safety net: when the database is down, the anonymised record waits in the outbox and a
background thread keeps retrying until it lands, so the worker never has to retype anything."""
from __future__ import annotations

import logging
import threading

from peer_reflect.storage import ReflectionRecord, SaveOutcome, Store

logger = logging.getLogger(__name__)
RETRY_SECONDS = 15.0


class Saver:
    def __init__(self, store: Store, retry_seconds: float = RETRY_SECONDS) -> None:
        self.store = store
        self._retry_seconds = retry_seconds
        self._lock = threading.Lock()
        self._retrying: threading.Thread | None = None
        self._stop = threading.Event()
        self._schema_ready = False

    def ensure_schema(self) -> bool:
        """Migrate once per process; a database that is down now is migrated when it comes back."""
        if not self._schema_ready:
            try:
                self.store.migrate()
                self._schema_ready = True
            except Exception as exc:
                logger.warning("Database not ready for migration (%s); will retry", type(exc).__name__)
        return self._schema_ready

    def save(self, record: ReflectionRecord) -> SaveOutcome:
        self.ensure_schema()  # if the database is down, save_reflection queues the record
        outcome = self.store.save_reflection(record)
        if outcome == SaveOutcome.QUEUED:
            self.retry_in_background()
        return outcome

    def retry_in_background(self) -> None:
        with self._lock:
            if self._retrying and self._retrying.is_alive():
                return
            self._retrying = threading.Thread(target=self._retry_until_empty, name="outbox-retry", daemon=True)
            self._retrying.start()

    def _retry_until_empty(self) -> None:
        while not self._stop.wait(self._retry_seconds):
            if not self.ensure_schema():
                continue
            try:
                self.store.flush_outbox()
            except Exception as exc:  # still down: try again later
                logger.info("Outbox flush failed (%s); retrying in %.0f s", type(exc).__name__, self._retry_seconds)
                continue
            if self.store.outbox_size() == 0:
                return

    def close(self) -> None:
        self._stop.set()
