"""LoRA fine-tuning (``mambagen train``): chat samples in, an adapter folder out.

The adapter goes on ``in_proj`` and ``out_proj`` (see :mod:`..model.lora` for
why peft's refusal does not apply to us), loss is taken only on the assistant's
answer, short samples are packed, and the result is a folder with peft's files
(safetensors) plus ``mambagen.json`` (base id and sha256, prompt version, data
fingerprint, hyper-parameters, metrics, date).
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .. import adapters as adapter_repo
from ..errors import ConfigError
from ..fingerprint import sha256_file
from ..prompts import PROMPT_VERSION
from .loop import TrainConfig, is_main_process, latest_checkpoint, train
from .packing import PackStats, pack
from .samples import LoadReport, read_chat_jsonl, tokenize_chat


@dataclass
class LoraSettings:
    r: int = 32
    alpha: int | None = None
    dropout: float = 0.0
    targets: tuple[str, ...] = ("in_proj", "out_proj")
    seq_len: int = 4096
    train: TrainConfig = field(default_factory=lambda: TrainConfig(lr=1e-3, warmup_steps=20))

    def __post_init__(self) -> None:
        if self.r < 1:
            raise ConfigError(f"LoRA r must be >= 1, got {self.r}")
        if self.seq_len < 64:
            raise ConfigError(f"seq_len must be >= 64, got {self.seq_len}")
        unknown = set(self.targets) - {"in_proj", "out_proj"}
        if unknown:
            raise ConfigError(f"LoRA targets must be in_proj and/or out_proj, got {sorted(unknown)}")


def finetune(
    base: str | None,
    data: Path,
    out: Path,
    settings: LoraSettings,
    *,
    resume: bool = False,
    on_log: Callable[[dict], None] | None = None,
    split: str | None = "train",
    val_data: Path | None = None,
    val_split: str | None = None,
) -> dict:
    """Train an adapter; returns the metadata written to ``mambagen.json``.

    ``val_data`` (chat JSONL, records of ``val_split`` or all) is the held-out set whose
    loss is logged during training and picks the weights kept (see :func:`.loop.train`).
    """
    import torch
    from transformers import AutoTokenizer

    from ..model.compact import load_base_model
    from ..model.loading import resolve_base
    from ..model.lora import add_lora, lora_config

    spec = resolve_base(base)
    tokenizer = AutoTokenizer.from_pretrained(spec.source)
    dtype = torch.bfloat16 if torch.cuda.is_available() and not settings.train.cpu and _is_large(spec) \
        else torch.float32
    model = load_base_model(spec.source, dtype=dtype)
    for p in model.parameters():
        p.requires_grad_(False)
    model = add_lora(model, lora_config(settings.r, settings.alpha, settings.dropout, settings.targets))
    for p in model.parameters():  # LoRA weights train in float32 even on a bf16 base
        if p.requires_grad:
            p.data = p.data.float()
    report = LoadReport()
    stats = PackStats()
    rows = pack(tokenize_chat(read_chat_jsonl(Path(data), report, split), tokenizer), settings.seq_len, stats=stats)
    if not rows:
        raise ConfigError(f"no usable training samples in {data} ({len(report.skipped)} skipped)")
    val_rows = None
    if val_data is not None:
        val_report = LoadReport()
        val_rows = pack(tokenize_chat(read_chat_jsonl(Path(val_data), val_report, val_split), tokenizer),
                        settings.seq_len)
        if not val_rows:
            raise ConfigError(f"no usable validation samples in {val_data} ({len(val_report.skipped)} skipped)")
    out.mkdir(parents=True, exist_ok=True)
    checkpoint = latest_checkpoint(out) if resume else None
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    state = train(model, rows, settings.train, pad_id=tokenizer.pad_token_id or 0, out_dir=out,
                  resume=checkpoint, on_log=on_log, val_rows=val_rows)
    meta = _describe(spec, data, report, stats, settings, trainable, total, state)
    if val_data is not None:
        meta["validation"] = {"path": str(val_data), "sha256": sha256_file(Path(val_data)), "split": val_split,
                              "rows": len(val_rows or [])}
    if not is_main_process():  # data-parallel ranks trained the same weights; one writes them
        return meta
    model.save_pretrained(str(out), safe_serialization=True)
    for stray in ("README.md",):
        (out / stray).unlink(missing_ok=True)
    (out / "training-log.json").write_text(json.dumps(state.history, indent=1))
    adapter_repo.write_meta(out, meta)
    return meta


def _describe(spec, data, report, stats, settings, trainable, total, state) -> dict:
    return {
        "format": "mambagen-adapter/1",
        "base": {"id": spec.id, "sha256": spec.sha256},
        "prompt_version": PROMPT_VERSION,
        "data": {"path": str(data), "sha256": sha256_file(Path(data)), "records": report.records,
                 "skipped": len(report.skipped), "dropped_too_long": stats.dropped_too_long,
                 "rows": stats.rows, "loss_tokens": stats.loss_tokens},
        "hyperparameters": {"r": settings.r, "alpha": settings.alpha or 2 * settings.r, "dropout": settings.dropout,
                            "targets": list(settings.targets), "seq_len": settings.seq_len,
                            **{k: v for k, v in asdict(settings.train).items() if k not in ("cpu",)}},
        "parameters": {"trainable": trainable, "total": total},
        "metrics": state.metrics(),
        "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
    }


def _is_large(spec) -> bool:
    """Big checkpoints stay in bf16 on the GPU (only LoRA weights are float32)."""
    try:
        total = sum(p.stat().st_size for p in Path(spec.source).glob("*.safetensors"))
    except OSError:
        return True
    return total > 2 << 30
