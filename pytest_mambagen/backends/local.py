"""The local backend: a Mamba-2 model (and LoRA adapter) on this machine's CPU or GPU.

Resolution and identity are cheap; the model loads on the first ``generate``.
All requests of a pass are generated in batches (grouped by temperature and
sorted by prompt length, so padding stays small).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import BackendError, MambagenError
from ..model import loading
from ..prompts import CaseInput, fit_messages, render
from .base import Completion, ProgressFn, Request


class LocalBackend:
    name = "local"

    def __init__(self, settings: Settings, project_root: Path | None = None):
        self.settings = settings
        self.base = loading.resolve_base(settings.model)
        self.adapter = loading.resolve_adapter(settings.adapter, self.base, project_root)
        self._engine = None

    def identity(self) -> dict[str, Any]:
        return loading.identity(self.base, self.adapter)

    @property
    def engine(self):
        if self._engine is None:
            from ..model.engine import Engine

            try:
                loaded = loading.load(self.base, self.adapter, self.settings.device, self.settings.lora_scale)
            except MambagenError:
                raise
            except Exception as exc:  # a broken checkpoint surfaces as assorted errors
                raise BackendError(f"cannot load model {self.base.source!r}: {exc}") from exc
            self._engine = Engine(loaded)
            self._engine.lora_scale = self.settings.lora_scale
        return self._engine

    def render(self, request: Request) -> tuple[str | None, str | None, str | None]:
        """``(prompt, note, error)``: the rendered prompt, what was cut, or why it cannot fit."""
        return fit_prompt(self.engine, request.case, request.system_prompt, request.max_new_tokens)

    def generate(self, requests: Sequence[Request], on_progress: ProgressFn | None = None) -> list[Completion]:
        from ..model.engine import EngineRow

        engine = self.engine
        results: dict[str, Completion] = {}
        ready: list[tuple[Request, EngineRow, str | None]] = []
        for request in requests:
            prompt, note, error = self.render(request)
            if error:
                results[request.id] = Completion(request.id, finish_reason="error", error=error)
                continue
            constraint = grounding_constraint(engine, request.case) if request.grounded else None
            ready.append((request, EngineRow(prompt, request.temperature, 1.0, request.seed, constraint), note))
        done_tokens = [0]

        def tick(_row: int) -> None:
            done_tokens[0] += 1
            if on_progress is not None and done_tokens[0] % 16 == 0:
                on_progress(len(results), done_tokens[0])

        groups: dict[tuple[float, int], list[tuple[Request, EngineRow, str | None]]] = {}
        for item in ready:
            groups.setdefault((item[0].temperature, item[0].max_new_tokens), []).append(item)
        for (_, max_new), items in groups.items():
            items.sort(key=lambda item: len(item[1].prompt))
            size = self.settings.batch_size
            for start in range(0, len(items), size):
                batch = items[start:start + size]
                began = time.perf_counter()
                outs = engine.generate([row for _, row, _ in batch], max_new, on_token=tick)
                for (request, _, note), out in zip(batch, outs, strict=True):
                    results[request.id] = Completion(
                        request.id, text=engine.decode(out), tokens=len(out.tokens), prompt_tokens=out.prompt_tokens,
                        seconds=time.perf_counter() - began, finish_reason=out.finish_reason, note=note)
                if on_progress is not None:
                    on_progress(len(results), done_tokens[0])
        return [results[r.id] for r in requests]

    def close(self) -> None:
        self._engine = None


# -- shared with the worker (``mambagen serve``), so that a case is cut and grounded the same way ----------


def fit_prompt(engine: Any, case: CaseInput, system_prompt: str | None, max_new_tokens: int,
               *, window: int | None = None) -> tuple[str | None, str | None, str | None]:
    """``(prompt, note, error)`` for one case in ``engine``'s window (``window`` overrides it).

    The fullest prompt that leaves room for ``max_new_tokens`` (see
    :func:`~pytest_mambagen.prompts.fit_messages` for what is cut first), with a note
    saying what was left out; else an error saying why it cannot fit.
    """
    window = engine.window if window is None else window
    budget = window - max_new_tokens
    messages, note, size = fit_messages(
        case, lambda m: engine.count_tokens(render(engine.tokenizer, m)), budget, system_prompt=system_prompt)
    if messages is None:
        return None, None, (f"prompt is {size} tokens even without the screen source, over the model's "
                            f"window of {window} minus {max_new_tokens}; shorten the manual case "
                            f"or lower --mambagen-max-new-tokens")
    return render(engine.tokenizer, messages), note, None


def grounding_constraint(engine: Any, case: CaseInput):
    """The grounded-decoding constraint for ``case`` (locator strings limited to the screen's inventory)."""
    from ..model.grounding import GroundingConstraint

    return GroundingConstraint.for_case(engine.token_index, case.inventory(), case.screen, case.manual)
