"""The batching scheduler and the host's batch logic, in-process with a fake engine (no model)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from pytest_mambagen.model.decode import DecodeResult
from pytest_mambagen.model.loading import BaseSpec
from pytest_mambagen.worker.host import BatchRow, ModelHost
from pytest_mambagen.worker.scheduler import Expired, Job, QueueFull, Scheduler, bucket

STOP = 0


class CharTokenizer:
    all_special_tokens = ()

    def __call__(self, text, add_special_tokens=False):
        return {"input_ids": [ord(c) for c in text]}

    def decode(self, ids, skip_special_tokens=False):
        return "".join(chr(i) for i in ids if i != STOP)


class FakeEngine:
    """Answers each row with its prompt upper-cased, one character per step, asking the row's
    constraint before each step the way the real engine does; ``gate`` holds a batch."""

    def __init__(self):
        self.tokenizer = CharTokenizer()
        self.window = 1000
        self.stop_ids = (STOP,)
        self.calls: list[dict] = []
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()

    token_index = None  # grounding is not exercised here

    def count_tokens(self, text):
        return len(text)

    def set_adapter(self, name):
        self.calls.append({"adapter": name})

    def set_lora_scale(self, scale):
        self.calls.append({"scale": scale})

    def generate(self, rows, max_new_tokens, on_token=None):
        self.calls.append({"prompts": [r.prompt for r in rows], "max_new": max_new_tokens,
                           "temperature": rows[0].temperature})
        self.entered.set()
        self.gate.wait(10)
        out = []
        for row in rows:
            answer = (row.prompt.upper() * 50)[:max_new_tokens]
            tokens: list[int] = []
            reason = "length"
            for ch in answer:
                allowed = row.constraint.allowed(self.tokenizer.decode(tokens)) if row.constraint else None
                if allowed is not None and set(allowed) <= set(self.stop_ids):
                    reason = "stop"
                    break
                tokens.append(ord(ch))
                time.sleep(0.001)
            out.append(DecodeResult(tokens, reason, len(row.prompt)))
        return out

    def decode(self, result):
        return self.tokenizer.decode(result.tokens)


def make_host(engine=None):
    engine = engine or FakeEngine()
    return ModelHost(engine, BaseSpec("fake/base", None, "0" * 64, 1000), []), engine


def job(host, prompt, *, max_tokens=8, temperature=0.0, deadline=float("inf"), on_text=None):
    return Job(host.entry(None), BatchRow(prompt, max_tokens=max_tokens, on_text=on_text),
               temperature=temperature, deadline=deadline)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 60))


def generate_calls(engine):
    return [c for c in engine.calls if "prompts" in c]


def test_requests_sharing_a_key_go_in_one_generate_call_each_with_its_own_answer():
    host, engine = make_host()

    async def main():
        scheduler = Scheduler(host, max_batch=8, max_queue=32, batch_wait=0.0)
        await scheduler.start(warm_up=False)
        engine.gate.clear()
        first = job(host, "first")
        futures = [scheduler.submit(first)]
        await asyncio.to_thread(engine.entered.wait, 10)
        jobs = [job(host, f"p{i}") for i in range(19)]
        futures += [scheduler.submit(j) for j in jobs]
        engine.gate.set()
        results = await asyncio.gather(*futures)
        await scheduler.stop()
        return [first, *jobs], results

    jobs, results = run(main())
    sizes = [len(c["prompts"]) for c in generate_calls(engine)]
    assert sizes == [1, 8, 8, 3]
    for j, (result, info) in zip(jobs, results, strict=True):
        assert result.text == (j.row.prompt.upper() * 50)[:8]
        assert info["batch_size"] in (1, 8, 3)


def test_different_keys_are_not_mixed_and_the_oldest_goes_first():
    host, engine = make_host()

    async def main():
        scheduler = Scheduler(host, max_batch=8, max_queue=32, batch_wait=0.0)
        await scheduler.start(warm_up=False)
        engine.gate.clear()
        futures = [scheduler.submit(job(host, "hold"))]
        await asyncio.to_thread(engine.entered.wait, 10)
        for i, t in enumerate([0.7, 0.0, 0.7, 0.0, 0.7]):
            futures.append(scheduler.submit(job(host, f"t{t}-{i}", temperature=t)))
        futures.append(scheduler.submit(job(host, "long", max_tokens=200)))  # another max_tokens bucket
        engine.gate.set()
        await asyncio.gather(*futures)
        await scheduler.stop()

    run(main())
    calls = generate_calls(engine)[1:]
    assert [c["prompts"] for c in calls] == [["t0.7-0", "t0.7-2", "t0.7-4"], ["t0.0-1", "t0.0-3"], ["long"]]
    assert [c["temperature"] for c in calls] == [0.7, 0.0, 0.0]


def test_a_batch_runs_to_its_longest_row_and_each_row_is_cut_to_its_own_limit():
    host, engine = make_host()
    assert bucket(5) == bucket(12) == 16 and bucket(17) == 32

    async def main():
        scheduler = Scheduler(host, max_batch=8, max_queue=8, batch_wait=0.05)
        await scheduler.start(warm_up=False)
        a, b = job(host, "abc", max_tokens=5), job(host, "xyz", max_tokens=12)
        results = await asyncio.gather(scheduler.submit(a), scheduler.submit(b))
        await scheduler.stop()
        return results

    (ra, _), (rb, _) = run(main())
    assert generate_calls(engine)[0]["max_new"] == 12
    assert (ra.text, ra.tokens, ra.finish_reason) == ("ABCAB", 5, "length")
    assert (rb.text, rb.tokens) == ("XYZXYZXYZXYZ", 12)


def test_the_queue_is_bounded():
    host, engine = make_host()

    async def main():
        scheduler = Scheduler(host, max_batch=2, max_queue=4, batch_wait=0.0)
        await scheduler.start(warm_up=False)
        engine.gate.clear()
        admitted = [scheduler.submit(job(host, "hold"))]
        await asyncio.to_thread(engine.entered.wait, 10)
        refused = 0
        for i in range(20):
            try:
                admitted.append(scheduler.submit(job(host, f"q{i}")))
            except QueueFull:
                refused += 1
        depth, retry = scheduler.depth(), scheduler.retry_after()
        engine.gate.set()
        await asyncio.gather(*admitted)
        await scheduler.stop()
        return len(admitted), refused, depth, retry

    admitted, refused, depth, retry = run(main())
    assert admitted == 5 and refused == 16 and depth == 4 and retry >= 1


def test_gone_and_expired_requests_are_never_generated():
    host, engine = make_host()

    async def main():
        scheduler = Scheduler(host, max_batch=8, max_queue=8, batch_wait=0.0)
        await scheduler.start(warm_up=False)
        engine.gate.clear()
        hold = scheduler.submit(job(host, "hold"))
        await asyncio.to_thread(engine.entered.wait, 10)
        gone = job(host, "gone")
        scheduler.submit(gone)
        gone.cancelled = True
        late = job(host, "late", deadline=time.monotonic() + 0.05)
        late_future = scheduler.submit(late)
        kept = scheduler.submit(job(host, "kept"))
        await asyncio.sleep(0.1)
        engine.gate.set()
        await asyncio.gather(hold, kept)
        with pytest.raises(Expired):
            await late_future
        await scheduler.stop()

    run(main())
    assert [c["prompts"] for c in generate_calls(engine)] == [["hold"], ["kept"]]


def test_a_running_row_whose_client_left_stops_early_and_streaming_sees_the_text_grow():
    host, _ = make_host()
    seen: list[str] = []

    async def main():
        scheduler = Scheduler(host, max_batch=8, max_queue=8, batch_wait=0.0)
        await scheduler.start(warm_up=False)
        streamed = job(host, "ab", max_tokens=6, on_text=scheduler.thread_safe(seen.append))
        doomed = job(host, "zz", max_tokens=400)
        futures = [scheduler.submit(streamed), scheduler.submit(doomed)]
        await asyncio.sleep(0.05)
        doomed.cancelled = True
        results = await asyncio.gather(*futures)
        await scheduler.stop()
        return results

    (streamed, _), (doomed, _) = run(main())
    assert streamed.text == "ABABAB"
    assert seen and seen[-1] == "ABABA" and all(seen[i + 1].startswith(seen[i]) for i in range(len(seen) - 1))
    assert doomed.tokens < 400 and doomed.finish_reason == "stop"


def test_http_timeout_is_504_and_a_full_queue_is_429_with_retry_after():
    import threading as th

    from starlette.testclient import TestClient

    from pytest_mambagen.worker.app import WorkerConfig, create_app

    host, engine = make_host()
    app = create_app(host, WorkerConfig(max_batch=1, max_queue=1, request_timeout=3.0, batch_wait=0.0))
    with TestClient(app) as client:
        engine.gate.clear()
        engine.entered.clear()
        answers: dict[str, object] = {}

        def post(name):
            answers[name] = client.post("/v1/completions", json={"prompt": name, "max_tokens": 4})

        first = th.Thread(target=post, args=("held",))
        first.start()
        assert engine.entered.wait(10)
        queued = th.Thread(target=post, args=("queued",))
        queued.start()
        deadline = time.monotonic() + 5
        while client.get("/healthz").json()["queue"] < 1 and time.monotonic() < deadline:
            time.sleep(0.02)
        refused = client.post("/v1/completions", json={"prompt": "refused", "max_tokens": 4})
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        assert "queue is full" in refused.json()["error"]["message"]
        first.join(10)
        queued.join(10)
        # the engine was held past the request timeout: both waiting clients got a clear 504
        for name in ("held", "queued"):
            assert answers[name].status_code == 504, answers[name].text
            assert "request timeout of 3 s" in answers[name].json()["error"]["message"]
        engine.gate.set()
        ok = client.post("/v1/completions", json={"prompt": "after", "max_tokens": 4})
        assert ok.status_code == 200 and ok.json()["choices"][0]["text"] == "AFTE"
        metrics = client.get("/metrics").text
        assert 'mambagen_rejected_total{reason="queue_full"} 1' in metrics
        assert 'mambagen_rejected_total{reason="timeout"} 2' in metrics
        assert "mambagen_in_flight 0" in metrics
