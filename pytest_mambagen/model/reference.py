"""The reference generation path: transformers' own ``generate``.

Slow but plain; the fast decoder (:mod:`.decode`) is held equal to it on greedy
decoding, and ``mambagen bench`` measures both side by side.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import torch

from .decode import DecodeResult, SamplingParams


@torch.no_grad()
def reference_generate(
    model: torch.nn.Module, prompts: Sequence[Sequence[int]], params: SamplingParams, *, pad_id: int = 0
) -> list[DecodeResult]:
    start = time.perf_counter()
    device = next(model.parameters()).device
    b, width = len(prompts), max(len(p) for p in prompts)
    ids = torch.full((b, width), pad_id, dtype=torch.long)
    mask = torch.zeros((b, width), dtype=torch.long)
    for i, p in enumerate(prompts):
        ids[i, width - len(p):] = torch.tensor(list(p), dtype=torch.long)
        mask[i, width - len(p):] = 1
    sample = params.temperature > 0
    output = model.generate(
        input_ids=ids.to(device), attention_mask=mask.to(device), max_new_tokens=params.max_new_tokens,
        do_sample=sample, temperature=params.temperature if sample else None,
        top_p=params.top_p if sample else None, top_k=None,
        eos_token_id=list(params.stop_ids) or None, pad_token_id=pad_id,
    )
    seconds = time.perf_counter() - start
    results = []
    stop = set(params.stop_ids)
    for i in range(b):
        new = output[i, width:].tolist()
        reason = "length"
        for j, token in enumerate(new):
            if token in stop:
                new, reason = new[:j], "stop"
                break
        results.append(DecodeResult(new, reason, len(prompts[i]), seconds))
    return results
