"""Per-sender flood control for a chat webhook.

A person typing sends at most a message every second or two; a stuck client or a script can send hundreds.
Each sender gets a token bucket (a burst of `burst` messages, then `rate` per second) and at most
`max_in_flight` messages being processed at once (the lock store queues the rest, and a queue of hundreds
holds the conversation up for minutes). A refused message is answered at once and nothing is processed, so
one flooding sender cannot slow the other workers down. Counted per server process: with N servers behind
a load balancer, the effective limits are up to N times higher.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator


@dataclass
class _Bucket:
    tokens: float
    updated: float
    in_flight: int = 0


class SenderThrottle:
    def __init__(self, burst: int = 60, rate: float = 1.0, max_in_flight: int = 10, max_senders: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if burst < 1 or rate <= 0 or max_in_flight < 1:
            raise ValueError("burst and max_in_flight must be at least 1 and rate above 0")
        self.burst, self.rate, self.max_in_flight, self.max_senders = burst, rate, max_in_flight, max_senders
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def _bucket(self, sender: str, now: float) -> _Bucket:
        bucket = self._buckets.get(sender)
        if bucket is None:
            bucket = self._buckets[sender] = _Bucket(tokens=float(self.burst), updated=now)
            while len(self._buckets) > self.max_senders:  # forget the least recently seen idle sender
                oldest, state = next(iter(self._buckets.items()))
                if state.in_flight:
                    self._buckets.move_to_end(oldest)
                    break
                del self._buckets[oldest]
        else:
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            self._buckets.move_to_end(sender)
        return bucket

    def try_acquire(self, sender: str) -> float | None:
        """None when the message may be processed (call `release` afterwards), else seconds to wait."""
        with self._lock:
            now = self._clock()
            bucket = self._bucket(sender, now)
            if bucket.in_flight >= self.max_in_flight:
                return 1.0
            if bucket.tokens < 1:
                return (1 - bucket.tokens) / self.rate
            bucket.tokens -= 1
            bucket.in_flight += 1
            return None

    def release(self, sender: str) -> None:
        with self._lock:
            bucket = self._buckets.get(sender)
            if bucket is not None and bucket.in_flight:
                bucket.in_flight -= 1

    @contextmanager
    def admitted(self, sender: str) -> Iterator[float | None]:
        """`with throttle.admitted(sender) as wait:` wait is None when admitted (released on exit)."""
        wait = self.try_acquire(sender)
        try:
            yield wait
        finally:
            if wait is None:
                self.release(sender)
