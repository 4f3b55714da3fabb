"""Load driver: N simulated peer workers, each through a whole reflection over the REST channel.

Every worker holds one conversation from "hi" to "Saved"; its turns go round-robin over the given Rasa
servers (as a load balancer without sticky sessions would send them), with a think time between turns.
Reports turns/s, reply latency (median, p95, max; also for the saving turn alone) and every error.

    python -m peer_reflect.ops.load --url http://127.0.0.1:5005/webhooks/rest/webhook --workers 20
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

import aiohttp

from peer_reflect.ops.conversation import LATER_ANSWERS, OPENING, REVIEW_MARK, SAVED_MARK, reply_text


@dataclass
class Turn:
    worker: int
    kind: str  # opening | answer | save
    server: int
    seconds: float
    ok: bool


@dataclass
class LoadResult:
    workers: int
    servers: int
    think_seconds: tuple[float, float]
    wall_seconds: float = 0.0
    turns: list[Turn] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    completed: int = 0
    senders: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        latencies = sorted(t.seconds for t in self.turns)
        saves = sorted(t.seconds for t in self.turns if t.kind == "save")
        per_server = {
            str(i): len([t for t in self.turns if t.server == i]) for i in sorted({t.server for t in self.turns})
        }
        return {
            "workers": self.workers,
            "servers": self.servers,
            "think_seconds": list(self.think_seconds),
            "completed_reflections": self.completed,
            "turns": len(self.turns),
            "turns_per_server": per_server,
            "errors": len(self.errors),
            "wall_seconds": round(self.wall_seconds, 2),
            "turns_per_second": round(len(self.turns) / self.wall_seconds, 2) if self.wall_seconds else 0.0,
            "latency_ms": _stats(latencies),
            "save_latency_ms": _stats(saves),
        }


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of sorted values."""
    if not values:
        return float("nan")
    rank = max(1, min(len(values), int(-(-q * len(values) // 100))))
    return values[rank - 1]


def _stats(values: Sequence[float]) -> dict:
    if not values:
        return {}
    return {
        "median": round(statistics.median(values) * 1000, 1),
        "p95": round(percentile(values, 95) * 1000, 1),
        "max": round(max(values) * 1000, 1),
        "n": len(values),
    }


async def _worker(
    index: int,
    session: aiohttp.ClientSession,
    urls: Sequence[str],
    sender: str,
    think: tuple[float, float],
    result: LoadResult,
    timeout: float,
) -> None:
    rng = random.Random(index)
    turn_no = 0

    async def turn(message: str, kind: str) -> str | None:
        nonlocal turn_no
        server = (index + turn_no) % len(urls)
        turn_no += 1
        if think[1] > 0:
            await asyncio.sleep(rng.uniform(*think))
        started = time.perf_counter()
        try:
            async with session.post(urls[server], json={"sender": sender, "message": message},
                                    timeout=aiohttp.ClientTimeout(total=timeout)) as response:
                body = await response.text()
                elapsed = time.perf_counter() - started
                if response.status != 200:
                    result.turns.append(Turn(index, kind, server, elapsed, False))
                    result.errors.append(f"worker {index} turn {turn_no}: HTTP {response.status}")
                    return None
                text = reply_text(json.loads(body or "[]"))
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            result.turns.append(Turn(index, kind, server, time.perf_counter() - started, False))
            result.errors.append(f"worker {index} turn {turn_no}: {type(error).__name__}")
            return None
        ok = bool(text)
        result.turns.append(Turn(index, kind, server, elapsed, ok))
        if not ok:
            result.errors.append(f"worker {index} turn {turn_no}: empty reply")
        return text

    for message, expected in OPENING:
        text = await turn(message, "opening")
        if text is None or (expected and expected not in text):
            if text is not None:
                result.errors.append(f"worker {index}: unexpected reply after {message[:15]!r}")
            return
    text = ""
    for message in LATER_ANSWERS:
        text = await turn(message, "answer")
        if text is None:
            return
        if REVIEW_MARK in text:
            break
    if REVIEW_MARK not in text:
        result.errors.append(f"worker {index}: no review shown")
        return
    text = await turn("/affirm", "save")
    if text is None:
        return
    if SAVED_MARK not in text:
        result.errors.append(f"worker {index}: save not confirmed")
        return
    result.completed += 1


async def run_load(
    urls: Sequence[str],
    workers: int,
    think: tuple[float, float] = (0.5, 1.5),
    timeout: float = 60.0,
    run_id: str | None = None,
) -> LoadResult:
    run_id = run_id or uuid.uuid4().hex[:8]
    result = LoadResult(workers=workers, servers=len(urls), think_seconds=tuple(think))
    result.senders = [f"load-{run_id}-{i}" for i in range(workers)]
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(
            _worker(i, session, urls, sender, think, result, timeout) for i, sender in enumerate(result.senders)
        ))
        result.wall_seconds = time.perf_counter() - started
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", action="append", required=True, help="REST webhook URL (repeat for several)")
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--think", type=float, nargs=2, default=(0.5, 1.5), metavar=("MIN", "MAX"))
    args = parser.parse_args(argv)
    result = asyncio.run(run_load(args.url, args.workers, tuple(args.think)))
    print(json.dumps({**result.summary(), "first_errors": result.errors[:10]}, indent=2))
    return 0 if not result.errors and result.completed == args.workers else 1


if __name__ == "__main__":
    raise SystemExit(main())

