"""Batching: many HTTP requests, one generation thread, one engine call per batch.

Requests are admitted into a bounded asyncio queue (full: the caller answers
429). One scheduler task drains it into a pending list (bounded too), takes the
oldest request and up to ``max_batch - 1`` others that share its batch key
(model entry, LoRA scale, temperature, top_p, max_tokens bucket), and runs them
as one :meth:`ModelHost.run_batch` call on the single generation thread, which
alone touches the model. A batch generates to the largest ``max_tokens`` of its
rows (buckets are powers of two, so at most twice what a row asked for) and
each row is cut to its own limit. Requests whose client went away or whose
deadline passed before their batch started are dropped, never generated.
"""

from __future__ import annotations

import asyncio
import itertools
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from .host import BatchRow, ModelEntry, ModelHost, RowResult
from .metrics import Metrics


class QueueFull(Exception):
    """The queue is at its bound; the caller answers 429."""


class Stopped(Exception):
    """The worker is shutting down."""


class Expired(Exception):
    """The request's deadline passed before it was generated."""


def bucket(max_tokens: int) -> int:
    """Round up to a power of two (at least 16): rows of one bucket share a batch."""
    size = 16
    while size < max_tokens:
        size *= 2
    return size


_ids = itertools.count(1)


@dataclass
class Job:
    entry: ModelEntry
    row: BatchRow
    lora_scale: float = 1.0
    temperature: float = 0.0
    top_p: float = 1.0
    deadline: float = float("inf")  # time.monotonic()
    id: int = field(default_factory=lambda: next(_ids))
    admitted: float = field(default_factory=time.monotonic)
    future: asyncio.Future | None = None
    cancelled: bool = False
    started: bool = False

    @property
    def key(self) -> tuple[Any, ...]:
        scale = self.lora_scale if self.entry.adapter is not None else 1.0  # no adapter: the scale is moot
        return (self.entry.id, scale, self.temperature, self.top_p, bucket(self.row.max_tokens))


class Scheduler:
    def __init__(self, host: ModelHost, *, max_batch: int = 16, max_queue: int = 64, batch_wait: float = 0.005,
                 metrics: Metrics | None = None):
        if max_batch < 1 or max_queue < 1:
            raise ValueError("max_batch and max_queue must be at least 1")
        self.host = host
        self.max_batch = max_batch
        self.max_queue = max_queue
        self.batch_wait = batch_wait
        self.metrics = metrics or Metrics()
        self.metrics.queue_depth = self.depth
        self._queue: asyncio.Queue[Job] | None = None
        self._pending: list[Job] = []
        self._running: list[Job] = []
        self._task: asyncio.Task | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mambagen-generate")
        self._loop: asyncio.AbstractEventLoop | None = None
        self.batch_seconds_avg = 0.0
        self.stopping = False

    # -- lifecycle -------------------------------------------------------------------
    async def start(self, warm_up: bool = True) -> None:
        self._loop = asyncio.get_running_loop()
        self._queue = asyncio.Queue(maxsize=self.max_queue)
        if warm_up:
            began = time.perf_counter()
            await self._loop.run_in_executor(self._executor, self.host.warm_up)
            self.batch_seconds_avg = time.perf_counter() - began
        self._task = asyncio.create_task(self._run(), name="mambagen-scheduler")

    async def stop(self) -> None:
        self.stopping = True
        for job in self._running:
            job.cancelled = True  # the rows of the batch in progress stop at their next token
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass
        waiting = list(self._pending)
        self._pending.clear()
        while self._queue is not None and not self._queue.empty():
            waiting.append(self._queue.get_nowait())
        for job in waiting:
            if job.future is not None and not job.future.done():
                job.future.set_exception(Stopped("the worker is shutting down"))
        self._executor.shutdown(wait=False, cancel_futures=True)

    # -- admission -------------------------------------------------------------------
    def depth(self) -> int:
        return len(self._pending) + (self._queue.qsize() if self._queue is not None else 0)

    def retry_after(self) -> int:
        """Seconds a refused client should wait: the queue's batches at the recent batch time."""
        batches = max(1, self.depth() // self.max_batch)
        return max(1, min(60, round(batches * max(self.batch_seconds_avg, 0.05))))

    def submit(self, job: Job) -> asyncio.Future:
        if self.stopping or self._queue is None:
            raise Stopped("the worker is shutting down")
        job.future = asyncio.get_running_loop().create_future()
        try:
            self._queue.put_nowait(job)
        except asyncio.QueueFull:
            raise QueueFull() from None
        return job.future

    # -- the loop --------------------------------------------------------------------
    async def _run(self) -> None:
        assert self._queue is not None
        while True:
            if not self._pending:
                self._pending.append(await self._queue.get())
                if self.batch_wait > 0 and self._queue.qsize() + 1 < self.max_batch:
                    await asyncio.sleep(self.batch_wait)  # let a burst arrive together
            while len(self._pending) < self.max_queue and not self._queue.empty():
                self._pending.append(self._queue.get_nowait())
            self._drop_dead()
            if not self._pending:
                continue
            head = self._pending[0]
            batch = [job for job in self._pending if job.key == head.key][: self.max_batch]
            chosen = {job.id for job in batch}
            self._pending = [job for job in self._pending if job.id not in chosen]
            self._running = batch
            try:
                await self._run_batch(batch)
            except Exception as exc:  # a bug here must fail this batch, never stop the loop
                traceback.print_exc()
                for job in batch:
                    if not job.future.done():
                        job.future.set_exception(exc)
            finally:
                self._running = []

    def _drop_dead(self) -> None:
        now = time.monotonic()
        alive = []
        for job in self._pending:
            if job.future.done():
                continue
            if job.cancelled:
                job.future.cancel()  # nobody waits for it; resolving it keeps the in-flight count right
                continue
            if now >= job.deadline:
                job.future.set_exception(Expired())
                continue
            alive.append(job)
        self._pending = alive

    async def _run_batch(self, batch: list[Job]) -> None:
        head = batch[0]
        started = time.monotonic()
        for job in batch:
            job.started = True
            job.row.cancelled = lambda job=job: job.cancelled  # the row stops early if its client goes
        rows = [job.row for job in batch]
        max_new = max(row.max_tokens for row in rows)
        try:
            results: list[RowResult] = await self._loop.run_in_executor(
                self._executor, self.host.run_batch, head.entry, head.key[1], head.temperature, head.top_p,
                max_new, rows)
        except Exception as exc:  # a broken batch fails its requests, not the worker
            for job in batch:
                if not job.future.done():
                    job.future.set_exception(exc)
            return
        seconds = time.monotonic() - started
        self.batch_seconds_avg = 0.8 * self.batch_seconds_avg + 0.2 * seconds if self.batch_seconds_avg else seconds
        self.metrics.batch(len(batch), seconds, sum(r.prompt_tokens for r in results),
                           sum(r.tokens for r in results), [started - job.admitted for job in batch])
        for job, result in zip(batch, results, strict=True):
            if not job.future.done():
                job.future.set_result((result, {"batch_size": len(batch), "queue_seconds": started - job.admitted,
                                                "batch_seconds": seconds}))

    def thread_safe(self, callback: Callable[[str], None]) -> Callable[[str], None]:
        """Wrap a streaming callback so the generation thread can call it safely."""
        loop = self._loop

        def call(text: str) -> None:
            loop.call_soon_threadsafe(callback, text)

        return call
