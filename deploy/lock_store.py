"""A Redis lock store whose tickets are issued and returned atomically, for several Rasa servers.

Rasa 3.6's `RedisLockStore` reads the conversation's ticket lock, changes it in Python and writes it back
(GET, then SET). Two Rasa servers taking a message of the same conversation at the same moment can both
read "no lock", both issue ticket 0 and both handle their message at once; one server's tracker then
overwrites the other's and a message is silently lost (tests/production/test_scale_out.py shows it with the
stock store). Here every read-modify-write of a lock is one optimistic Redis transaction (WATCH/MULTI/EXEC,
retried on conflict), waiting messages poll every 50 ms instead of every second, and a lock key expires
on its own if the server holding it dies.

Configure it in place of `type: redis` (same settings):

    lock_store:
      type: deploy.lock_store.AtomicRedisLockStore
      url: ${REDIS_HOST}
      ...

Rasa imports it from the working directory (`rasa run` puts the current directory on sys.path).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Optional, Text, Tuple

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.05
KEY_GRACE_SECONDS = 60  # a lock key outlives its last ticket by this much, then Redis drops it

Mutation = Callable[[Optional[TicketLock]], Tuple[Any, Optional[TicketLock]]]


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            settings = dict(endpoint_config.kwargs)
            settings.pop("type", None)
            kwargs = {**settings, **kwargs, "host": endpoint_config.url or kwargs.get("host", "localhost")}
        for name in ("port", "db"):
            if name in kwargs and kwargs[name] not in (None, ""):
                kwargs[name] = int(kwargs[name])
        if "socket_timeout" in kwargs:
            kwargs["socket_timeout"] = float(kwargs["socket_timeout"])
        super().__init__(**kwargs)

    # -- one transaction per change -----------------------------------------------------------------

    def _change(self, conversation_id: Text, mutate: Mutation) -> Any:
        """Apply `mutate(lock) -> (result, lock or None to delete)` atomically; returns result."""
        key = self.key_prefix + conversation_id

        def transaction(pipe) -> Any:  # noqa: ANN001 - a redis-py Pipeline
            raw = pipe.get(key)
            lock = TicketLock.from_dict(json.loads(raw)) if raw else None
            result, changed = mutate(lock)
            pipe.multi()
            if changed is None or not changed.tickets:
                pipe.delete(key)
            else:
                pipe.set(key, changed.dumps(), ex=_expiry_seconds(changed))
            return result

        return self.red.transaction(transaction, key, value_from_callable=True)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def mutate(lock: TicketLock | None) -> tuple[int, TicketLock]:
            lock = lock or self.create_lock(conversation_id)
            lock.remove_expired_tickets()
            return lock.issue_ticket(lock_lifetime), lock

        try:
            return self._change(conversation_id, mutate)
        except Exception as error:  # noqa: BLE001 - Rasa expects LockError
            raise LockError(f"Error while acquiring lock. Error:\n{type(error).__name__}: {error}") from error

    def update_lock(self, conversation_id: Text) -> None:
        def mutate(lock: TicketLock | None) -> tuple[None, TicketLock | None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return None, lock

        self._change(conversation_id, mutate)

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        def mutate(lock: TicketLock | None) -> tuple[None, TicketLock | None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return None, lock

        self._change(conversation_id, mutate)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        # finish_serving already deletes the key once no ticket is left, in the same transaction.
        self.finish_serving(conversation_id, ticket_number)

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: Text,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = POLL_SECONDS,
    ) -> AsyncGenerator[TicketLock, None]:
        # Rasa's agent asks for a 1 s poll; a queued message of a busy conversation then waits up to 1 s
        # after its turn has come. 50 ms costs Redis a GET per waiting message per poll, nothing else.
        async with super().lock(conversation_id, lock_lifetime, min(wait_time_in_seconds, POLL_SECONDS)) as held:
            yield held


def _expiry_seconds(lock: TicketLock) -> int:
    import time

    latest = max(ticket.expires for ticket in lock.tickets)
    return max(1, int(latest - time.time()) + KEY_GRACE_SECONDS)
