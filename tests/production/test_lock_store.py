"""The lock store used for scale-out, against the real Redis: Rasa's RedisLockStore hands the same ticket to two
servers that ask at the same moment; deploy.lock_store.AtomicRedisLockStore never does. Fast (no Rasa server)."""
from __future__ import annotations

import asyncio
import threading
import time
import uuid

import pytest
from rasa.core.lock_store import RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from deploy.lock_store import AtomicRedisLockStore
from peer_reflect.ops import services

pytestmark = [pytest.mark.production, pytest.mark.redis]


@pytest.fixture
def prefix(redis_prefix):
    yield f"{redis_prefix}{uuid.uuid4().hex[:6]}"


def stores(cls, prefix: str, n: int):
    host, port = services.redis_address()
    if cls is AtomicRedisLockStore:  # built by Rasa from endpoints.yml: `type: deploy.lock_store...`
        config = EndpointConfig(url=host, port=str(port), db=1, key_prefix=prefix, password="", socket_timeout=5)
        return [cls(endpoint_config=config) for _ in range(n)]
    return [cls(host=host, port=port, db=1, key_prefix=prefix) for _ in range(n)]


def test_stock_redis_lock_store_gives_two_servers_the_same_ticket(prefix):
    """The interleaving two Rasa servers can hit: both read the lock before either writes it."""
    a, b = stores(RedisLockStore, prefix, 2)
    lock_a, lock_b = a.get_or_create_lock("conv"), b.get_or_create_lock("conv")
    ticket_a, ticket_b = lock_a.issue_ticket(60), lock_b.issue_ticket(60)
    a.save_lock(lock_a)
    b.save_lock(lock_b)
    assert ticket_a == ticket_b == 0
    assert not a.get_lock("conv").is_locked(ticket_a) and not b.get_lock("conv").is_locked(ticket_b)
    a.delete_lock("conv")


def test_atomic_lock_store_issues_unique_tickets_under_contention(prefix):
    servers = stores(AtomicRedisLockStore, prefix, 8)
    tickets: list[int] = []
    guard = threading.Lock()

    def take(store):
        for _ in range(25):
            ticket = store.issue_ticket("conv", 60)
            with guard:
                tickets.append(ticket)

    threads = [threading.Thread(target=take, args=(s,)) for s in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(tickets) == list(range(200))
    for ticket in tickets:
        servers[0].cleanup("conv", ticket)
    assert servers[0].get_lock("conv") is None, "the key is removed with its last ticket"


def test_atomic_lock_store_serialises_turns_and_expires_its_key(prefix):
    servers = stores(AtomicRedisLockStore, prefix, 4)
    inside, overlaps, order = 0, 0, []

    async def turn(store, i):
        nonlocal inside, overlaps
        async with store.lock("conv"):
            inside += 1
            overlaps += inside > 1
            order.append(i)
            await asyncio.sleep(0.02)
            inside -= 1

    async def main():
        await asyncio.gather(*(turn(servers[i % 4], i) for i in range(20)))

    started = time.monotonic()
    asyncio.run(main())
    assert overlaps == 0 and sorted(order) == list(range(20))
    assert time.monotonic() - started < 5, "waiting turns poll every 50 ms, not every second"
    store = servers[0]
    store.issue_ticket("other", 2)
    ttl = store.red.ttl(store.key_prefix + "other")
    assert 0 < ttl <= 2 + 60, "a lock left by a crashed server expires by itself"
