"""The shared wire schema: what the client writes, the worker reads back unchanged; bad fields name themselves."""

from __future__ import annotations

import json
import math

import pytest

from pytest_mambagen.config import LORA_SCALE_RANGE, TEMPERATURE_RANGE, Settings
from pytest_mambagen.errors import ConfigError
from pytest_mambagen.prompts import CaseInput, PromptParts
from pytest_mambagen.wire import (
    CaseWire,
    ValidateWire,
    WireError,
    chat_answer,
    chat_request,
    parse_chat_answer,
    parse_decoding,
    parse_messages,
)

CASE = CaseInput("1. Open the cart\n", "export default () => <p>x</p>;\n", "Cart.jsx", "empty",
                 (("./Row.jsx", "export default () => null;\n"),))


def test_a_request_round_trips_through_json():
    wire = CaseWire.from_case(CASE, system_prompt="be brief", grounded=False)
    body = json.loads(json.dumps(chat_request(model="qa", messages=[{"role": "user", "content": "hi"}],
                                              temperature=0.7, max_tokens=64, seed=-1, case=wire, lora_scale=0.5)))
    back = CaseWire.from_json(body["mambagen_case"])
    assert back == wire and back.case == CASE
    decoding = parse_decoding(body, default_max=16, max_tokens_limit=4096)
    assert (decoding.temperature, decoding.lora_scale, decoding.max_tokens) == (0.7, 0.5, 64)
    assert decoding.seed == (-1) & 0x7FFF_FFFF_FFFF_FFFF  # the worker's seeds are signed 63-bit
    assert parse_messages(body["messages"], required=True) == [{"role": "user", "content": "hi"}]


def test_a_plain_server_gets_standard_fields_only():
    body = chat_request(model="m", messages=[], temperature=0.0, max_tokens=8, seed=1)
    assert "mambagen_case" not in body and "lora_scale" not in body


@pytest.mark.parametrize("field", ["temperature", "top_p", "lora_scale"])
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused_naming_the_field(field, value):
    with pytest.raises(WireError, match=f"{field} must be a finite number") as info:
        parse_decoding({field: value}, default_max=16, max_tokens_limit=4096)
    assert info.value.field == field


def test_the_ranges_are_the_plugins():
    high = TEMPERATURE_RANGE[1]
    assert parse_decoding({"temperature": high}, default_max=1, max_tokens_limit=8).temperature == high
    with pytest.raises(WireError, match="temperature"):
        parse_decoding({"temperature": high + 0.1}, default_max=1, max_tokens_limit=8)
    with pytest.raises(ConfigError, match="temperature"):
        Settings(temperature=high + 0.1)
    with pytest.raises(WireError, match="lora_scale"):
        parse_decoding({"lora_scale": LORA_SCALE_RANGE[1] + 1}, default_max=1, max_tokens_limit=8)
    with pytest.raises(ConfigError, match="lora-scale"):
        Settings(lora_scale=LORA_SCALE_RANGE[1] + 1)
    with pytest.raises(ConfigError, match="temperature"):
        Settings(temperature=math.nan)


@pytest.mark.parametrize(("raw", "fragment"), [
    ("x", "mambagen_case must be an object"),
    ({"manual": "m", "jsx": " ", "screen": "Cart.jsx"}, "mambagen_case.jsx must be a non-empty string"),
    ({"manual": "m", "jsx": "j", "screen": "Cart.jsx", "grounded": "no"}, "grounded must be true or false"),
    ({"manual": "m", "jsx": "j", "screen": "Cart.jsx", "case_name": 5}, "case_name must be a string"),
    ({"manual": "m", "jsx": "j", "screen": "Cart.jsx", "siblings": [["a"]]}, "siblings must be a list"),
    ({"manual": "m", "jsx": "j", "screen": "Cart.jsx", "siblings": [["a", 5]]}, "siblings must be a list"),
])
def test_bad_case_fields_are_refused(raw, fragment):
    with pytest.raises(WireError, match=fragment.replace(".", r"\.")):
        CaseWire.from_json(raw)


def test_siblings_as_an_object_are_accepted():
    wire = CaseWire.from_json({"manual": "", "jsx": "j", "screen": "S.jsx", "siblings": {"./a.jsx": "x"}})
    assert wire.siblings == (("./a.jsx", "x"),)


def test_an_answer_round_trips():
    data = json.loads(json.dumps(chat_answer(rid="r1", created=0, model="qa", text="def test_x(): pass",
                                             finish_reason="length", usage={"prompt_tokens": 3,
                                                                            "completion_tokens": 4},
                                             extra={"note": "cut", "grounded": True})))
    answer = parse_chat_answer(data)
    assert (answer.text, answer.finish_reason, answer.prompt_tokens, answer.completion_tokens, answer.note) == (
        "def test_x(): pass", "length", 3, 4, "cut")
    assert answer.extra["request_id"] == "r1"
    with pytest.raises(WireError):
        parse_chat_answer({"choices": []})


def test_what_the_client_writes_the_worker_answers_and_the_client_reads():
    """remote.py's body through the real app (a fake engine) and back through the schema."""
    from starlette.testclient import TestClient
    from test_worker_scheduler import make_host

    from pytest_mambagen.backends.base import Request
    from pytest_mambagen.backends.remote import RemoteBackend, _Server
    from pytest_mambagen.worker import app as app_module

    host, _engine = make_host()
    seen = []
    # the fake engine has no chat template: the prompt is the real worker's business (test_worker.py)
    host.fit_case = lambda case, system, max_tokens, window: seen.append((case, system)) or ("prompt", None, None)
    host.constraint_for = lambda case: None
    app = app_module.create_app(host, app_module.WorkerConfig(batch_wait=0.0, warm_up=False))
    # the handlers are module functions that find their state on the app, not closures of create_app
    endpoints = {route.path: route.endpoint for route in app.routes if hasattr(route, "endpoint")}
    assert endpoints["/v1/chat/completions"].__wrapped__ is app_module.chat_completions.__wrapped__
    assert app.state.worker.host is host
    remote = RemoteBackend(Settings(worker=("http://127.0.0.1:9",), lora_scale=0.5))
    server = _Server("http://127.0.0.1:9", host.default_id, {}, True)
    body = remote._body(server, Request("r0", CASE, temperature=0.0, seed=3, max_new_tokens=8), PromptParts())
    remote.close()
    with TestClient(app) as client:
        response = client.post("/v1/chat/completions", json=body)
    assert response.status_code == 200, response.text
    answer = parse_chat_answer(response.json())
    assert answer.finish_reason in ("stop", "length") and answer.extra["grounded"] is True
    assert [case for case, _system in seen] == [CASE]  # the worker rebuilt exactly the client's case


def test_the_candidates_of_one_case_share_one_case_on_the_worker():
    """The plugin sends a case once per candidate; the worker reads its inventory once, for a few cases."""
    from starlette.testclient import TestClient
    from test_worker_scheduler import make_host

    from pytest_mambagen.worker import app as app_module

    host, _engine = make_host()
    seen = []
    host.fit_case = lambda case, system, max_tokens, window: seen.append(case) or ("prompt", None, None)
    host.constraint_for = lambda case: seen.append(case)
    app = app_module.create_app(host, app_module.WorkerConfig(batch_wait=0.0, warm_up=False))
    wire = CaseWire.from_case(CASE, system_prompt=None, grounded=True)
    body = chat_request(model=host.default_id, messages=[], temperature=0.7, max_tokens=4, seed=1, case=wire)
    with TestClient(app) as client:
        for seed in (1, 2):
            assert client.post("/v1/chat/completions", json={**body, "seed": seed}).status_code == 200
    assert len(seen) == 4 and all(case is seen[0] for case in seen) and seen[0] == CASE
    worker = app.state.worker
    for i in range(app_module.CASES_KEPT + 3):
        worker.case(CaseWire.from_case(CaseInput(f"case {i}", CASE.jsx, CASE.screen), system_prompt=None,
                                       grounded=True))
    assert len(worker._cases) == app_module.CASES_KEPT  # bounded: a long-running worker keeps a few


@pytest.mark.parametrize(("body", "field"), [
    ({"code": 1, "jsx": "j"}, "code"),
    ({"code": "c"}, "jsx"),
    ({"code": "c", "jsx": "j", "screen": 3}, "screen"),
    ({"code": "c", "jsx": "j", "manual": 3}, "manual"),
    ({"code": "c", "jsx": "j", "case_name": 3}, "case_name"),
    ({"code": "c", "jsx": "j", "siblings": "x"}, "siblings"),
])
def test_the_validate_body_is_read_by_the_schema(body, field):
    with pytest.raises(WireError) as info:
        ValidateWire.from_json(body)
    assert info.value.field == field
    wire = ValidateWire.from_json({"code": "c", "jsx": "j", "screen": "", "siblings": {"./a.js": "x"}})
    assert (wire.screen, wire.siblings, wire.case.screen) == ("Screen.jsx", (("./a.js", "x"),), "Screen.jsx")
