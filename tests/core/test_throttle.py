"""Per-sender flood control: a burst, then a steady rate, and a cap on messages processed at once."""
from __future__ import annotations

import pytest

from peer_reflect.ops.throttle import SenderThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_admitted_then_refused_until_tokens_refill():
    clock = Clock()
    throttle = SenderThrottle(burst=5, rate=1.0, max_in_flight=100, clock=clock)
    for _ in range(5):
        assert throttle.try_acquire("a") is None
        throttle.release("a")
    wait = throttle.try_acquire("a")
    assert wait == pytest.approx(1.0)
    clock.now += 1.0
    assert throttle.try_acquire("a") is None


def test_a_person_typing_is_never_refused():
    """A whole long conversation sent back to back (one turn every 100 ms) stays within the defaults."""
    clock = Clock()
    throttle = SenderThrottle(clock=clock)
    for _ in range(60):
        assert throttle.try_acquire("worker") is None
        throttle.release("worker")
        clock.now += 0.1
    for _ in range(200):  # and a worker who keeps going at one message every two seconds
        clock.now += 2.0
        assert throttle.try_acquire("worker") is None
        throttle.release("worker")


def test_messages_in_flight_are_capped_per_sender_and_senders_are_independent():
    throttle = SenderThrottle(burst=100, rate=1.0, max_in_flight=3, clock=Clock())
    assert [throttle.try_acquire("flood") for _ in range(3)] == [None, None, None]
    assert throttle.try_acquire("flood") is not None
    assert throttle.try_acquire("someone else") is None
    throttle.release("flood")
    assert throttle.try_acquire("flood") is None


def test_admitted_releases_even_when_the_turn_fails():
    throttle = SenderThrottle(burst=100, rate=1.0, max_in_flight=1, clock=Clock())
    with pytest.raises(RuntimeError):
        with throttle.admitted("a") as wait:
            assert wait is None
            raise RuntimeError("turn failed")
    with throttle.admitted("a") as wait:
        assert wait is None
        with throttle.admitted("a") as second:
            assert second is not None


def test_memory_is_bounded_by_forgetting_idle_senders():
    throttle = SenderThrottle(burst=2, rate=1.0, max_senders=100, clock=Clock())
    for i in range(1000):
        assert throttle.try_acquire(f"s{i}") is None
        throttle.release(f"s{i}")
    assert len(throttle._buckets) <= 100


def test_nonsense_limits_are_a_clear_error():
    with pytest.raises(ValueError):
        SenderThrottle(burst=0)
