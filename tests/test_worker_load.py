"""1,000 requests, 50 at a time, against a real worker hosting the tiny model on the CPU.

The worker batches at most 16 and queues at most 8 (plus 8 drained), so 50 clients overflow it and
get 429s, which they retry after ``Retry-After``. Every request must come back exactly once with
its own answer, and nothing but 200 and 429 may be seen.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict

import pytest
from test_worker import setup, worker  # noqa: F401  (the shared tiny worker)
from worker_kit import TOKEN

from pytest_mambagen.worker.load import run_load, scrape

REQUESTS, CONCURRENCY, LIMIT_S = 1000, 50, 240


def prompt(i: int) -> str:
    return f"request {i % 40}: " + "word " * (i % 40 % 23)


def body(i: int):
    return "/v1/completions", {"model": "tiny-a", "prompt": prompt(i), "temperature": 0, "max_tokens": 1 + i % 8}


@pytest.mark.slow
def test_a_thousand_requests_at_fifty_concurrent(worker, setup):  # noqa: F811
    from transformers import AutoTokenizer

    model, _, _ = setup
    tokenizer = AutoTokenizer.from_pretrained(model)
    with worker.client() as client:
        before = scrape(client.get("/metrics").text)
    result = asyncio.run(asyncio.wait_for(
        run_load(worker.url, body, requests=REQUESTS, concurrency=CONCURRENCY, token=TOKEN), LIMIT_S))
    with worker.client() as client:
        after = scrape(client.get("/metrics").text)
    summary = result.summary()
    print(summary)

    # nothing lost, nothing duplicated, only designed errors
    assert result.errors == []
    assert set(result.statuses) <= {200, 429}
    assert len(result.answers) == REQUESTS and result.statuses[200] == REQUESTS
    assert set(result.echoed_ids) == {f"load-{i}" for i in range(REQUESTS)}
    assert all(count == 1 for count in result.echoed_ids.values())
    answered = 'mambagen_requests_total{endpoint="/v1/completions",status="200"}'
    assert after[answered] - before.get(answered, 0) == REQUESTS
    refused = 'mambagen_rejected_total{reason="queue_full"}'
    assert after.get(refused, 0) - before.get(refused, 0) == result.statuses[429]

    # each answer is its own request's: its prompt, its max_tokens, and the same text for the same prompt
    texts = defaultdict(set)
    for i in range(REQUESTS):
        answer = result.answers[f"load-{i}"]
        assert answer["id"] == f"cmpl-load-{i}"
        usage, choice = answer["usage"], answer["choices"][0]
        assert usage["prompt_tokens"] == len(tokenizer(prompt(i), add_special_tokens=False)["input_ids"])
        assert usage["completion_tokens"] <= 1 + i % 8
        if choice["finish_reason"] == "length":
            assert usage["completion_tokens"] == 1 + i % 8
        texts[(prompt(i), 1 + i % 8)].add(choice["text"])
    assert all(len(seen) == 1 for seen in texts.values())
    # really batched: some engine calls carried several requests (how many depends on the machine's load)
    singles = 'mambagen_batch_rows_bucket{le="1"}'
    batches = after["mambagen_batches_total"] - before["mambagen_batches_total"]
    assert after[singles] - before.get(singles, 0) < batches < REQUESTS
