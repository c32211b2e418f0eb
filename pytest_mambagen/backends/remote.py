"""The remote backend: generate on ``mambagen serve`` workers, or any OpenAI-compatible server.

Requests go to ``POST /v1/chat/completions`` with the messages of the one prompt
builder, spread round-robin over the workers in ``settings.worker`` and sent
concurrently (``batch_size`` in flight per worker), so a worker batches them
into one generate call. A worker that advertises ``mambagen`` in ``/v1/models``
also gets the case itself (``mambagen_case``) and the LoRA scale: it rebuilds
the prompt, cuts it to its window and grounds decoding exactly as the local
backend does, and its identity (base and adapter hashes) is the local one, so
fingerprints agree. A plain server (vLLM hosting Codestral-Mamba, say) gets
standard fields only; its identity is its model name (``remote:<name>``), and a
prompt it finds too long is retried once without the screen source.

Only what retrying can fix is retried: 429, 5xx, timeouts and connections lost
mid-run (a worker restarting), with exponential backoff (honouring
``Retry-After``), on the next worker; 400, 401, 404 and 413 are not. A refused
connection at first contact (``identity()``: nothing listens at the URL) is not
retried either: the run fails within a second saying so, instead of sleeping
through the backoff before its first word. The request and answer bodies are
the shared wire schema (``pytest_mambagen.wire``), the one the worker parses. A failure
that concerns one request is that request's ``Completion.error``; when the
workers are gone, the requests not finished yet say so ("unfinished") and the
finished ones are kept; when nothing could be generated at all,
:class:`WorkerUnavailable` is raised.

Knobs (environment): ``MAMBAGEN_WORKER_RETRIES`` (4), ``MAMBAGEN_WORKER_BACKOFF``
(first wait in seconds, doubling; 0.5), ``MAMBAGEN_WORKER_TIMEOUT`` (seconds to
wait for one answer; 900), ``MAMBAGEN_WORKER_CONCURRENCY`` (requests in flight
per worker; default ``batch_size``).
"""

from __future__ import annotations

import itertools
import os
import random
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

from .. import __version__
from ..config import Settings
from ..errors import BackendError, ConfigError, WorkerUnavailable
from ..prompts import PROMPT_VERSION, PromptParts, build_messages
from ..wire import CaseWire, WireError, chat_request, parse_chat_answer
from .base import Completion, ProgressFn, Request

ENV_RETRIES = "MAMBAGEN_WORKER_RETRIES"
ENV_BACKOFF = "MAMBAGEN_WORKER_BACKOFF"
ENV_TIMEOUT = "MAMBAGEN_WORKER_TIMEOUT"
ENV_CONCURRENCY = "MAMBAGEN_WORKER_CONCURRENCY"
MAX_BACKOFF = 30.0
IDENTITY_KEYS = ("base", "base_sha256", "adapter", "adapter_sha256")
EMBEDDED_ID = "pytest-mambagen/embedded-mamba2"


@dataclass
class _Server:
    url: str
    model: str  # what goes in the request's "model" field
    identity: dict[str, Any]
    mambagen: bool  # speaks our extensions (mambagen_case, lora_scale)


class _Failure(Exception):
    def __init__(self, message: str, *, status: int | None = None, retry: bool = False, connection: bool = False,
                 fatal: bool = False, retry_after: float | None = None, refused: bool = False):
        super().__init__(message)
        self.message, self.status, self.retry, self.connection = message, status, retry, connection
        #: no connection at all (refused, or the connect timed out): nothing listens there, and at first
        #: contact waiting does not change that; mid-run it may be a worker restarting, so it is retried
        self.fatal, self.retry_after, self.refused = fatal, retry_after, refused


def _knob(settings: Settings, env: str, default: float, cast=float) -> Any:
    key = env[len("MAMBAGEN_"):].lower()
    raw = settings.extra.get(key, os.environ.get(env))
    if raw in (None, ""):
        return default
    try:
        value = cast(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"{env} must be a number, got {raw!r}") from None
    if value < 0:
        raise ConfigError(f"{env} must not be negative, got {raw!r}")
    return value


class RemoteBackend:
    name = "remote"

    def __init__(self, settings: Settings):
        import httpx

        if not settings.worker:
            raise ConfigError("the remote backend needs at least one --mambagen-worker URL")
        self.settings = settings
        self.urls = [url.rstrip("/") for url in settings.worker]
        self.token = settings.token()
        self.retries = int(_knob(settings, ENV_RETRIES, 4, int))
        self.backoff = float(_knob(settings, ENV_BACKOFF, 0.5))
        self.timeout = float(_knob(settings, ENV_TIMEOUT, 900.0)) or 900.0
        self.concurrency = max(1, int(_knob(settings, ENV_CONCURRENCY, settings.batch_size, int)))
        headers = {"User-Agent": f"pytest-mambagen/{__version__}"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        self._client = httpx.Client(
            headers=headers, timeout=httpx.Timeout(self.timeout, connect=min(10.0, self.timeout)),
            # keepalive_expiry under uvicorn's default keep-alive (5 s, vLLM's too): this client drops an
            # idle connection before the server can close it in the instant it is reused (a reset)
            limits=httpx.Limits(max_connections=self.concurrency * len(self.urls) + 2, keepalive_expiry=2.0),
        )
        self._lock = threading.Lock()
        self._turn = itertools.count()
        self._servers: dict[str, _Server] = {}
        self._excluded: dict[str, str] = {}  # url -> why it is not used
        self._down_until: dict[str, float] = {}
        self._identity: dict[str, Any] | None = None
        self._primary = self.urls[0]
        self._abort: str | None = None

    # -- identity (one GET /v1/models, no generation) -----------------------------------
    def identity(self) -> dict[str, Any]:
        """The hosted model's identity, from the first worker that answers ``/v1/models``.

        Each round asks every worker once. Rounds repeat (with backoff) only while some
        worker failed in a way that waiting can fix (a timeout, 429, 5xx); when every
        worker refused the connection, nothing listens there, and the run is told at once.
        """
        if self._identity is None:
            unreachable: dict[str, _Failure] = {}
            for attempt in range(self.retries + 1):
                for url in self.urls:
                    try:
                        server = self._probe(url)
                    except _Failure as failure:
                        if not failure.retry:
                            raise WorkerUnavailable(failure.message) from None
                        unreachable[url] = failure
                        continue
                    self._identity = server.identity
                    self._primary = url
                    return dict(self._identity)
                if all(f.refused for f in unreachable.values()) or attempt >= self.retries:
                    break
                time.sleep(min(MAX_BACKOFF, self.backoff * (2 ** attempt)))
            if len(unreachable) == 1:
                raise WorkerUnavailable(next(iter(unreachable.values())).message)
            raise WorkerUnavailable("no worker answered: " + "; ".join(f.message for f in unreachable.values()))
        return dict(self._identity)

    def _server(self, url: str) -> _Server:
        try:
            return self._probe(url)
        except _Failure as failure:
            raise WorkerUnavailable(failure.message) from None

    def _probe(self, url: str) -> _Server:
        """The server at ``url`` (asked once, then remembered); :class:`_Failure` when it cannot answer."""
        if url not in self._servers:
            response = self._request("GET", url, "/v1/models", None, None, retries=0)
            try:
                data = response.json()["data"]
                if not isinstance(data, list) or not all(isinstance(e, dict) and "id" in e for e in data):
                    raise ValueError("data is not a list of models")
            except (ValueError, KeyError, TypeError) as exc:
                raise BackendError(f"{url}/v1/models did not answer an OpenAI model list ({exc}); is "
                                   "--mambagen-worker the server's base URL (without /v1)?") from None
            self._servers[url] = self._choose(url, data)
        return self._servers[url]

    def _choose(self, url: str, data: list[dict[str, Any]]) -> _Server:
        names = ", ".join(str(e["id"]) for e in data) or "nothing"
        ours = [e for e in data if isinstance(e.get("mambagen"), dict)]
        adapter, model = self.settings.adapter, self.settings.model
        if ours:
            if adapter is not None and adapter.lower() == "none":
                picked = [e for e in ours if e["mambagen"].get("adapter") is None]
                wanted = "the base model alone"
            elif adapter is not None:
                picked = [e for e in ours if adapter in (e["id"], e["mambagen"].get("adapter"))]
                wanted = f"adapter {adapter!r}"
            else:
                picked = [e for e in ours if e["mambagen"].get("default")] or ours[:1]
                wanted = "a default model"
            if not picked:
                raise BackendError(f"the worker at {url} does not host {wanted}; it hosts: {names}",
                                   hint="pick one with --mambagen-adapter (or 'none' for the base alone)")
            entry = picked[0]
            info = entry["mambagen"]
            if model not in (None, "") and model not in (info.get("base"), entry["id"]) and not (
                    model == "embedded" and info.get("base") == EMBEDDED_ID):
                raise BackendError(f"the worker at {url} hosts base {info.get('base')!r}, not {model!r}",
                                   hint="drop --mambagen-model when generating on a worker, or serve that model")
            if str(info.get("prompt_version")) != PROMPT_VERSION:
                raise BackendError(f"the worker at {url} builds prompts of version {info.get('prompt_version')!r}, "
                                   f"this plugin version {PROMPT_VERSION!r}",
                                   hint="install the same pytest-mambagen on the worker and here")
            return _Server(url, str(entry["id"]), {k: info.get(k) for k in IDENTITY_KEYS}, True)
        wanted = adapter if adapter not in (None, "") and adapter.lower() != "none" else model
        if wanted not in (None, ""):
            picked = [e for e in data if e["id"] == wanted]
            if not picked:
                raise BackendError(f"the server at {url} does not serve {wanted!r}; it serves: {names}",
                                   hint="name one of them with --mambagen-adapter or --mambagen-model")
            entry = picked[0]
        elif data:
            entry = data[0]
        else:
            raise BackendError(f"the server at {url} serves no model")
        name = str(entry["id"])
        parent = entry.get("parent")
        if isinstance(parent, str) and parent and parent != name:  # vLLM's LoRA modules name their base
            identity = {"base": parent, "base_sha256": f"remote:{parent}", "adapter": name,
                        "adapter_sha256": f"remote:{name}"}
        else:
            identity = {"base": name, "base_sha256": f"remote:{name}", "adapter": None, "adapter_sha256": None}
        return _Server(url, name, identity, False)

    # -- generation ----------------------------------------------------------------------
    def generate(self, requests: Sequence[Request], on_progress: ProgressFn | None = None) -> list[Completion]:
        self.identity()
        self._abort = None
        results: list[Completion | None] = [None] * len(requests)
        if not requests:
            return []
        done = tokens = 0
        workers = min(len(requests), self.concurrency * len(self.urls))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mambagen-remote") as pool:
            futures = {pool.submit(self._one, request): i for i, request in enumerate(requests)}
            for future in as_completed(futures):
                completion = future.result()
                results[futures[future]] = completion
                done += 1
                tokens += completion.tokens
                if on_progress is not None:
                    on_progress(done, tokens)
        out = [c for c in results if c is not None]
        if self._abort is not None and all(c.error for c in out):
            raise WorkerUnavailable(self._abort)
        return out

    def _one(self, request: Request) -> Completion:
        began = time.perf_counter()
        try:
            server = self._servers[self._primary]  # all workers in use host the same model
            body, note = self._body(server, request, PromptParts()), None
            try:
                data, server = self._post_chat(body, request.id)
            except _Failure as failure:
                if server.mambagen or failure.status != 400 or not _is_context_error(failure.message):
                    raise
                # A plain server found the prompt too long: the local backend's first cut, once.
                body = self._body(server, request, PromptParts(include_jsx=False))
                note = (f"screen source left out of the prompt: the server at {server.url} found it too long "
                        f"({failure.message.splitlines()[0][:160]})")
                data, server = self._post_chat(body, request.id)
        except _Failure as failure:
            return Completion(request.id, finish_reason="error", error=failure.message,
                              seconds=time.perf_counter() - began)
        try:
            answer = parse_chat_answer(data)
        except WireError:
            return Completion(request.id, finish_reason="error", seconds=time.perf_counter() - began,
                              error=f"the worker at {server.url} answered something that is not a chat completion")
        return Completion(
            request.id, text=answer.text, tokens=answer.completion_tokens, prompt_tokens=answer.prompt_tokens,
            seconds=time.perf_counter() - began, finish_reason=answer.finish_reason, note=answer.note or note,
        )

    def _body(self, server: _Server, request: Request, parts: PromptParts) -> dict[str, Any]:
        """The request body (the shared wire schema); the case itself only for a ``mambagen`` worker."""
        case = request.case
        ours = server.mambagen
        return chat_request(
            model=server.model, messages=build_messages(case, system_prompt=request.system_prompt, parts=parts),
            temperature=request.temperature, max_tokens=request.max_new_tokens, seed=request.seed,
            case=CaseWire.from_case(case, system_prompt=request.system_prompt, grounded=request.grounded)
            if ours else None,
            lora_scale=self.settings.lora_scale if ours else None,
        )

    def _pick_server(self) -> _Server:
        """The next usable worker (round-robin), checked once against the first one's identity."""
        last: _Failure | None = None
        for _ in range(len(self.urls)):
            url = self._next_url()
            try:
                server = self._server(url)
            except (WorkerUnavailable, BackendError) as exc:
                unreachable = "cannot reach" in str(exc)
                last = _Failure(str(exc), connection=unreachable, retry=unreachable)
                self._mark_down(url)
                continue
            if server.identity != self._identity:
                self._excluded.setdefault(url, f"the worker at {url} hosts {server.identity}, not {self._identity}")
                continue
            return server
        if last is not None:
            raise last
        raise _Failure("no worker hosts the same model: " + "; ".join(self._excluded.values()), fatal=True)

    def _next_url(self) -> str:
        with self._lock:
            now = time.monotonic()
            usable = [u for u in self.urls if u not in self._excluded] or list(self.urls)
            for _ in range(len(usable)):
                url = usable[next(self._turn) % len(usable)]
                if self._down_until.get(url, 0.0) <= now:
                    return url
            return usable[next(self._turn) % len(usable)]

    def _mark_down(self, url: str) -> None:
        with self._lock:
            self._down_until[url] = time.monotonic() + max(self.backoff * 2, 0.05)

    def _post_chat(self, body: dict[str, Any], request_id: str) -> tuple[dict[str, Any], _Server]:
        attempt = 0
        while True:
            if self._abort is not None:
                raise _Failure(f"unfinished: {self._abort}", connection=True)
            url = None
            try:
                server = self._pick_server()
                url = server.url
                body["model"] = server.model
                response = self._request("POST", url, "/v1/chat/completions", body, request_id)
                try:
                    return response.json(), server
                except ValueError:
                    raise _Failure(f"the worker at {url} answered with something that is not JSON",
                                   retry=True) from None
            except _Failure as failure:
                if failure.connection and url is not None:
                    self._mark_down(url)
                if failure.fatal:
                    self._set_abort(failure.message)
                    raise
                if not failure.retry or attempt >= self.retries:
                    if failure.connection:
                        others = "" if len(self.urls) == 1 else f" (and the other workers: {', '.join(self.urls)})"
                        self._set_abort(f"{failure.message}{others}; gave up after {attempt + 1} attempts: "
                                        "rerun pytest --mambagen when the worker is back (finished cases were kept)")
                        raise _Failure(f"unfinished: {self._abort}", connection=True) from None
                    raise
                wait = min(MAX_BACKOFF, self.backoff * (2 ** attempt)) * (0.75 + 0.5 * random.random())
                if failure.retry_after is not None:
                    wait = min(MAX_BACKOFF, max(wait, failure.retry_after))
                attempt += 1
                time.sleep(wait)

    def _set_abort(self, message: str) -> None:
        with self._lock:
            if self._abort is None:
                self._abort = message

    def _request(self, method: str, url: str, path: str, body: dict[str, Any] | None, request_id: str | None,
                 retries: int | None = None):
        """One HTTP exchange (GETs retried ``retries`` times); errors become :class:`_Failure` naming the URL."""
        import httpx

        retries = self.retries if retries is None else retries
        headers = {"X-Request-Id": request_id.replace(" ", "_")[:64]} if request_id else None
        attempt = 0
        while True:
            try:
                response = self._client.request(method, url + path, json=body, headers=headers)
            except httpx.TimeoutException as exc:
                if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
                    failure = _Failure(f"cannot reach the worker at {url} (connection timed out); check that "
                                       "`mambagen serve` runs there and that --mambagen-worker is right",
                                       retry=True, connection=True,
                                       refused=isinstance(exc, httpx.ConnectTimeout))
                else:
                    failure = _Failure(f"the worker at {url} did not answer within {self.timeout:g} s; raise "
                                       f"{ENV_TIMEOUT} or check the worker's load (its /metrics)")
            except httpx.TransportError as exc:
                detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                # ConnectError: refused, or no route/name; nothing answered at all (unlike a read cut short)
                failure = _Failure(f"cannot reach the worker at {url} ({type(exc).__name__}: {detail}); check that "
                                   "`mambagen serve` runs there and that --mambagen-worker is right",
                                   retry=True, connection=True, refused=isinstance(exc, httpx.ConnectError))
            else:
                if response.status_code == 200:
                    return response
                failure = self._http_failure(url, path, response)
            if method != "GET" or not failure.retry or attempt >= retries:
                raise failure
            time.sleep(min(MAX_BACKOFF, self.backoff * (2 ** attempt)))
            attempt += 1

    def _http_failure(self, url: str, path: str, response: Any) -> _Failure:
        status = response.status_code
        try:
            message = str(response.json()["error"]["message"])
        except Exception:
            message = (response.text or "").strip().splitlines()[0][:300] if response.text else ""
        where = f"the worker at {url}"
        env = self.settings.token_env
        if status in (401, 403):
            text = (f"{where} refused the token: set {env} to the worker's token" if self.token
                    else f"{where} needs a token: set {env} to the worker's token")
            return _Failure(text, status=status, fatal=True)
        if status == 429:
            try:
                after = float(response.headers.get("retry-after", ""))
            except ValueError:
                after = None
            return _Failure(f"{where} is busy (429: {message}); it stayed busy through "
                            f"{self.retries} retries, raise {ENV_RETRIES} or add workers", status=status, retry=True,
                            retry_after=after)
        if status >= 500:
            return _Failure(f"{where} failed ({status}: {message})", status=status, retry=True)
        if status == 404 and path == "/v1/models":
            return _Failure(f"{where} has no /v1/models (404); is --mambagen-worker the server's base URL, "
                            "without /v1?", status=status, fatal=True)
        if status == 404:
            return _Failure(f"{where} does not know this model (404: {message})", status=status)
        if status == 413:
            return _Failure(f"{where} refused the prompt as too large: {message}", status=status)
        return _Failure(f"{where} rejected the request ({status}: {message})", status=status)

    def close(self) -> None:
        self._client.close()


def _is_context_error(message: str) -> bool:
    text = message.lower()
    return any(key in text for key in ("context length", "maximum context", "context window", "too long",
                                       "max_model_len", "prompt is"))
