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

    def save(self, record: ReflectionRecord) -> SaveOutcome:
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
            try:
                self.store.flush_outbox()
            except Exception:  # the database is still down: try again later
                logger.info("Outbox flush failed; will retry in %.0f s", self._retry_seconds)
                continue
            if self.store.outbox_size() == 0:
                return

    def close(self) -> None:
        self._stop.set()
