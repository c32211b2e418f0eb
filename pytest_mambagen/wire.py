"""The wire format of ``POST /v1/chat/completions`` with ``mambagen_case``: one schema, both ends.

The worker (``worker/app.py``) parses requests with :func:`parse_decoding`,
:func:`parse_messages` and :meth:`CaseWire.from_json` (and the validate endpoint's
with :meth:`ValidateWire.from_json`), and writes answers with
:func:`chat_answer`; the client (``backends/remote.py``) writes requests with
:func:`chat_request` and reads answers with :func:`parse_chat_answer`. Before this
module each side spelled the fields by hand, and a field added on one side was
silently dropped by the other; now a round trip through this module is tested
(tests/test_wire.py).

Validation happens once, at the edge, and raises :class:`WireError` naming the
field; the worker turns it into a JSON 400 (``invalid_field``). JSON's ``NaN`` and
``Infinity`` pass every comparison, so numbers are checked for finiteness before
their range. The ranges of temperature and LoRA scale are the plugin's own
(:data:`~pytest_mambagen.config.TEMPERATURE_RANGE`, ``LORA_SCALE_RANGE``), so the
worker accepts exactly what ``pytest --mambagen-temperature`` accepts.

Standard library only: the plugin imports this when it talks to a worker, and
the worker imports it at start.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .config import LORA_SCALE_RANGE, TEMPERATURE_RANGE
from .prompts import CaseInput

#: top_p is a probability mass: above 0, at most 1.
TOP_P_RANGE = (0.0, 1.0)
#: OpenAI's limit on stop sequences.
MAX_STOP = 4
ROLES = ("system", "user", "assistant")
FINISH_REASONS = ("stop", "length")


class WireError(ValueError):
    """A request or answer that does not follow the schema; ``field`` names the culprit."""

    def __init__(self, message: str, *, field: str = ""):
        super().__init__(message)
        self.message, self.field = message, field


# -- numbers and texts -------------------------------------------------------------------------------


def number(body: Mapping[str, Any], name: str, default: float, low: float, high: float, *,
           integer: bool = False, low_open: bool = False) -> Any:
    """``body[name]`` checked as a finite number in ``[low, high]`` (``(low, high]`` with ``low_open``)."""
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        raise WireError(f"{name} must be {'an integer' if integer else 'a number'}, got {value!r}", field=name)
    if isinstance(value, float) and not math.isfinite(value):  # NaN and Infinity pass every comparison
        raise WireError(f"{name} must be a finite number, got {value!r}", field=name)
    if value < low or value > high or (low_open and value == low):
        raise WireError(f"{name} must be {'over' if low_open else 'at least'} {low:g} and at most {high:g}, "
                        f"got {value!r}", field=name)
    return value


def text(value: Any, name: str) -> str:
    """A message content: a string, or OpenAI's list of ``{"type": "text", "text": ...}`` parts."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if not (isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)):
                raise WireError(f"{name}: only text content parts are supported", field=name)
            parts.append(part["text"])
        return "".join(parts)
    raise WireError(f"{name} must be a string", field=name)


def parse_messages(raw: Any, *, required: bool) -> list[dict[str, str]]:
    """Chat messages as ``[{"role", "content"}]`` with text content; ``required``: at least one."""
    if raw is None and not required:
        return []
    if not isinstance(raw, list) or (required and not raw):
        what = "a non-empty list (or send mambagen_case)" if required else \
            "a list of message objects (or left out beside mambagen_case)"
        raise WireError(f"messages must be {what}", field="messages")
    clean = []
    for i, message in enumerate(raw):
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise WireError(f"messages[{i}] must be an object with role system, user or assistant",
                            field=f"messages[{i}]")
        clean.append({"role": message["role"], "content": text(message.get("content"), f"messages[{i}].content")})
    return clean


def parse_stop(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or len(raw) > MAX_STOP or not all(isinstance(s, str) and s for s in raw):
        raise WireError(f"stop must be a string or a list of at most {MAX_STOP} strings", field="stop")
    return tuple(raw)


# -- decoding settings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decoding:
    """The decoding fields of a completion request, validated."""

    temperature: float = 1.0
    top_p: float = 1.0
    lora_scale: float = 1.0
    max_tokens: int = 16
    seed: int = 0
    stream: bool = False
    stop: tuple[str, ...] = ()


def parse_decoding(body: Mapping[str, Any], *, default_max: int, max_tokens_limit: int) -> Decoding:
    """The decoding fields of ``body`` (OpenAI's, plus ``lora_scale``); a missing seed is drawn here."""
    n = body.get("n", 1)
    if n != 1:
        raise WireError("n must be 1 (send several requests: the worker batches them)", field="n")
    seed = body.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise WireError(f"seed must be an integer, got {seed!r}", field="seed")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise WireError("stream must be true or false", field="stream")
    return Decoding(
        temperature=float(number(body, "temperature", 1.0, *TEMPERATURE_RANGE)),
        top_p=float(number(body, "top_p", 1.0, *TOP_P_RANGE, low_open=True)),
        lora_scale=float(number(body, "lora_scale", 1.0, *LORA_SCALE_RANGE)),
        max_tokens=int(number(body, "max_tokens", default_max, 1, max_tokens_limit, integer=True)),
        seed=seed if seed is not None else random.getrandbits(63),
        stream=stream,
        stop=parse_stop(body.get("stop")),
    )


# -- the case ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseWire:
    """``mambagen_case``: the manual case and its screen, so the worker builds the prompt itself."""

    manual: str
    jsx: str
    screen: str
    case_name: str = ""
    siblings: tuple[tuple[str, str], ...] = ()
    system_prompt: str | None = None
    grounded: bool = True

    @classmethod
    def from_case(cls, case: CaseInput, *, system_prompt: str | None, grounded: bool) -> CaseWire:
        return cls(case.manual, case.jsx, case.screen, case.case_name, tuple(case.siblings), system_prompt,
                   grounded)

    @property
    def case(self) -> CaseInput:
        return CaseInput(self.manual, self.jsx, self.screen, self.case_name, self.siblings)

    def to_json(self) -> dict[str, Any]:
        return {"manual": self.manual, "jsx": self.jsx, "screen": self.screen, "case_name": self.case_name,
                "siblings": [list(pair) for pair in self.siblings], "system_prompt": self.system_prompt,
                "grounded": self.grounded}

    @classmethod
    def from_json(cls, raw: Any) -> CaseWire:
        if not isinstance(raw, dict):
            raise WireError("mambagen_case must be an object with manual, jsx and screen", field="mambagen_case")
        fields: dict[str, str] = {}
        for name in ("manual", "jsx", "screen"):
            value = raw.get(name)
            if not isinstance(value, str) or (name != "manual" and not value.strip()):
                raise WireError(f"mambagen_case.{name} must be a non-empty string", field=f"mambagen_case.{name}")
            fields[name] = value
        case_name = raw.get("case_name") or ""
        if not isinstance(case_name, str):
            raise WireError("mambagen_case.case_name must be a string", field="mambagen_case.case_name")
        system = raw.get("system_prompt")
        if system is not None and not isinstance(system, str):
            raise WireError("mambagen_case.system_prompt must be a string", field="mambagen_case.system_prompt")
        grounded = raw.get("grounded", True)
        if not isinstance(grounded, bool):  # "no" would read as true
            raise WireError(f"mambagen_case.grounded must be true or false, got {grounded!r}",
                            field="mambagen_case.grounded")
        return cls(fields["manual"], fields["jsx"], fields["screen"], case_name,
                   parse_siblings(raw.get("siblings"), "mambagen_case.siblings"), system, grounded)


def parse_siblings(raw: Any, name: str = "siblings") -> tuple[tuple[str, str], ...]:
    """Sibling sources as ``((path, text), ...)``, from a list of pairs or an object."""
    if raw is None or raw == [] or raw == {}:
        return ()
    items = list(raw.items()) if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise WireError(f"{name} must be a list of [path, text] pairs", field=name)
    out = []
    for pair in items:
        if not (isinstance(pair, list | tuple) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            raise WireError(f"{name} must be a list of [path, text] pairs", field=name)
        out.append((pair[0], pair[1]))
    return tuple(out)


@dataclass(frozen=True)
class ValidateWire:
    """The body of ``POST /v1/mambagen/validate``: a candidate and the case it answers (the chat page's)."""

    code: str
    jsx: str
    screen: str = "Screen.jsx"
    siblings: tuple[tuple[str, str], ...] = ()
    manual: str | None = None
    case_name: str = ""

    @property
    def case(self) -> CaseInput:
        return CaseInput(self.manual or "", self.jsx, self.screen, self.case_name, self.siblings)

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> ValidateWire:
        code, jsx = body.get("code"), body.get("jsx")
        screen = body.get("screen") or "Screen.jsx"  # the page may leave it empty
        for name, value in (("code", code), ("jsx", jsx), ("screen", screen)):
            if not isinstance(value, str):
                raise WireError("validate takes code, jsx and screen as strings", field=name)
        siblings = parse_siblings(body.get("siblings"))
        manual = body.get("manual")
        case_name = body.get("case_name") or ""
        if manual is not None and not isinstance(manual, str):
            raise WireError("validate takes manual and case_name as strings", field="manual")
        if not isinstance(case_name, str):
            raise WireError("validate takes manual and case_name as strings", field="case_name")
        return cls(code, jsx, screen, siblings, manual, case_name)


# -- request and answer ------------------------------------------------------------------------------


def chat_request(*, model: str, messages: Sequence[Mapping[str, str]], temperature: float, max_tokens: int,
                 seed: int, case: CaseWire | None = None, lora_scale: float | None = None) -> dict[str, Any]:
    """The body the client sends; ``case`` and ``lora_scale`` only to a worker that speaks ``mambagen``."""
    body: dict[str, Any] = {
        "model": model, "messages": [dict(m) for m in messages], "temperature": temperature,
        "max_tokens": max_tokens, "seed": seed & 0x7FFF_FFFF_FFFF_FFFF,  # the worker takes a signed 63-bit seed
        "stream": False,
    }
    if lora_scale is not None:
        body["lora_scale"] = lora_scale
    if case is not None:
        body["mambagen_case"] = case.to_json()
    return body


@dataclass(frozen=True)
class ChatAnswer:
    """What the client keeps of a (non-streamed) chat completion."""

    text: str
    finish_reason: str  # stop | length
    completion_tokens: int = 0
    prompt_tokens: int = 0
    note: str | None = None  # the worker's note on how it cut the prompt
    extra: dict[str, Any] = field(default_factory=dict)  # the whole ``mambagen`` object


def chat_answer(*, rid: str, created: int, model: str, text: str, finish_reason: str, usage: Mapping[str, int],
                extra: Mapping[str, Any]) -> dict[str, Any]:
    """The worker's answer to a non-streamed chat completion (OpenAI's shape plus ``mambagen``)."""
    return {
        "id": f"chatcmpl-{rid}", "object": "chat.completion", "created": created, "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                     "finish_reason": finish_reason}],
        "usage": dict(usage),
        "mambagen": {"request_id": rid, **extra},
    }


def parse_chat_answer(data: Any) -> ChatAnswer:
    """Read a chat completion from any OpenAI-compatible server; :class:`WireError` if it is not one."""
    try:
        choice = data["choices"][0]
        content = choice["message"]["content"] or ""
        usage = data.get("usage") or {}
        extra = data.get("mambagen") or {}
        reason = choice.get("finish_reason")
        completion_tokens = int(usage.get("completion_tokens") or 0)
        prompt_tokens = int(usage.get("prompt_tokens") or 0)
    except (KeyError, IndexError, TypeError, AttributeError, ValueError):
        raise WireError("not a chat completion") from None
    extra = extra if isinstance(extra, dict) else {}
    note = extra.get("note")
    return ChatAnswer(text=str(content), finish_reason=reason if reason in FINISH_REASONS else "stop",
                      completion_tokens=completion_tokens, prompt_tokens=prompt_tokens,
                      note=note if isinstance(note, str) and note else None, extra=extra)
