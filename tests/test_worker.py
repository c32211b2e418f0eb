"""``mambagen serve`` as a real process on 127.0.0.1, hosting the tiny random model and two adapters.

The model's answers are garbage; these tests check the protocol: auth, the OpenAI fields, adapter
choice, LoRA scale, streaming, limits and errors, and that a case generated remotely is the same
as the same case generated locally.
"""

from __future__ import annotations

import json
import re
import signal
import time

import httpx
import pytest
from worker_kit import TINY_ID, TOKEN, WorkerProcess, shared_worker, tiny_worker_setup

from pytest_mambagen import adapters as adapter_repo
from pytest_mambagen.model import loading
from pytest_mambagen.prompts import PROMPT_VERSION

SCREEN = """export default function Cart() {
  return (
    <section>
      <h2>Shopping cart</h2>
      <p data-testid="total">$12.00</p>
      <button type="button">Checkout</button>
    </section>
  );
}
"""
CASE = {"manual": "1. Open the cart\nExpected: total is $12.00\n", "jsx": SCREEN, "screen": "Cart.jsx"}


@pytest.fixture(scope="module")
def setup(tmp_path_factory, tiny_model_dir):
    return tiny_worker_setup(tmp_path_factory.mktemp("tiny-worker"), tiny_model_dir)


@pytest.fixture(scope="module")
def worker(setup):
    model, adapters, token_file = setup
    return shared_worker("tiny", lambda: WorkerProcess([
        "--model", str(model), "--adapters", str(adapters), "--token-file", str(token_file), "--threads", "1",
        "--max-batch", "16", "--max-queue", "8", "--max-body-bytes", str(256 * 1024)]))


@pytest.fixture
def client(worker):
    with worker.client() as c:
        yield c


def complete(client, path="/v1/completions", **body):
    response = client.post(path, json=body)
    assert response.status_code == 200, response.text
    return response.json()


# -- discovery and auth ------------------------------------------------------------------------------

def test_health_is_open_everything_else_needs_the_token(worker, setup):
    model, adapters, _ = setup
    with httpx.Client(base_url=worker.url, timeout=30) as anon:
        assert anon.get("/healthz").json()["status"] == "ok"
        page = anon.get("/")
        assert page.status_code == 200 and "mambagen" in page.text and "cdn" not in page.text.lower()
        assert anon.get("/static/app.js").status_code == 200
        missing = anon.get("/v1/models")
        assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
        assert "missing bearer token" in missing.json()["error"]["message"]
        wrong = anon.get("/v1/models", headers={"Authorization": "Bearer " + TOKEN[:-1] + "x"})
        assert wrong.status_code == 401 and "wrong bearer token" in wrong.json()["error"]["message"]
        assert anon.post("/v1/completions", json={"prompt": "x"}).status_code == 401
        assert anon.get("/metrics").status_code == 401
    with worker.client() as client:
        listing = client.get("/v1/models").json()
    by_id = {m["id"]: m for m in listing["data"]}
    assert set(by_id) == {TINY_ID, "tiny-a", "tiny-b"}
    base = loading.resolve_base(str(model))
    a = adapter_repo.load_adapter_info(adapters / "tiny-a")
    assert by_id["tiny-a"]["mambagen"] | {"default": None} == {
        "base": TINY_ID, "base_sha256": base.sha256, "adapter": "tiny-a", "adapter_sha256": a.content_hash(),
        "default": None, "prompt_version": PROMPT_VERSION, "window": 1500, "grounding": True}
    assert by_id[TINY_ID]["mambagen"]["adapter"] is None
    assert [m["id"] for m in listing["data"] if m["mambagen"]["default"]] == ["tiny-a"]
    assert listing["mambagen"]["default_system_prompt"].startswith("You are a QA automation engineer")


def test_token_is_compared_in_constant_time(monkeypatch):
    from pytest_mambagen.worker import app

    calls = []
    real = app.hmac.compare_digest
    monkeypatch.setattr(app.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    assert app.token_matches("s3cret-token-xyz", "Bearer s3cret-token-xyz")
    assert not app.token_matches("s3cret-token-xyz", "Bearer s3cret-token-xyZ")
    assert not app.token_matches("s3cret-token-xyz", "Basic s3cret-token-xyz")
    assert not app.token_matches("s3cret-token-xyz", None)
    assert app.token_matches(None, None)
    assert len(calls) == 2


def test_serve_refuses_to_listen_beyond_loopback_without_a_token(tmp_path, capsys):
    from pytest_mambagen.cli import main

    assert main(["serve", "--host", "0.0.0.0", "--model", str(tmp_path / "never-loaded")]) == 2
    err = capsys.readouterr().err
    assert "refusing to listen on 0.0.0.0 without a token" in err and "--token-file" in err
    short = tmp_path / "token"
    short.write_text("abc\n")
    assert main(["serve", "--host", "0.0.0.0", "--token-file", str(short), "--model", str(tmp_path)]) == 2
    assert "at least 16 characters" in capsys.readouterr().err
    assert main(["serve", "--token-file", str(tmp_path / "absent"), "--model", str(tmp_path)]) == 2
    assert "--token-file cannot be read" in capsys.readouterr().err


# -- generation ---------------------------------------------------------------------------------------

def test_adapter_lora_scale_seed_and_max_tokens_per_request(client):
    greedy = dict(prompt="def test_total(mount):\n", temperature=0, max_tokens=12)
    a = complete(client, model="tiny-a", **greedy)
    assert a["model"] == "tiny-a" and a["object"] == "text_completion"
    assert a["usage"]["completion_tokens"] <= 12 and a["choices"][0]["finish_reason"] in ("stop", "length")
    assert complete(client, model="tiny-a", **greedy)["choices"][0]["text"] == a["choices"][0]["text"]
    b = complete(client, model="tiny-b", **greedy)
    base = complete(client, model=TINY_ID, **greedy)
    a_off = complete(client, model="tiny-a", lora_scale=0.0, **greedy)
    texts = {k: r["choices"][0]["text"] for k, r in {"a": a, "b": b, "base": base, "a_off": a_off}.items()}
    assert texts["a_off"] == texts["base"]  # LoRA scale 0 is the base model
    assert len({texts["a"], texts["b"], texts["base"]}) == 3  # each adapter changes the answer
    default = complete(client, **greedy)
    assert default["model"] == "tiny-a" and default["choices"][0]["text"] == texts["a"]
    sampled = dict(prompt="def test_total(mount):\n", temperature=1.0, seed=7, max_tokens=12, model="tiny-a")
    s1, s2 = complete(client, **sampled), complete(client, **sampled)
    assert s1["choices"][0]["text"] == s2["choices"][0]["text"]
    short = complete(client, model="tiny-a", prompt="def test_total(mount):\n", temperature=0, max_tokens=3)
    assert short["usage"]["completion_tokens"] <= 3
    several = complete(client, model="tiny-a", prompt=["a", "bb bb", "ccc ccc ccc"], temperature=0, max_tokens=4)
    assert [c["index"] for c in several["choices"]] == [0, 1, 2]


def test_chat_streaming_matches_the_plain_answer(client):
    body = {"model": "tiny-b", "messages": [{"role": "system", "content": "Be brief."},
                                            {"role": "user", "content": "Write a test."}],
            "temperature": 0, "max_tokens": 24}
    plain = complete(client, "/v1/chat/completions", **body)
    assert plain["object"] == "chat.completion"
    text = plain["choices"][0]["message"]["content"]
    chunks, done = [], False
    with client.stream("POST", "/v1/chat/completions", json={**body, "stream": True}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if not line.startswith("data: "):
                continue
            if line == "data: [DONE]":
                done = True
                break
            chunks.append(json.loads(line[6:]))
    assert done and chunks[0]["choices"][0]["delta"] == {"role": "assistant"}
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks) == text
    assert chunks[-1]["choices"][0]["finish_reason"] == plain["choices"][0]["finish_reason"]
    assert chunks[-1]["usage"] == plain["usage"]


def test_client_gone_mid_stream_leaves_the_worker_serving(client, worker):
    body = {"model": "tiny-a", "prompt": "def test", "temperature": 0, "max_tokens": 600, "stream": True}
    with client.stream("POST", "/v1/completions", json=body) as response:
        assert response.status_code == 200
        first = next(response.iter_lines())
        assert first.startswith("data: ")
    # the connection is closed here, long before 600 tokens: the worker notices, stops that row early
    for _ in range(2):
        assert complete(client, model="tiny-a", prompt="x", temperature=0, max_tokens=4)["choices"]
    assert client.get("/healthz").json()["status"] == "ok"
    metrics = client.get("/metrics").text
    gone = re.search(r"^mambagen_client_disconnects_total (\d+)", metrics, re.M)
    assert gone and int(gone.group(1)) >= 1
    assert 'mambagen_requests_total{endpoint="/v1/completions",status="499"}' in metrics
    assert worker.alive()


def test_case_request_is_cut_to_the_window_like_the_local_backend(client):
    numbers = ", ".join(str(i * 7919 % 10007) for i in range(700))
    big = {**CASE, "jsx": f"const SAMPLES = [{numbers}];\n" + SCREEN}
    answer = complete(client, "/v1/chat/completions", model="tiny-a", temperature=0, max_tokens=16,
                      mambagen_case=big)
    assert answer["mambagen"]["note"].startswith("screen source left out of the prompt")
    refused = client.post("/v1/chat/completions", json={"temperature": 0, "max_tokens": 16,
                                                        "mambagen_case": {**CASE, "manual": "Step. " * 1200}})
    assert refused.status_code == 413
    assert "even without the screen source" in refused.json()["error"]["message"]
    fits = complete(client, "/v1/chat/completions", temperature=0, max_tokens=16, mambagen_case=CASE)
    assert fits["mambagen"]["note"] is None and fits["mambagen"]["grounded"] is True


@pytest.mark.parametrize(("body", "status", "needle"), [
    (b"{not json", 400, "not valid JSON"),
    (b"[1, 2]", 400, "JSON object"),
    (json.dumps({"prompt": "x", "model": "nope"}).encode(), 404, "available: tiny-a, tiny-b, tests/tiny"),
    (json.dumps({"prompt": "x", "temperature": 9}).encode(), 400, "temperature must be"),
    (json.dumps({"prompt": "x", "max_tokens": 10**6}).encode(), 400, "max_tokens must be"),
    (json.dumps({"prompt": "x", "n": 2}).encode(), 400, "n must be 1"),
    (json.dumps({"prompt": 3}).encode(), 400, "prompt must be"),
    (json.dumps({"prompt": "word " * 2000, "max_tokens": 4}).encode(), 413, "--max-prompt-tokens"),
    (json.dumps({"prompt": "word " * 300, "max_tokens": 1400}).encode(), 413, "model's window of 1500"),
    (json.dumps({"prompt": "x" * (300 * 1024)}).encode(), 413, "--max-body-bytes"),
], ids=["json", "not-object", "unknown-model", "temperature", "max-tokens", "n", "prompt-type", "prompt-limit",
        "window", "body-size"])
def test_bad_requests_get_designed_errors(client, body, status, needle):
    response = client.post("/v1/completions", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert needle in error["message"] and error["code"] and error["type"]


def test_huge_chunked_body_is_refused_without_reading_it_all(client):
    def body():
        for _ in range(64):
            yield b"x" * 65536  # 4 MiB in all, no Content-Length

    response = client.post("/v1/chat/completions", content=body(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "over the worker's limit" in response.json()["error"]["message"]
    assert client.get("/healthz").status_code == 200


def test_validate_endpoint_gives_the_plugins_verdict(client):
    good = ('from playwright.sync_api import expect\n\n\ndef test_total(mount):\n    page = mount("Cart.jsx")\n'
            '    expect(page.get_by_test_id("total")).to_have_text("$12.00")\n')
    verdict = client.post("/v1/mambagen/validate", json={"code": good, **CASE}).json()
    assert verdict["ok"] and verdict["filename"] == "test_cart.py" and verdict["tests"] == ["test_total"]
    assert verdict["checks"] == {"syntax": True, "has_test": True, "policy": True, "mount": True, "grounding": True}
    bad = good.replace('"total"', '"grand-total"') + "\nimport os\nos.system('rm -rf /')\n"
    verdict = client.post("/v1/mambagen/validate", json={"code": bad, **CASE, "case_name": "empty-cart"}).json()
    assert not verdict["ok"] and verdict["filename"] == "test_cart_empty_cart.py"
    assert verdict["checks"]["policy"] is False and verdict["checks"]["grounding"] is False
    broken = client.post("/v1/mambagen/validate", json={"code": "def test_x(:\n", **CASE}).json()
    assert broken["checks"]["syntax"] is False


def test_metrics_count_batches_tokens_and_latency(client):
    complete(client, prompt="x", temperature=0, max_tokens=4)
    text = client.get("/metrics").text
    for name in ("mambagen_queue_depth", "mambagen_batches_total", "mambagen_completion_tokens_total",
                 "mambagen_request_seconds_bucket", "mambagen_batch_rows_count", "mambagen_rejected_total"):
        assert name in text
    assert 'mambagen_requests_total{endpoint="/v1/completions",status="200"}' in text


def test_remote_generation_equals_local_generation(worker, setup, monkeypatch):
    """Same case, same adapter, greedy and grounded: the worker writes what the laptop would write."""
    from pytest_mambagen.backends.base import Request
    from pytest_mambagen.backends.local import LocalBackend
    from pytest_mambagen.backends.remote import RemoteBackend
    from pytest_mambagen.config import Settings
    from pytest_mambagen.prompts import CaseInput

    model, adapters, _ = setup
    monkeypatch.setenv("MAMBAGEN_TOKEN", TOKEN)
    case = CaseInput(CASE["manual"], SCREEN, "Cart.jsx")
    requests = [Request("r0", case, temperature=0.0, max_new_tokens=40, seed=3, grounded=True)]
    local = LocalBackend(Settings(model=str(model), adapter=str(adapters / "tiny-a"), batch_size=1))
    remote = RemoteBackend(Settings(worker=(worker.url,), adapter="tiny-a", batch_size=1))
    try:
        assert remote.identity() == local.identity()
        [mine], [theirs] = local.generate(requests), remote.generate(requests)
    finally:
        remote.close()
        local.close()
    assert theirs.error is None and theirs.text == mine.text
    assert (theirs.tokens, theirs.prompt_tokens, theirs.finish_reason) == \
        (mine.tokens, mine.prompt_tokens, mine.finish_reason)


def test_sigterm_mid_generation_stops_the_worker_promptly(setup):
    model, _, _ = setup
    process = WorkerProcess(["--model", str(model), "--adapters", "none", "--threads", "1"])
    try:
        with process.client(token=None) as client, client.stream(
                "POST", "/v1/completions", json={"prompt": "def test", "max_tokens": 1400, "stream": True}) as response:
            assert next(response.iter_lines()).startswith("data: ")
            began = time.monotonic()
            process.proc.terminate()
            process.proc.wait(30)
    finally:
        process.stop()
    # uvicorn shuts down gracefully, then re-raises the signal: the exit status says SIGTERM
    assert time.monotonic() - began < 20 and process.proc.returncode in (0, -signal.SIGTERM)


def test_default_adapters_are_only_those_that_record_this_base(setup, tmp_path, monkeypatch):
    import shutil

    from pytest_mambagen.errors import ModelError
    from pytest_mambagen.worker.host import find_adapters

    model, adapters, _ = setup
    base = loading.resolve_base(str(model))
    repo = tmp_path / "adapters"
    shutil.copytree(adapters / "tiny-a", repo / "tiny-a")
    for name, meta in (("foreign", {"base": {"id": "acme/other", "sha256": "f" * 64}}), ("bare", None)):
        (repo / name).mkdir()
        (repo / name / "adapter_config.json").write_text("{}")
        (repo / name / "adapter_model.safetensors").write_bytes(b"x")
        if meta:
            adapter_repo.write_meta(repo / name, meta)
    monkeypatch.chdir(tmp_path)
    notes: list[str] = []
    names = [a.name for a in find_adapters(None, base, notes.append)]
    assert "tiny-a" in names and "foreign" not in names and "bare" not in names
    assert any("'foreign'" in n and "another base" in n for n in notes)
    assert any("'bare'" in n and "records no base" in n for n in notes)
    with pytest.raises(ModelError, match="was trained on base 'acme/other'"):
        find_adapters(str(repo), base, notes.append)  # asked for explicitly: refused loudly
    assert [a.name for a in find_adapters(str(repo / "tiny-a"), base, notes.append)] == ["tiny-a"]
    assert find_adapters("none", base, notes.append) == []
    with pytest.raises(ModelError, match="adapters folder not found"):
        find_adapters(str(tmp_path / "nowhere"), base, notes.append)
