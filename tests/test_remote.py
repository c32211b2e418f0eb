"""The remote backend against fake servers on 127.0.0.1: a plain OpenAI-compatible one (as vLLM is),
and ones that speak mambagen's extensions, fail, throttle, or go away."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pytest_mambagen.backends.base import Request
from pytest_mambagen.backends.remote import RemoteBackend
from pytest_mambagen.config import Settings
from pytest_mambagen.errors import BackendError, WorkerUnavailable
from pytest_mambagen.prompts import PROMPT_VERSION, CaseInput, build_messages

CASE = CaseInput("1. Open the cart\nExpected: total is $12.00\n",
                 'export default () => <p data-testid="total">$12.00</p>;\n', "Cart.jsx")
CODESTRAL = "mistralai/Mamba-Codestral-7B-v0.1"
OURS = {"base": "acme/base", "base_sha256": "b" * 64, "adapter": "qa", "adapter_sha256": "a" * 64,
        "default": True, "prompt_version": PROMPT_VERSION, "window": 4096, "grounding": True}


class FakeServer:
    """A tiny HTTP server; ``handle(method, path, body, index) -> (status, payload, headers)``."""

    def __init__(self, handle):
        self.handle = handle
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, method):
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                with server.lock:
                    index = len(server.requests)
                    server.requests.append({"method": method, "path": self.path, "body": body,
                                            "headers": dict(self.headers)})
                status, payload, headers = server.handle(method, self.path, body, index)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                self._answer("GET")

            def do_POST(self):
                self._answer("POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def posts(self):
        return [r for r in self.requests if r["method"] == "POST"]


def models(*entries):
    return 200, {"object": "list", "data": list(entries)}, None


def chat(text, *, prompt=10, completion=5, **mambagen):
    payload = {"id": "x", "object": "chat.completion", "model": "m",
               "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
               "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                         "total_tokens": prompt + completion}}
    if mambagen:
        payload["mambagen"] = mambagen
    return 200, payload, None


def error(status, message, headers=None):
    return status, {"error": {"message": message, "type": "x", "code": "x"}}, headers


@pytest.fixture
def servers():
    started: list[FakeServer] = []

    def start(handle):
        server = FakeServer(handle)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch):
    monkeypatch.setenv("MAMBAGEN_WORKER_BACKOFF", "0.01")
    monkeypatch.setenv("MAMBAGEN_WORKER_RETRIES", "3")
    monkeypatch.delenv("MAMBAGEN_TOKEN", raising=False)


def backend(*urls, **settings):
    return RemoteBackend(Settings(worker=tuple(urls), **settings))


def requests(n=2, **kwargs):
    return [Request(f"r{i}", CASE, temperature=0.0, seed=i, max_new_tokens=64, **kwargs) for i in range(n)]


# -- a plain OpenAI-compatible server (vLLM) ----------------------------------------------------------

def test_plain_server_gets_standard_fields_and_its_model_name_as_identity(servers, monkeypatch):
    monkeypatch.setenv("MAMBAGEN_TOKEN", "t0ken-for-the-vllm-server")

    def handle(method, path, body, index):
        if path == "/v1/models":
            return models({"id": CODESTRAL, "object": "model", "owned_by": "vllm", "max_model_len": 256000})
        return chat(f"def test_{body['seed']}():\n    pass\n")

    server = servers(handle)
    remote = backend(server.url, lora_scale=0.5)
    assert remote.identity() == {"base": CODESTRAL, "base_sha256": f"remote:{CODESTRAL}", "adapter": None,
                                 "adapter_sha256": None}
    done = []
    out = remote.generate(requests(3, system_prompt="Be exact."),
                          on_progress=lambda n, tokens: done.append((n, tokens)))
    assert [c.text for c in out] == [f"def test_{i}():\n    pass\n" for i in range(3)]
    assert [c.error for c in out] == [None] * 3 and out[0].tokens == 5 and out[0].prompt_tokens == 10
    assert done[-1] == (3, 15)
    post = server.posts()[0]
    assert set(post["body"]) == {"model", "messages", "temperature", "max_tokens", "seed", "stream"}
    assert post["body"]["model"] == CODESTRAL and post["body"]["stream"] is False
    assert post["body"]["messages"] == build_messages(CASE, system_prompt="Be exact.")
    assert post["headers"]["Authorization"] == "Bearer t0ken-for-the-vllm-server"
    assert [r["method"] for r in server.requests].count("GET") == 1  # identity is one cheap GET


def test_plain_server_lora_module_is_the_adapter(servers):
    server = servers(lambda m, p, b, i: models({"id": CODESTRAL}, {"id": "qa-lora", "parent": CODESTRAL})
                     if p == "/v1/models" else chat("x"))
    assert backend(server.url, adapter="qa-lora").identity() == {
        "base": CODESTRAL, "base_sha256": f"remote:{CODESTRAL}", "adapter": "qa-lora",
        "adapter_sha256": "remote:qa-lora"}
    with pytest.raises(BackendError, match=r"does not serve 'other'; it serves: .*Codestral.*, qa-lora"):
        backend(server.url, adapter="other").identity()


def test_prompt_too_long_for_a_plain_server_is_retried_once_without_the_screen_source(servers):
    def handle(method, path, body, index):
        if path == "/v1/models":
            return models({"id": CODESTRAL})
        if "```jsx" in body["messages"][1]["content"]:
            return error(400, "This model's maximum context length is 8192 tokens. However, you requested 9100")
        return chat("def test_x():\n    pass\n")

    server = servers(handle)
    [out] = backend(server.url).generate(requests(1))
    assert out.error is None and out.note.startswith("screen source left out of the prompt")
    assert "maximum context length" in out.note
    assert len(server.posts()) == 2


# -- retries and errors --------------------------------------------------------------------------------

def test_429_and_5xx_are_retried_with_backoff(servers):
    answers = iter([error(429, "queue full", {"Retry-After": "0"}), error(503, "loading"), error(500, "boom")])

    def handle(method, path, body, index):
        if path == "/v1/models":
            return models({"id": "m"})
        return next(answers, None) or chat("def test_ok():\n    pass\n")

    server = servers(handle)
    [out] = backend(server.url).generate(requests(1))
    assert out.error is None and out.text.startswith("def test_ok")
    assert len(server.posts()) == 4


@pytest.mark.parametrize(("status", "message", "needle"), [
    (400, "temperature must be at most 5", "rejected the request (400: temperature must be at most 5)"),
    (404, "model 'qa' is not hosted here", "does not know this model (404"),
    (413, "prompt is 9000 tokens even without the screen source", "refused the prompt as too large"),
])
def test_request_errors_are_not_retried_and_stay_with_their_request(servers, status, message, needle):
    def handle(method, path, body, index):
        if path == "/v1/models":
            return models({"id": "m"})
        return error(status, message) if body["seed"] == 0 else chat("def test_ok():\n    pass\n")

    server = servers(handle)
    first, second = backend(server.url).generate(requests(2))
    assert needle in first.error and server.url in first.error and first.finish_reason == "error"
    assert second.error is None
    assert len(server.posts()) == 2


def test_wrong_or_missing_token_says_what_to_do(servers, monkeypatch):
    server = servers(lambda m, p, b, i: error(401, "wrong bearer token"))
    with pytest.raises(WorkerUnavailable, match=r"needs a token: set MAMBAGEN_TOKEN to the worker's token"):
        backend(server.url).identity()
    monkeypatch.setenv("MAMBAGEN_TOKEN", "not-the-right-one")
    with pytest.raises(WorkerUnavailable, match=r"refused the token: set MAMBAGEN_TOKEN"):
        backend(server.url).identity()
    assert len(server.requests) == 2  # no retries on 401


def test_unreachable_worker_is_named(servers):
    server = servers(lambda *a: models({"id": "m"}))
    url = server.url
    server.stop()
    with pytest.raises(WorkerUnavailable) as info:
        backend(url).identity()
    assert f"cannot reach the worker at {url}" in str(info.value) and "mambagen serve" in str(info.value)


def test_not_an_openai_server(servers):
    server = servers(lambda m, p, b, i: (200, {"hello": "world"}, None))
    with pytest.raises(BackendError, match="did not answer an OpenAI model list"):
        backend(server.url).identity()


# -- mambagen workers --------------------------------------------------------------------------------

def ours(identity=OURS, counter=None):
    def handle(method, path, body, index):
        if path == "/v1/models":
            return models({"id": identity["adapter"] or identity["base"], "mambagen": identity},
                          {"id": identity["base"], "mambagen": {**identity, "adapter": None, "adapter_sha256": None,
                                                                "default": False}})
        case = body["mambagen_case"]
        return chat(f"# {case['screen']} {body['seed']}", note=None)

    return handle


def test_mambagen_worker_gets_the_case_and_lora_scale_and_its_identity_is_the_models(servers):
    server = servers(ours())
    remote = backend(server.url, lora_scale=0.25, adapter="qa", grounded_decoding=False)
    assert remote.identity() == {k: OURS[k] for k in ("base", "base_sha256", "adapter", "adapter_sha256")}
    [out] = remote.generate(requests(1, grounded=False))
    body = server.posts()[0]["body"]
    assert body["model"] == "qa" and body["lora_scale"] == 0.25
    assert body["mambagen_case"] == {"manual": CASE.manual, "jsx": CASE.jsx, "screen": "Cart.jsx", "case_name": "",
                                     "siblings": [], "system_prompt": None, "grounded": False}
    assert out.text == "# Cart.jsx 0"
    base_only = backend(server.url, adapter="none")
    assert base_only.identity()["adapter"] is None


def test_mambagen_worker_refuses_what_it_does_not_host(servers):
    server = servers(ours())
    with pytest.raises(BackendError, match=r"does not host adapter 'nope'; it hosts: qa, acme/base"):
        backend(server.url, adapter="nope").identity()
    with pytest.raises(BackendError, match=r"hosts base 'acme/base', not 'other/model'"):
        backend(server.url, model="other/model").identity()
    old = servers(ours({**OURS, "prompt_version": "0"}))
    with pytest.raises(BackendError, match="builds prompts of version '0'"):
        backend(old.url).identity()


def test_requests_are_spread_round_robin_and_fail_over_when_a_worker_goes(servers):
    one, two = servers(ours()), servers(ours())
    remote = backend(one.url, two.url, batch_size=1)
    out = remote.generate(requests(8))
    assert all(c.error is None for c in out)
    assert len(one.posts()) == 4 and len(two.posts()) == 4
    two.stop()
    out = remote.generate(requests(6))
    assert all(c.error is None for c in out), [c.error for c in out]
    assert len(one.posts()) == 10


def test_a_worker_hosting_another_model_is_left_out(servers):
    good, other = servers(ours()), servers(ours({**OURS, "base_sha256": "c" * 64}))
    out = backend(good.url, other.url, batch_size=1).generate(requests(4))
    assert all(c.error is None for c in out) and len(good.posts()) == 4 and not other.posts()


def test_a_worker_gone_midway_keeps_the_finished_answers(servers):
    state = {"served": 0}

    def handle(method, path, body, index):
        if path == "/v1/models":
            return ours()(method, path, body, index)
        state["served"] += 1
        if state["served"] == 3:
            threading.Thread(target=server.stop).start()  # dies while answering the third
            return error(503, "shutting down")
        return ours()(method, path, body, index)

    server = servers(handle)
    remote = backend(server.url, batch_size=1)
    out = remote.generate(requests(5))
    assert [c.error is None for c in out] == [True, True, False, False, False]
    assert all(c.error.startswith("unfinished: ") and server.url in c.error for c in out[2:])
    assert "rerun pytest --mambagen" in out[2].error
    with pytest.raises(WorkerUnavailable, match="cannot reach the worker"):
        remote.generate(requests(2))  # nothing can be generated at all: the backend itself fails


def test_a_refused_connection_at_first_contact_fails_fast(servers, monkeypatch):
    """Nothing listens at the URL: say so at once, not after the backoff sleeps (8 s with the defaults)."""
    import time

    monkeypatch.setenv("MAMBAGEN_WORKER_BACKOFF", "0.5")  # the defaults: 0.5 s doubling, 4 retries
    monkeypatch.setenv("MAMBAGEN_WORKER_RETRIES", "4")
    server = servers(lambda *a: models({"id": "m"}))
    url = server.url
    server.stop()
    began = time.monotonic()
    with pytest.raises(WorkerUnavailable, match="cannot reach the worker"):
        backend(url).generate(requests(2))
    assert time.monotonic() - began < 2.0  # a behaviour check (no retry sleeps), not a benchmark


def test_a_busy_worker_at_first_contact_is_still_retried(servers):
    answers = iter([error(503, "warming up"), error(503, "warming up")])

    def handle(method, path, body, index):
        if path == "/v1/models":
            return next(answers, None) or models({"id": "m"})
        return chat("def test_ok():\n    pass\n")

    server = servers(handle)
    assert backend(server.url).identity()["base"] == "m"
    assert len([r for r in server.requests if r["path"] == "/v1/models"]) == 3
