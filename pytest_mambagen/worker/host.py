"""The model a worker hosts: one base, its adapters, and the engine that runs them.

The host answers the cheap questions in the web server's thread (which models
exist, how a prompt renders and how many tokens it has) and runs a batch in
the generation thread (:meth:`ModelHost.run_batch`, called by the scheduler
only). Cases are cut to the window and grounded with the local backend's own
functions, so a case behaves the same on a worker as on a laptop.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import adapters as adapter_repo
from ..errors import ModelError
from ..model import loading
from ..prompts import PROMPT_VERSION, CaseInput, render


@dataclass
class ModelEntry:
    """One name a client can put in a request's ``model`` field."""

    id: str
    adapter: adapter_repo.Adapter | None
    peft_name: str | None  # the adapter's name inside the peft model (None: the base alone)
    identity: dict[str, Any]
    default: bool = False


@dataclass
class RowResult:
    text: str
    tokens: int
    prompt_tokens: int
    finish_reason: str  # "stop" or "length"


@dataclass
class BatchRow:
    """One request's share of a batch."""

    prompt: str
    seed: int = 0
    max_tokens: int = 16
    constraint: Any = None  # a GroundingConstraint, or None
    on_text: Callable[[str], None] | None = None  # streaming: the text so far, as it grows
    stop: tuple[str, ...] = ()
    cancelled: Callable[[], bool] | None = None  # true once nobody waits for this row any more


class _Tap:
    """Stands in the engine's per-row constraint slot to see the text as it grows.

    The engine asks ``allowed(text_so_far)`` before every token of a row that has
    a constraint; the tap forwards the grounding constraint's answer unchanged,
    reports the new text (special tokens left out, the way the final decode skips
    them) up to the row's own ``max_tokens``, and ends a row nobody waits for any
    more by allowing only a stop token.
    """

    def __init__(self, inner: Any, on_text: Callable[[str], None] | None, max_tokens: int,
                 special: frozenset[str], cancelled: Callable[[], bool] | None, stop_ids: frozenset[int]):
        self.inner = inner
        self.on_text = on_text
        self.max_tokens = max_tokens
        self.special = special
        self.cancelled = cancelled
        self.stop_ids = stop_ids
        self.calls = 0
        self.seen = 0
        self.clean = ""
        self.stopped = on_text is None

    def allowed(self, generated: str):
        if self.cancelled is not None and self.stop_ids and self.cancelled():
            return self.stop_ids
        delta = generated[self.seen:]
        self.seen = len(generated)
        if not self.stopped and delta:
            if "\ufffd" in delta:
                self.stopped = True  # a split multi-byte character: the final decode tells the rest
            elif self.calls <= self.max_tokens and delta not in self.special:
                self.clean += delta
                self.on_text(self.clean)
        self.calls += 1
        return self.inner.allowed(generated) if self.inner is not None else None


class ModelHost:
    def __init__(self, engine: Any, base: loading.BaseSpec, adapters: Sequence[tuple[adapter_repo.Adapter, str]],
                 default: str | None = None):
        self.engine = engine
        self.base = base
        self.entries: dict[str, ModelEntry] = {}
        for adapter, peft_name in adapters:
            self.entries[adapter.name] = ModelEntry(adapter.name, adapter, peft_name,
                                                   loading.identity(base, adapter))
        if base.id not in self.entries:
            self.entries[base.id] = ModelEntry(base.id, None, None, loading.identity(base, None))
        if default is None:
            names = [a.name for a, _ in adapters]
            default = (adapter_repo.DEFAULT_ADAPTER if adapter_repo.DEFAULT_ADAPTER in names
                       else names[0] if names else base.id)
        if default not in self.entries:
            raise ModelError(f"default model {default!r} is not hosted; hosted: {', '.join(self.entries)}")
        self.entries[default].default = True
        self.default_id = default
        self._active: tuple[str | None, float] | None = None
        self.has_adapters = any(e.peft_name is not None for e in self.entries.values())
        tokenizer = engine.tokenizer
        self.special_texts = frozenset(str(t) for t in getattr(tokenizer, "all_special_tokens", ()) or ())
        self.streams_per_token = _decodes_token_by_token(tokenizer)

    # -- loading -------------------------------------------------------------------
    @classmethod
    def load(cls, model: str | None, adapters_dir: str | None = None, *, device: str = "auto",
             default: str | None = None, threads: int | None = None,
             log: Callable[[str], None] | None = None) -> ModelHost:
        """Load the base model and every adapter that fits it (heavy: imports torch)."""
        from ..model.engine import Engine
        from ..model.lora import load_lora

        log = log or (lambda text: print(text, file=sys.stderr, flush=True))
        base = loading.resolve_base(model)
        found = find_adapters(adapters_dir, base, log)
        loaded = loading.load(base, None, device)
        if threads is not None:
            import torch

            torch.set_num_threads(threads)
        net = loaded.model
        chosen: list[tuple[adapter_repo.Adapter, str]] = []
        for i, adapter in enumerate(found):
            peft_name = f"a{i}"
            try:
                net = load_lora(net, str(adapter.folder), adapter_name=peft_name)
            except (ValueError, RuntimeError, KeyError) as exc:
                raise ModelError(f"adapter {adapter.name!r} does not fit base {base.id!r}: "
                                 f"{str(exc).splitlines()[0]}", path=adapter.folder) from exc
            chosen.append((adapter, peft_name))
        net.eval()
        loaded.model = net
        return cls(Engine(loaded, compile_step=loaded.device.startswith("cuda")), base, chosen, default)

    # -- cheap questions (web server thread) ---------------------------------------
    @property
    def window(self) -> int:
        return self.engine.window

    def entry(self, name: str | None) -> ModelEntry | None:
        return self.entries.get(name or self.default_id)

    def models(self) -> list[dict[str, Any]]:
        """The ``data`` of ``GET /v1/models``: one object per hosted name, with its identity."""
        out = []
        for entry in self.entries.values():
            out.append({
                "id": entry.id, "object": "model", "created": 0, "owned_by": "mambagen",
                "root": self.base.id, "parent": self.base.id if entry.adapter is not None else None,
                "max_model_len": self.window,
                "mambagen": {**entry.identity, "default": entry.default, "prompt_version": PROMPT_VERSION,
                             "window": self.window, "grounding": True},
            })
        return out

    def count_tokens(self, text: str) -> int:
        return self.engine.count_tokens(text)

    def render_messages(self, messages: list[dict[str, str]]) -> str:
        return render(self.engine.tokenizer, messages)

    def fit_case(self, case: CaseInput, system_prompt: str | None, max_tokens: int,
                 window: int | None = None) -> tuple[str | None, str | None, str | None]:
        from ..backends.local import fit_prompt

        return fit_prompt(self.engine, case, system_prompt, max_tokens, window=window)

    def constraint_for(self, case: CaseInput):
        from ..backends.local import grounding_constraint

        return grounding_constraint(self.engine, case)

    # -- the generation thread only ------------------------------------------------
    def warm_up(self) -> None:
        """Build what the first request would otherwise wait for (token index, decoder paths)."""
        _ = self.engine.token_index
        self.run_batch(self.entries[self.default_id], 1.0, 0.0, 1.0, 2, [BatchRow("hello", max_tokens=2)])

    def run_batch(self, entry: ModelEntry, lora_scale: float, temperature: float, top_p: float,
                  max_new_tokens: int, rows: Sequence[BatchRow]) -> list[RowResult]:
        """Generate for rows that share adapter, LoRA scale, temperature and top_p (one engine call)."""
        from ..model.engine import EngineRow

        engine = self.engine
        if self.has_adapters and self._active != (entry.peft_name, lora_scale):
            if entry.peft_name is not None:
                engine.lora_scale = lora_scale  # set_adapter applies the scale to the new adapter
            engine.set_adapter(entry.peft_name)
            if entry.peft_name is not None:
                engine.set_lora_scale(lora_scale)
            self._active = (entry.peft_name, lora_scale)
        engine_rows = []
        stop_ids = frozenset(getattr(engine, "stop_ids", ()))
        for row in rows:
            constraint = row.constraint
            on_text = row.on_text if self.streams_per_token and not row.stop else None
            if on_text is not None or (row.cancelled is not None and stop_ids):
                constraint = _Tap(row.constraint, on_text, row.max_tokens, self.special_texts, row.cancelled,
                                  stop_ids)
            engine_rows.append(EngineRow(row.prompt, temperature, top_p, row.seed, constraint))
        outs = engine.generate(engine_rows, max_new_tokens)
        results = []
        for row, out in zip(rows, outs, strict=True):
            tokens, reason = list(out.tokens), out.finish_reason
            if len(tokens) > row.max_tokens:  # the batch ran to its bucket's length; this row asked for less
                tokens, reason = tokens[:row.max_tokens], "length"
            out.tokens = tokens
            text = engine.decode(out)
            if row.stop:
                cut = min((i for i in (text.find(s) for s in row.stop) if i >= 0), default=-1)
                if cut >= 0:
                    text, reason = text[:cut], "stop"
            results.append(RowResult(text, len(tokens), out.prompt_tokens, reason))
        return results


def _decodes_token_by_token(tokenizer: Any) -> bool:
    """Whether joining single-token decodes gives the real decode (byte-level BPE: yes; sentencepiece: no)."""
    sample = "def test_total(mount):\n    page = mount(\"Cart.jsx\")\n    expect(page).to_have_text('$12.00')\n"
    try:
        ids = tokenizer(sample, add_special_tokens=False)["input_ids"]
        return "".join(tokenizer.decode([i]) for i in ids) == tokenizer.decode(ids, skip_special_tokens=True)
    except Exception:
        return False


def find_adapters(adapters_dir: str | None, base: loading.BaseSpec,
                  log: Callable[[str], None]) -> list[adapter_repo.Adapter]:
    """Adapters to host: those in ``adapters_dir`` (all must fit), or the default search path's that fit."""
    if adapters_dir is not None and adapters_dir.lower() == "none":
        return []
    if adapters_dir is None:  # only adapters that record this very base: nothing is guessed
        found = []
        for adapter in adapter_repo.list_adapters(Path.cwd()):
            if adapter.base_sha256 == base.sha256:
                found.append(adapter)
            else:
                log(f"mambagen serve: not hosting adapter {adapter.name!r} ({adapter.folder}): it records "
                    f"{'another base' if adapter.base_sha256 else 'no base'}; pass --adapters to host it anyway")
        return found
    folder = Path(adapters_dir).expanduser()
    if not folder.is_dir():
        raise ModelError("adapters folder not found", path=folder,
                         hint="pass --adapters DIR (a folder of adapters, or one adapter), or --adapters none")
    if (folder / adapter_repo.CONFIG).is_file():
        candidates = [adapter_repo.load_adapter_info(folder)]
    else:
        candidates = [adapter_repo.load_adapter_info(sub) for sub in sorted(folder.iterdir())
                      if sub.is_dir() and (sub / adapter_repo.CONFIG).is_file()]
        if not candidates:
            raise ModelError(f"no adapters in this folder (no */{adapter_repo.CONFIG})", path=folder,
                             hint="pass a folder of adapters, one adapter folder, or --adapters none")
    for adapter in candidates:
        adapter_repo.check_base(adapter, base.id, base.sha256)
        if (adapter.folder / "adapter_model.bin").exists() and not (adapter.folder / adapter_repo.WEIGHTS).exists():
            raise ModelError("adapter weights are a pickle; adapters must be safetensors", path=adapter.folder)
    return candidates
