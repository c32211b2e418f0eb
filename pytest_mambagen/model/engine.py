"""The generation engine shared by the local backend and the worker.

Holds one loaded model (with any adapters), its tokenizer and a fast decoder;
turns rendered prompts into completions in batches, with per-row seeds and an
optional grounding constraint per row. Changing the LoRA scale or the active
adapter re-folds the weights into the decoder; nothing is reloaded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch

from .decode import DecodeResult, FastDecoder, SamplingParams
from .grounding import GroundingConstraint, TokenIndex
from .kernels import triton_available
from .loading import Loaded, cpu_supports_bf16
from .lora import set_lora_scale
from .reference import reference_generate


@dataclass
class EngineRow:
    prompt: str
    temperature: float = 0.0
    top_p: float = 1.0
    seed: int = 0
    constraint: GroundingConstraint | None = None


class Engine:
    def __init__(self, loaded: Loaded, *, fast: bool = True, compute_dtype: torch.dtype | None = None,
                 compile_step: bool = False):
        self.loaded = loaded
        self.model = loaded.model
        self.tokenizer = loaded.tokenizer
        self.window = loaded.base.window
        self.fast = fast
        self.lora_scale = 1.0
        self.lock = threading.Lock()  # one batch on the model at a time
        if compute_dtype is None:
            if loaded.device == "cpu":
                compute_dtype = torch.bfloat16 if cpu_supports_bf16() else torch.float32
            else:
                compute_dtype = next(self.model.parameters()).dtype
        on_cuda = loaded.device.startswith("cuda")
        # On CUDA the fused Triton SSM step (1.4x the plain step on the 7B shape, benchmarks/results/GPU.md);
        # compiling it pays 10-20 s once per batch size, worth it only in a long-lived worker.
        cuda_kw = dict(step_kind="fused" if triton_available() else "shift",
                       compile_step=compile_step, compile_dynamic=False) if on_cuda else {}
        self.decoder = FastDecoder(self.model, compute_dtype=compute_dtype, cuda_graph=on_cuda,
                                   state_dtype=compute_dtype if on_cuda else torch.float32,
                                   **cuda_kw) if fast else None
        self._index: TokenIndex | None = None
        self.stop_ids = tuple(sorted({i for i in (self.tokenizer.eos_token_id,
                                                  self.tokenizer.convert_tokens_to_ids("<|endoftext|>"))
                                      if isinstance(i, int) and i >= 0 and i != self.tokenizer.unk_token_id}))

    @property
    def token_index(self) -> TokenIndex:
        if self._index is None:
            self._index = TokenIndex.from_tokenizer(self.tokenizer)
        return self._index

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def set_lora_scale(self, scale: float) -> None:
        if scale != self.lora_scale:
            set_lora_scale(self.model, scale)
            self.lora_scale = scale
            if self.decoder is not None:
                self.decoder.refresh()

    def set_adapter(self, name: str | None) -> None:
        """Switch the active adapter (``None``: the base alone)."""
        model = self.model
        if not hasattr(model, "set_adapter"):
            if name is not None:
                raise ValueError(f"no adapter {name!r} is loaded")
            return
        if name is None:
            model.base_model.disable_adapter_layers()
        else:
            model.base_model.enable_adapter_layers()
            model.set_adapter(name)
            set_lora_scale(model, self.lora_scale)
        if self.decoder is not None:
            self.decoder.refresh()

    def generate(self, rows: Sequence[EngineRow], max_new_tokens: int,
                 on_token: Callable[[int], None] | None = None) -> list[DecodeResult]:
        """Completions for rows that share ``max_new_tokens`` (one decode batch)."""
        prompts = [self.tokenizer(r.prompt, add_special_tokens=False)["input_ids"] for r in rows]
        temperature = max(r.temperature for r in rows)
        if any(r.temperature != temperature for r in rows):
            raise ValueError("rows in one batch must share a temperature")
        params = SamplingParams(max_new_tokens=max_new_tokens, temperature=temperature,
                                top_p=rows[0].top_p, stop_ids=self.stop_ids, seeds=[r.seed for r in rows])
        pad = self.tokenizer.pad_token_id or 0
        with self.lock, torch.no_grad():
            if self.decoder is None:
                return reference_generate(self.model, prompts, params, pad_id=pad)
            texts = [""] * len(rows)
            seen = [0] * len(rows)
            vocab = self.decoder.head.shape[0]

            def constrain(row: int, generated: list[int]):
                constraint = rows[row].constraint
                if constraint is None:
                    return None
                if seen[row] < len(generated):
                    texts[row] += "".join(self.token_index.texts[t] for t in generated[seen[row]:])
                    seen[row] = len(generated)
                allowed = constraint.allowed(texts[row])
                if allowed is None:
                    return None
                mask = torch.zeros(vocab, dtype=torch.bool)
                mask[list(allowed)] = True
                return mask

            return self.decoder.generate(prompts, params, pad_id=pad, constrain=constrain, on_token=on_token)

    def decode(self, result: DecodeResult) -> str:
        return self.tokenizer.decode(result.tokens, skip_special_tokens=True)
