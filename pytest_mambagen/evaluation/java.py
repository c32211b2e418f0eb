"""CONCODE (Java) candidates: the case's ``nl`` as a plain instruction through the chat template.

Same engine as the Python cases, no screen, no grounding and no validator: the
first Java method of the answer is kept and scored on text only (Java methods
here have no tests to run).
"""

from __future__ import annotations

import time
from typing import Any

from ..candidates import Draw
from .datasets import EvalCase
from .state import Candidate

CONCODE_SYSTEM = None  # CONCODE: the instruction alone, no system message


def generate_java(engine: Any, batch: list[tuple[EvalCase, Draw]], max_new_tokens: int) -> list[Candidate]:
    """One candidate per item of ``batch``, in order; a prompt over the window is an error candidate."""
    from ..model.engine import EngineRow
    from ..prompts import render
    from .textmetrics import first_java_method

    out: list[Candidate | None] = [None] * len(batch)
    rows, where = [], []
    for i, (case, draw) in enumerate(batch):
        messages = [{"role": "user", "content": case.instruction or ""}]
        prompt = render(engine.tokenizer, messages)
        size = engine.count_tokens(prompt)
        if size > engine.window - max_new_tokens:
            out[i] = Candidate(case.id, draw.index, draw.temperature, draw.seed, finish="error",
                               error=f"prompt is {size} tokens, over the model's window of {engine.window} "
                                     f"minus {max_new_tokens} for the answer")
            continue
        rows.append(EngineRow(prompt, draw.temperature, 1.0, draw.seed, None))
        where.append(i)
    if rows:
        t0 = time.perf_counter()
        results = engine.generate(rows, max_new_tokens)
        wall = time.perf_counter() - t0
        for i, result in zip(where, results, strict=True):
            case, draw = batch[i]
            text = engine.decode(result)
            out[i] = Candidate(case.id, draw.index, draw.temperature, draw.seed, text=text,
                               code=first_java_method(text), tokens=len(result.tokens), seconds=wall / len(rows),
                               finish=result.finish_reason)
    for cand in out:
        assert cand is not None
        cand.checks = {"syntax": bool(cand.code.strip())}
    return [c for c in out if c is not None]


__all__ = ["CONCODE_SYSTEM", "generate_java"]
