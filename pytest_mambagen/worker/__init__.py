"""``mambagen serve``: the remote worker and the QA chat page.

- ``cli``: the ``serve`` subcommand (address and token checks, binding, uvicorn);
- ``host``: the hosted base model and adapters, prompt fitting and grounding (shared with the local backend);
- ``scheduler``: the bounded queue and the batching loop in front of the single generation thread;
- ``app``: the OpenAI-compatible HTTP API, auth, limits and SSE; ``metrics``: ``/metrics``;
- ``load``: a load generator for the load test and ``benchmarks/bench_worker.py``;
- ``static/``: the chat page (plain HTML, CSS and JS, no CDN).
"""
