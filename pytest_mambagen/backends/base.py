"""The backend protocol: what the generation pass asks of a model, local or remote.

A backend turns :class:`Request` objects (one per case and candidate) into
:class:`Completion` objects, in batches, and tells the fingerprint who it is
(:meth:`Backend.identity`) without loading anything heavy. A failure that
concerns one request comes back as ``Completion.error``; a failure of the
backend itself (model cannot load, worker down) raises :class:`BackendError`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..prompts import CaseInput


@dataclass
class Request:
    id: str  # unique per case and candidate
    case: CaseInput
    system_prompt: str | None = None
    temperature: float = 0.0
    seed: int = 0
    max_new_tokens: int = 1024
    grounded: bool = True


@dataclass
class Completion:
    id: str
    text: str = ""
    tokens: int = 0
    prompt_tokens: int = 0
    seconds: float = 0.0
    finish_reason: str = "stop"  # "stop", "length" or "error"
    error: str | None = None  # this request failed (one line); others may have succeeded
    note: str | None = None  # what the backend changed in the prompt (e.g. source left out)


ProgressFn = Callable[[int, int], None]  # (requests finished, tokens generated so far)


class Backend(Protocol):
    name: str

    def identity(self) -> dict[str, Any]:
        """Model identity for fingerprints; must not load the model."""

    def generate(self, requests: Sequence[Request], on_progress: ProgressFn | None = None) -> list[Completion]:
        """Completions for ``requests``, in the same order."""

    def close(self) -> None:
        """Free the model / connections."""
