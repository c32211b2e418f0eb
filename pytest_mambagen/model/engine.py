"""The generation engine shared by the local backend and the worker.

Holds one loaded model (with any adapters), its tokenizer and a fast decoder;
turns rendered prompts into completions in batches, with per-row seeds and an
optional grounding constraint per row. Changing the LoRA scale or the active
adapter re-reads the weights into the decoder; nothing is reloaded. On a CPU
the default decode path is exact (greedy output equal to transformers' float32
``generate``); :mod:`.decodepath` says how to choose another.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch

from .decode import DecodeResult, FastDecoder, SamplingParams
from .decodepath import BF16, TORCH, decode_path
from .grounding import GroundingConstraint, TokenIndex
from .kernels import triton_available
from .loading import Loaded
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
    """One loaded model and its decoder.

    ``decode`` picks the CPU decode path (:mod:`.decodepath`; default: the
    ``MAMBAGEN_DECODE`` environment variable, else ``exact``): ``exact`` is the
    native float32 step where it builds, else the PyTorch float32 step; ``torch``
    the PyTorch float32 step; ``bf16`` bfloat16 projections (faster, inexact: the
    model identity records it). ``compute_dtype`` overrides the projections'
    dtype as before (bfloat16 there means the ``bf16`` path). On CUDA the step is
    the graphed (fused, where Triton is importable) one in the model's dtype.
    """

    def __init__(self, loaded: Loaded, *, fast: bool = True, compute_dtype: torch.dtype | None = None,
                 compile_step: bool = False, decode: str | None = None):
        self.loaded = loaded
        self.model = loaded.model
        self.tokenizer = loaded.tokenizer
        self.window = loaded.base.window
        self.fast = fast
        self.lora_scale = 1.0
        self.lock = threading.Lock()  # one batch on the model at a time
        on_cuda = loaded.device.startswith("cuda")
        path = decode_path(decode)
        if compute_dtype is not None and compute_dtype != torch.float32 and not on_cuda:
            path = BF16
        self.decode_path = path
        if not fast:
            self.decoder = None
        elif on_cuda:
            # The fused Triton SSM step (1.4x the plain step on the 7B shape, benchmarks/results/GPU.md);
            # compiling it pays 10-20 s once per batch bucket, worth it only in a long-lived worker.
            dtype = compute_dtype or next(self.model.parameters()).dtype
            self.decoder = FastDecoder(self.model, compute_dtype=dtype, state_dtype=dtype, cuda_graph=True,
                                       step_kind="fused" if triton_available() else "shift",
                                       compile_step=compile_step, compile_dynamic=False)
        elif path == BF16:
            self.decoder = FastDecoder(self.model, compute_dtype=torch.bfloat16, step_kind="ring")
        else:
            step_kind = "ring" if path == TORCH else None  # None: native where it builds, else ring
            self.decoder = FastDecoder(self.model, compute_dtype=torch.float32, step_kind=step_kind)
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
            vocab = self.decoder.vocab

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
