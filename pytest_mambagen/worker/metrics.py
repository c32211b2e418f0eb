"""Counters and histograms for ``GET /metrics`` (Prometheus text format, no dependency)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64)


class Histogram:
    def __init__(self, buckets: tuple[float, ...]):
        self.buckets = buckets
        self.counts = [0] * len(buckets)
        self.count = 0
        self.sum = 0.0

    def observe(self, value: float) -> None:
        self.count += 1
        self.sum += value
        for i, bound in enumerate(self.buckets):
            if value <= bound:
                self.counts[i] += 1


class Metrics:
    """Everything the worker counts; thread-safe (the generation thread reports batches)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.started = time.time()
        self.requests: dict[tuple[str, int], int] = defaultdict(int)  # (endpoint, status) -> count
        self.rejected: dict[str, int] = defaultdict(int)  # reason -> count
        self.batches = 0
        self.batch_rows = Histogram(BATCH_BUCKETS)
        self.batch_seconds = Histogram(LATENCY_BUCKETS)
        self.latency = Histogram(LATENCY_BUCKETS)  # request received -> answer ready
        self.queue_wait = Histogram(LATENCY_BUCKETS)  # admitted -> its batch started
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.disconnects = 0
        self.queue_depth = lambda: 0  # set by the scheduler
        self.in_flight = 0

    def request(self, endpoint: str, status: int, seconds: float | None = None) -> None:
        with self._lock:
            self.requests[(endpoint, status)] += 1
            if seconds is not None and status == 200:
                self.latency.observe(seconds)

    def reject(self, reason: str) -> None:
        with self._lock:
            self.rejected[reason] += 1

    def batch(self, rows: int, seconds: float, prompt_tokens: int, completion_tokens: int,
              waits: list[float]) -> None:
        with self._lock:
            self.batches += 1
            self.batch_rows.observe(rows)
            self.batch_seconds.observe(seconds)
            self.prompt_tokens += prompt_tokens
            self.completion_tokens += completion_tokens
            for wait in waits:
                self.queue_wait.observe(wait)

    def render(self) -> str:
        with self._lock:
            lines: list[str] = []

            def metric(name: str, kind: str, help_text: str) -> None:
                lines.append(f"# HELP mambagen_{name} {help_text}")
                lines.append(f"# TYPE mambagen_{name} {kind}")

            metric("uptime_seconds", "gauge", "seconds since the worker started")
            lines.append(f"mambagen_uptime_seconds {time.time() - self.started:.3f}")
            metric("queue_depth", "gauge", "requests admitted and waiting for a batch")
            lines.append(f"mambagen_queue_depth {self.queue_depth()}")
            metric("in_flight", "gauge", "requests admitted and not answered yet")
            lines.append(f"mambagen_in_flight {self.in_flight}")
            metric("requests_total", "counter", "answered requests by endpoint and HTTP status")
            for (endpoint, status), count in sorted(self.requests.items()):
                lines.append(f'mambagen_requests_total{{endpoint="{endpoint}",status="{status}"}} {count}')
            metric("rejected_total", "counter", "requests refused by reason (queue_full, too_large, auth, ...)")
            for reason, count in sorted(self.rejected.items()):
                lines.append(f'mambagen_rejected_total{{reason="{reason}"}} {count}')
            metric("client_disconnects_total", "counter", "clients gone before their answer was sent")
            lines.append(f"mambagen_client_disconnects_total {self.disconnects}")
            metric("batches_total", "counter", "engine generate calls")
            lines.append(f"mambagen_batches_total {self.batches}")
            metric("prompt_tokens_total", "counter", "prompt tokens processed")
            lines.append(f"mambagen_prompt_tokens_total {self.prompt_tokens}")
            metric("completion_tokens_total", "counter", "tokens generated")
            lines.append(f"mambagen_completion_tokens_total {self.completion_tokens}")
            for name, hist, help_text in (
                ("batch_rows", self.batch_rows, "requests per engine generate call"),
                ("batch_seconds", self.batch_seconds, "seconds per engine generate call"),
                ("request_seconds", self.latency, "seconds from request to answer (successful requests)"),
                ("queue_wait_seconds", self.queue_wait, "seconds a request waited for its batch"),
            ):
                metric(name, "histogram", help_text)
                for bound, count in zip(hist.buckets, hist.counts, strict=True):
                    lines.append(f'mambagen_{name}_bucket{{le="{bound:g}"}} {count}')
                lines.append(f'mambagen_{name}_bucket{{le="+Inf"}} {hist.count}')
                lines.append(f"mambagen_{name}_sum {hist.sum:.6f}")
                lines.append(f"mambagen_{name}_count {hist.count}")
            return "\n".join(lines) + "\n"
