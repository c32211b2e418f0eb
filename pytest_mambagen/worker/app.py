"""The worker's HTTP API (OpenAI-compatible) and the QA chat page.

Endpoints (JSON in and out; errors as ``{"error": {"message", "type", "code"}}``):

- ``GET  /healthz``                unauthenticated liveness: ``{"status": "ok", "queue": N}``
- ``GET  /``                       the chat page (static, no CDN); ``/static/*`` its files
- ``GET  /v1/models``              hosted names (base and adapters), each with a ``mambagen`` identity
- ``POST /v1/completions``         ``prompt`` (a string, or a list of strings), OpenAI fields
- ``POST /v1/chat/completions``    ``messages``, or ``mambagen_case`` (the worker builds the prompt
                                   with the plugin's prompt builder, cuts it to the window and
                                   grounds decoding in the screen); SSE with ``stream: true``
- ``POST /v1/mambagen/validate``   the plugin's validator on a candidate: syntax, policy, grounding; it
                                   says that the test was not run, and an accepted test comes back
                                   with the generated-file header (``download``), so that a saved copy
                                   beside its screen is the plugin's own file, not a stranger's
- ``GET  /metrics``                Prometheus text: queue depth, batches, tokens, latencies

Everything but ``/healthz`` and the page needs ``Authorization: Bearer <token>``
when the worker has a token. Designed refusals: 400 (bad JSON or field), 401
(token), 404 (unknown model), 413 (body or prompt too large), 429 (queue full,
with ``Retry-After``), 503 (shutting down), 504 (request timeout). Anything else
is a JSON 500 naming the request id; the traceback goes to the worker's log only.
Every response carries ``X-Content-Type-Options: nosniff`` and a
``Content-Security-Policy`` with ``frame-ancestors 'none'`` (the page, its
static files and the API alike).

Size (~640 lines, over the ~500 the project uses as a signal): one module per HTTP surface, so
that auth, limits and every route with its refusals can be audited in one read; the field
validation lives in ``wire.py``, the batching in ``scheduler.py``, the model in ``host.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hmac
import json
import re
import sys
import time
import traceback
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..errors import MambagenError
from ..prompts import DEFAULT_SYSTEM_PROMPT, PROMPT_VERSION, CaseInput
from ..wire import CaseWire, Decoding, ValidateWire, WireError, chat_answer, parse_decoding, parse_messages
from .host import BatchRow, ModelEntry, ModelHost, RowResult
from .metrics import Metrics
from .scheduler import Expired, Job, QueueFull, Scheduler, Stopped

PUBLIC_PATHS = ("/healthz",)
#: Cases whose inventory the worker keeps between requests (see Worker.case).
CASES_KEPT = 16
#: Sent with every response: the page loads only its own files, no one may frame it, no sniffing.
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                                 b"base-uri 'none'; form-action 'self'"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)


@dataclass
class WorkerConfig:
    token: str | None = None
    max_body_bytes: int = 1 << 20  # 1 MiB
    max_prompt_tokens: int | None = None  # None: the model's window
    max_tokens_limit: int = 4096
    request_timeout: float = 300.0  # seconds from arrival to the last byte of the answer
    max_batch: int = 16
    max_queue: int = 64
    batch_wait: float = 0.005
    warm_up: bool = True
    ready_message: str | None = None  # printed once the worker accepts requests


class ApiError(Exception):
    def __init__(self, status: int, message: str, *, code: str, kind: str = "invalid_request_error",
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.code, self.kind, self.headers = status, message, code, kind, headers or {}

    def response(self) -> JSONResponse:
        return JSONResponse({"error": {"message": self.message, "type": self.kind, "code": self.code}},
                            status_code=self.status, headers=self.headers)


def token_matches(expected: str | None, header: str | None) -> bool:
    """Constant-time bearer check (``hmac.compare_digest``); no token configured: always true."""
    if expected is None:
        return True
    if not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer "):].strip().encode(), expected.encode())


class AuthMiddleware:
    """Bearer auth on every path but the health check and the static chat page."""

    def __init__(self, app: Any, token: str | None, metrics: Metrics):
        self.app, self.token, self.metrics = app, token, metrics

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.token is None:
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if path in PUBLIC_PATHS or not (path.startswith("/v1/") or path == "/metrics"):
            return await self.app(scope, receive, send)
        header = dict(scope.get("headers") or []).get(b"authorization", b"").decode("latin-1")
        if token_matches(self.token, header):
            return await self.app(scope, receive, send)
        self.metrics.reject("auth")
        self.metrics.request(path, 401)
        message = ("missing bearer token: send 'Authorization: Bearer <token>' (the plugin reads MAMBAGEN_TOKEN)"
                   if not header else "wrong bearer token: use the token in the worker's --token-file")
        response = ApiError(401, message, code="invalid_token", kind="authentication_error",
                            headers={"WWW-Authenticate": "Bearer"}).response()
        await response(scope, receive, send)


class SecurityHeadersMiddleware:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response (``/static/*`` too, not only ``/``)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                   *((k, v) for k, v in SECURITY_HEADERS if k not in names)]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# -- request parsing ------------------------------------------------------------------------------


async def read_json(request: Request, limit: int) -> dict[str, Any]:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise ApiError(413, f"request body is {int(length)} bytes, over the worker's limit of {limit} "
                            "(--max-body-bytes)", code="body_too_large")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body is over the worker's limit of {limit} bytes (--max-body-bytes)",
                           code="body_too_large")
        chunks.append(chunk)
    try:
        data = json.loads(b"".join(chunks))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc}", code="invalid_json") from None
    if not isinstance(data, dict):
        raise ApiError(400, "request body must be a JSON object", code="invalid_json")
    return data


_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


# -- the app --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One request's hosted model and its validated decoding settings."""

    entry: ModelEntry
    decoding: Decoding


class Worker:
    """State shared by the handlers: the host, the scheduler, limits and metrics."""

    def __init__(self, host: ModelHost, config: WorkerConfig, metrics: Metrics | None = None):
        self.host = host
        self.config = config
        self.metrics = metrics or Metrics()
        self.scheduler = Scheduler(host, max_batch=config.max_batch, max_queue=config.max_queue,
                                   batch_wait=config.batch_wait, metrics=self.metrics)
        self.max_prompt_tokens = min(config.max_prompt_tokens or host.window, host.window)
        # The plugin sends each case once per candidate: the case seen last keeps its inventory (read on
        # first use), so the candidates after the first do not parse the screen again. A few, not all:
        # a long-running worker must not keep every screen it was ever sent.
        self._cases: OrderedDict[CaseInput, CaseInput] = OrderedDict()

    def case(self, wire: CaseWire) -> CaseInput:
        """The case of a request, shared with the earlier requests for the same case."""
        case = wire.case
        known = self._cases.get(case)
        if known is not None:
            self._cases.move_to_end(case)
            return known
        self._cases[case] = case
        while len(self._cases) > CASES_KEPT:
            self._cases.popitem(last=False)
        return case

    # -- jobs ---------------------------------------------------------------------
    def prompt_limits(self, prompt_tokens: int, max_tokens: int) -> None:
        if prompt_tokens > self.max_prompt_tokens:
            raise ApiError(413, f"prompt is {prompt_tokens} tokens, over the worker's limit of "
                                f"{self.max_prompt_tokens} (--max-prompt-tokens)", code="prompt_too_long")
        if prompt_tokens + max_tokens > self.host.window:
            raise ApiError(413, f"prompt is {prompt_tokens} tokens; with max_tokens {max_tokens} that is over the "
                                f"model's window of {self.host.window}: shorten the prompt or lower max_tokens",
                           code="prompt_too_long")

    def call(self, body: dict[str, Any], default_max: int) -> Call:
        """The hosted model and the decoding settings a request asks for (404 / 400 otherwise)."""
        model = body.get("model")
        if model is not None and not isinstance(model, str):
            raise ApiError(400, "model must be a string", code="invalid_field")
        entry = self.host.entry(model)
        if entry is None:
            raise ApiError(404, f"model {model!r} is not hosted here; available: {', '.join(self.host.entries)}",
                           code="model_not_found")
        return Call(entry, parse_decoding(body, default_max=default_max,
                                          max_tokens_limit=self.config.max_tokens_limit))

    def job(self, call: Call, prompt: str, constraint: Any = None, *, seed_offset: int = 0) -> Job:
        d = call.decoding
        row = BatchRow(prompt, seed=d.seed + seed_offset, max_tokens=d.max_tokens, constraint=constraint,
                       stop=d.stop)
        return Job(call.entry, row, lora_scale=d.lora_scale, temperature=d.temperature, top_p=d.top_p,
                   deadline=time.monotonic() + self.config.request_timeout)

    def submit(self, job: Job) -> asyncio.Future:
        try:
            future = self.scheduler.submit(job)
        except QueueFull:
            self.metrics.reject("queue_full")
            retry = self.scheduler.retry_after()
            raise ApiError(429, f"the worker's queue is full ({self.scheduler.max_queue} waiting); "
                                f"retry in {retry} s", code="queue_full", kind="rate_limit_error",
                           headers={"Retry-After": str(retry)}) from None
        except Stopped:
            raise ApiError(503, "the worker is shutting down", code="shutting_down", kind="server_error") from None
        self.metrics.in_flight += 1

        def done(f: asyncio.Future) -> None:
            self.metrics.in_flight -= 1
            if not f.cancelled():
                f.exception()  # retrieved here: a request that timed out or went away may never look

        future.add_done_callback(done)
        return future

    async def wait(self, job: Job) -> tuple[RowResult, dict[str, Any]]:
        try:
            return await asyncio.wait_for(asyncio.shield(job.future), max(0.0, job.deadline - time.monotonic()))
        except (TimeoutError, Expired):
            job.cancelled = True
            raise self._timeout_error() from None
        except Stopped:
            raise ApiError(503, "the worker is shutting down", code="shutting_down", kind="server_error") from None
        except Exception as exc:
            raise ApiError(500, f"generation failed: {type(exc).__name__}: {exc}", code="generation_failed",
                           kind="server_error") from None

    def _timeout_error(self) -> ApiError:
        self.metrics.reject("timeout")
        return ApiError(504, f"generation did not finish within the worker's request timeout of "
                             f"{self.config.request_timeout:g} s (queue depth {self.scheduler.depth()}); retry later, "
                             "lower max_tokens, or raise --request-timeout", code="timeout", kind="server_error")


def _request_id(request: Request) -> str:
    given = request.headers.get("x-request-id", "")
    return given if _REQUEST_ID.match(given) else uuid.uuid4().hex[:24]


def _usage(results: list[RowResult]) -> dict[str, int]:
    prompt = sum(r.prompt_tokens for r in results)
    completion = sum(r.tokens for r in results)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


# -- handlers (module level: each reads the Worker from request.app.state) -------------------------


def _worker(request: Request) -> Worker:
    return request.app.state.worker


Handler = Callable[[Request], Awaitable[Response]]


def endpoint(name: str) -> Callable[[Handler], Handler]:
    """Wrap a handler: designed errors become JSON answers; every answer is counted under ``name``."""

    def wrap(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def run(request: Request) -> Response:
            metrics = _worker(request).metrics
            began = time.monotonic()
            try:
                try:
                    response = await handler(request)
                except WireError as exc:  # the schema's refusals are the client's mistakes: 400
                    raise ApiError(400, exc.message, code="invalid_field") from None
            except ApiError as exc:
                if exc.status == 413:
                    metrics.reject("too_large")
                response = exc.response()
            except Exception:  # a bug: JSON for the client, the traceback for the operator only
                rid = _request_id(request)
                print(f"mambagen serve: request {rid} to {name} failed:\n{traceback.format_exc()}",
                      file=sys.stderr, flush=True)
                response = ApiError(500, f"internal error (request {rid}); see the worker's log",
                                    code="internal_error", kind="server_error").response()
            if not isinstance(response, StreamingResponse):  # a stream counts itself when it ends
                metrics.request(name, response.status_code, time.monotonic() - began)
            return response

        return run

    return wrap


@endpoint("/healthz")
async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok", "queue": _worker(request).scheduler.depth()})


@endpoint("/v1/models")
async def models(request: Request) -> Response:
    worker = _worker(request)
    host, config = worker.host, worker.config
    return JSONResponse({
        "object": "list", "data": host.models(),
        "mambagen": {"version": __version__, "prompt_version": PROMPT_VERSION, "default": host.default_id,
                     "window": host.window, "max_prompt_tokens": worker.max_prompt_tokens,
                     "max_tokens_limit": config.max_tokens_limit, "max_body_bytes": config.max_body_bytes,
                     "default_system_prompt": DEFAULT_SYSTEM_PROMPT},
    })


@endpoint("/v1/completions")
async def completions(request: Request) -> Response:
    worker = _worker(request)
    body = await read_json(request, worker.config.max_body_bytes)
    call = worker.call(body, default_max=16)
    prompt = body.get("prompt")
    prompts = prompt if isinstance(prompt, list) else [prompt]
    if not prompts or not all(isinstance(p, str) for p in prompts):
        raise ApiError(400, "prompt must be a string or a list of strings", code="invalid_field")
    if call.decoding.stream and len(prompts) > 1:
        raise ApiError(400, "stream takes a single prompt", code="invalid_field")
    if len(prompts) > worker.config.max_batch:
        raise ApiError(400, f"at most {worker.config.max_batch} prompts per request", code="invalid_field")
    for text in prompts:
        worker.prompt_limits(worker.host.count_tokens(text), call.decoding.max_tokens)
    jobs = [worker.job(call, text, seed_offset=i) for i, text in enumerate(prompts)]
    rid = _request_id(request)
    if call.decoding.stream:
        return _stream(worker, jobs[0], call, rid, chat=False, extra={})
    try:
        for job in jobs:
            worker.submit(job)
    except ApiError:  # 429 part way: the jobs already queued are not wanted any more
        for job in jobs:
            job.cancelled = True
        raise
    answers = [await worker.wait(job) for job in jobs]
    results = [a[0] for a in answers]
    return JSONResponse({
        "id": f"cmpl-{rid}", "object": "text_completion", "created": int(time.time()),
        "model": call.entry.id,
        "choices": [{"index": i, "text": r.text, "finish_reason": r.finish_reason, "logprobs": None}
                    for i, r in enumerate(results)],
        "usage": _usage(results),
        "mambagen": {"request_id": rid, **answers[0][1]},
    }, headers={"X-Request-Id": rid})


@endpoint("/v1/chat/completions")
async def chat_completions(request: Request) -> Response:
    worker = _worker(request)
    host = worker.host
    body = await read_json(request, worker.config.max_body_bytes)
    call = worker.call(body, default_max=1024)
    extra: dict[str, Any] = {}
    if body.get("mambagen_case") is not None:
        wire_case = CaseWire.from_json(body["mambagen_case"])
        case = worker.case(wire_case)  # one object: the prompt's cuts and the constraint read one inventory
        # messages may ride along (an OpenAI client always sends them): only a system message is used
        messages = parse_messages(body.get("messages"), required=False)
        system = wire_case.system_prompt
        if system is None and messages and messages[0]["role"] == "system":
            system = messages[0]["content"]
        max_tokens = call.decoding.max_tokens
        window = min(host.window, worker.max_prompt_tokens + max_tokens)
        prompt, note, error = host.fit_case(case, system, max_tokens, window=window)
        if error:
            raise ApiError(413, error, code="prompt_too_long")
        constraint = host.constraint_for(case) if wire_case.grounded else None
        extra["note"] = note
        extra["grounded"] = wire_case.grounded
    else:
        messages = parse_messages(body.get("messages"), required=True)
        try:
            prompt = host.render_messages(messages)
        except Exception as exc:
            raise ApiError(400, f"the model's chat template refused these messages: {exc}",
                           code="invalid_messages") from None
        constraint = None
        worker.prompt_limits(host.count_tokens(prompt), call.decoding.max_tokens)
    job = worker.job(call, prompt, constraint)
    rid = _request_id(request)
    if call.decoding.stream:
        return _stream(worker, job, call, rid, chat=True, extra=extra)
    worker.submit(job)
    result, info = await worker.wait(job)
    return JSONResponse(chat_answer(rid=rid, created=int(time.time()), model=call.entry.id, text=result.text,
                                    finish_reason=result.finish_reason, usage=_usage([result]),
                                    extra={**extra, **info}), headers={"X-Request-Id": rid})


@endpoint("/v1/mambagen/validate")
async def validate_endpoint(request: Request) -> Response:
    worker = _worker(request)
    body = await read_json(request, worker.config.max_body_bytes)
    wire = ValidateWire.from_json(body)
    entry = worker.host.entry(body.get("model") if isinstance(body.get("model"), str) else None)
    identity = entry.identity if entry is not None else {}
    decoding = _page_decoding(body)
    # _validate is looked up at call time (a test replaces it to check the 500 path)
    return JSONResponse(await asyncio.to_thread(_validate, wire, identity=identity, decoding=decoding))


@endpoint("/metrics")
async def metrics_endpoint(request: Request) -> Response:
    return PlainTextResponse(_worker(request).metrics.render(), media_type="text/plain; version=0.0.4")


@endpoint("/")
async def index(_request: Request) -> Response:
    page = resources.files(__package__).joinpath("static/index.html").read_bytes()
    # the security headers come from SecurityHeadersMiddleware, as for /static/*
    return Response(page, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})


@contextlib.asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    worker: Worker = app.state.worker
    await worker.scheduler.start(warm_up=worker.config.warm_up)
    if worker.config.ready_message:
        print(worker.config.ready_message, flush=True)
    try:
        yield
    finally:
        await worker.scheduler.stop()


def create_app(host: ModelHost, config: WorkerConfig | None = None, metrics: Metrics | None = None) -> Starlette:
    """The worker's ASGI app: routes to the module-level handlers, the Worker in ``app.state.worker``."""
    worker = Worker(host, config or WorkerConfig(), metrics)
    static_dir = str(resources.files(__package__).joinpath("static"))
    routes = [
        Route("/", index),
        Route("/healthz", healthz),
        Route("/metrics", metrics_endpoint),
        Route("/v1/models", models),
        Route("/v1/completions", completions, methods=["POST"]),
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/v1/mambagen/validate", validate_endpoint, methods=["POST"]),
        Mount("/static", StaticFiles(directory=static_dir), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.worker = worker
    app.add_middleware(AuthMiddleware, token=worker.config.token, metrics=worker.metrics)
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: 401s and 404s get the headers too
    return app


def _page_decoding(body: dict[str, Any]) -> dict[str, Any]:
    """The plugin's decoding settings (part of the fingerprint) for what the page asked the model for.

    With the plugin's defaults on the page, a downloaded test's fingerprint equals the one
    ``pytest --mambagen`` computes, and the file counts as up to date; otherwise it is stale
    and the next run regenerates it (unless a person edits it first).
    """
    from ..config import Settings

    system = body.get("system_prompt")
    if not isinstance(system, str) or not system.strip() or system.strip() == DEFAULT_SYSTEM_PROMPT.strip():
        system = None
    try:
        settings = Settings(temperature=float(body.get("temperature", 0.0)),
                            lora_scale=float(body.get("lora_scale", 1.0)),
                            max_new_tokens=int(body.get("max_tokens", 1024)), system_prompt=system,
                            grounded_decoding=body.get("grounded", True) is not False)
    except (TypeError, ValueError, MambagenError):
        settings = Settings()
    return settings.decoding


def _validate(wire: ValidateWire, *, identity: dict[str, Any] | None = None,
              decoding: dict[str, Any] | None = None) -> dict[str, Any]:
    """The static step of the plugin's candidate loop (:func:`~pytest_mambagen.candidates.check`), as the
    plugin runs it when it does not verify: the page's verdict is the plugin's own."""
    from ..candidates import CaseInputs, check
    from ..discovery import MANUAL_SUFFIX, target_for
    from ..fingerprint import case_fingerprint
    from ..writer import render

    try:
        inventory = wire.case.inventory()
    except Exception as exc:  # the page shows it; the verdict still has syntax and policy
        inventory, problem = None, f"the screen could not be read: {exc}"
    else:
        problem = None
    siblings = dict(wire.siblings)
    inputs = CaseInputs(wire.screen, wire.jsx, Path(wire.screen), siblings, inventory,
                        manual_text=wire.manual or "")
    verdict = check(wire.code, inputs).verdict
    screen_name = wire.screen.rsplit("/", 1)[-1]
    stem = screen_name.split(".", 1)[0]
    manual_name = stem + (f".{wire.case_name}" if wire.case_name else "") + MANUAL_SUFFIX
    filename = target_for(Path(manual_name)).name  # the plugin's own naming, not a copy of it
    ok = verdict.ok and problem is None
    reasons = verdict.reasons + ([problem] if problem else [])
    download = None
    if ok:
        # the header the plugin writes, so that the saved file beside its screen is recognised as
        # generated (stale or current), never as a stranger's file ("not ours")
        manual_text = (wire.manual or "").replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        fingerprint = case_fingerprint(manual=manual_text, screen=wire.jsx, siblings=siblings,
                                       model=identity or {}, decoding=decoding or {}, mount_path=wire.screen)
        download = render(manual_name, screen_name, fingerprint, verdict.code)
    summary = ("static checks passed (syntax, a test, policy, mount, grounding); not run" if ok
               else "rejected: " + "; ".join(reasons))
    return {"ok": ok, "checks": verdict.checks, "executed": False, "summary": summary, "reasons": reasons,
            "warnings": verdict.warnings, "repairs": verdict.repairs, "tests": verdict.tests, "code": verdict.code,
            "filename": filename, "download": download}


# -- streaming ------------------------------------------------------------------------------------


def _sse(payload: Any) -> str:
    return f"data: {json.dumps(payload)}\n\n"


def _stream(worker: Worker, job: Job, call: Call, rid: str, *, chat: bool,
            extra: dict[str, Any]) -> StreamingResponse:
    """Submit ``job`` and answer with Server-Sent Events: one chunk per new piece of text, then [DONE]."""
    updates: asyncio.Queue[tuple[str, str | None]] = asyncio.Queue()
    job.row.on_text = worker.scheduler.thread_safe(lambda text: updates.put_nowait(("text", text)))
    future = worker.submit(job)  # may raise 429 before any byte is sent
    future.add_done_callback(lambda _f: updates.put_nowait(("done", None)))
    began = time.monotonic()
    created = int(time.time())
    name = "/v1/chat/completions" if chat else "/v1/completions"
    model = call.entry.id

    def chunk(text: str | None, finish: str | None, *, role: bool = False, **more: Any) -> str:
        if chat:
            delta: dict[str, Any] = {"role": "assistant"} if role else {}
            if text:
                delta["content"] = text
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            obj = "chat.completion.chunk"
        else:
            choice = {"index": 0, "text": text or "", "finish_reason": finish, "logprobs": None}
            obj = "text_completion"
        return _sse({"id": f"{'chatcmpl' if chat else 'cmpl'}-{rid}", "object": obj, "created": created,
                     "model": model, "choices": [choice], **more})

    async def events() -> AsyncIterator[str]:
        status = 200
        sent = ""
        try:
            yield chunk(None, None, role=True)
            while True:
                remaining = job.deadline - time.monotonic()
                if remaining <= 0:
                    job.cancelled = True
                    status = 504
                    yield _sse({"error": {"message": worker._timeout_error().message, "type": "server_error",
                                          "code": "timeout"}})
                    break
                try:
                    kind, text = await asyncio.wait_for(updates.get(), timeout=min(remaining, 10.0))
                except TimeoutError:
                    yield ": keep-alive\n\n"
                    continue
                if kind == "text":
                    if text and text.startswith(sent) and len(text) > len(sent):
                        yield chunk(text[len(sent):], None)
                        sent = text
                    continue
                try:
                    result, info = future.result()
                except Exception as exc:
                    status = 504 if isinstance(exc, Expired) else 503 if isinstance(exc, Stopped) else 500
                    message = (worker._timeout_error().message if isinstance(exc, Expired)
                               else f"generation failed: {type(exc).__name__}: {exc}")
                    yield _sse({"error": {"message": message, "type": "server_error", "code": "generation_failed"}})
                    break
                rest = result.text[len(sent):] if result.text.startswith(sent) else ""
                if rest:
                    yield chunk(rest, None)
                yield chunk(None, result.finish_reason, usage=_usage([result]),
                            mambagen={"request_id": rid, **extra, **info})
                break
            yield "data: [DONE]\n\n"
        finally:
            if not future.done():
                job.cancelled = True
                worker.metrics.disconnects += 1
                status = 499  # the client went away before its answer
            worker.metrics.request(name, status, time.monotonic() - began)

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Request-Id": rid, "X-Accel-Buffering": "no"})
