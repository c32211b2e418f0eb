"""A load generator for a worker: N requests, C at a time, 429s retried after ``Retry-After``.

Used by the load test (``tests/test_worker_load.py``) and the benchmark
(``benchmarks/bench_worker.py``). Every request carries its own ``X-Request-Id``
and keeps its answer, so a caller can check that nothing was lost, duplicated
or mixed up.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class LoadResult:
    requests: int
    concurrency: int
    wall_seconds: float = 0.0
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)  # request id -> final JSON answer
    statuses: Counter = field(default_factory=Counter)  # every HTTP status seen, retries included
    errors: list[str] = field(default_factory=list)  # anything not designed (neither 200 nor 429)
    latencies: list[float] = field(default_factory=list)  # first attempt -> answer, 429 waits included
    attempt_latencies: list[float] = field(default_factory=list)  # the successful attempt alone
    echoed_ids: Counter = field(default_factory=Counter)  # X-Request-Id of each 200, as the worker echoed it

    @property
    def completion_tokens(self) -> int:
        return sum(a.get("usage", {}).get("completion_tokens", 0) for a in self.answers.values())

    def summary(self) -> dict[str, Any]:
        ok = len(self.answers)
        return {
            "requests": self.requests, "concurrency": self.concurrency, "answered": ok,
            "status_counts": {str(k): v for k, v in sorted(self.statuses.items())},
            "retried_429": self.statuses.get(429, 0), "undesigned_errors": len(self.errors),
            "wall_seconds": round(self.wall_seconds, 3),
            "throughput_rps": round(ok / self.wall_seconds, 2) if self.wall_seconds else 0.0,
            "completion_tokens": self.completion_tokens,
            "tokens_per_second": round(self.completion_tokens / self.wall_seconds, 1) if self.wall_seconds else 0.0,
            "latency_s": percentiles(self.latencies),
            "attempt_latency_s": percentiles(self.attempt_latencies),
        }


def percentiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    ordered = sorted(values)

    def at(q: float) -> float:
        index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
        return round(ordered[index], 4)

    return {"p50": at(0.50), "p90": at(0.90), "p99": at(0.99), "max": round(ordered[-1], 4),
            "mean": round(sum(ordered) / len(ordered), 4)}


async def run_load(url: str, make_body: Callable[[int], tuple[str, dict[str, Any]]], *, requests: int,
                   concurrency: int, token: str | None = None, timeout: float = 300.0,
                   max_attempts: int = 200, retry_cap: float = 2.0) -> LoadResult:
    """Send ``requests`` requests (``make_body(i) -> (path, body)``), ``concurrency`` at a time."""
    import httpx

    result = LoadResult(requests, concurrency)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    # idle connections are dropped by the client first (2 s), never reused as the server closes them
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency, keepalive_expiry=2.0)
    next_index = iter(range(requests))

    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=timeout, limits=limits) as client:
        async def one(i: int) -> None:
            path, body = make_body(i)
            rid = f"load-{i}"
            began = time.perf_counter()
            for _ in range(max_attempts):
                attempt = time.perf_counter()
                try:
                    response = await client.post(path, json=body, headers={"X-Request-Id": rid})
                except httpx.HTTPError as exc:
                    result.errors.append(f"{rid}: {type(exc).__name__}: {exc}")
                    return
                result.statuses[response.status_code] += 1
                if response.status_code == 429:
                    try:
                        wait = float(response.headers.get("retry-after", "1"))
                    except ValueError:
                        wait = 1.0
                    await asyncio.sleep(min(wait, retry_cap))
                    continue
                if response.status_code != 200:
                    result.errors.append(f"{rid}: HTTP {response.status_code}: {response.text[:200]}")
                    return
                now = time.perf_counter()
                result.latencies.append(now - began)
                result.attempt_latencies.append(now - attempt)
                result.echoed_ids[response.headers.get("x-request-id", "")] += 1
                if rid in result.answers:
                    result.errors.append(f"{rid}: answered twice")
                result.answers[rid] = response.json()
                return
            result.errors.append(f"{rid}: still refused after {max_attempts} attempts")

        async def lane() -> None:
            for i in next_index:
                await one(i)

        began = time.perf_counter()
        await asyncio.gather(*(lane() for _ in range(concurrency)))
        result.wall_seconds = time.perf_counter() - began
    return result


def scrape(metrics_text: str) -> dict[str, float]:
    """Unlabelled samples and request counts from ``/metrics`` (enough for a benchmark report)."""
    out: dict[str, float] = {}
    for line in metrics_text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, value = line.rpartition(" ")
        try:
            out[name] = float(value)
        except ValueError:
            continue
    return out
