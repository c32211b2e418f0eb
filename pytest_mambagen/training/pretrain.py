"""Pretraining a small Mamba-2 base model from scratch (``mambagen pretrain``).

The embedded model is trained this way on a GPU: Python sources (for example the
packages installed on the training machine, pytest suites among them) mixed with
the synthetic corpus's chat samples, packed into fixed-length rows that keep
documents apart. The result is a ``save_pretrained`` folder in bfloat16
safetensors shards of at most 15 MB, with its tokenizer and ``mambagen.json``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .loop import TrainConfig, is_main_process, train
from .packing import PackStats, pack
from .samples import LoadReport, chat_text, read_chat_jsonl, tokenize_texts

#: The embedded model's shape (~24M parameters with an 8192-token vocabulary).
EMBEDDED_SHAPE = {
    "hidden_size": 512, "num_hidden_layers": 12, "state_size": 64, "expand": 2, "head_dim": 64,
    "num_heads": 16, "n_groups": 1, "conv_kernel": 4, "chunk_size": 64,
}


@dataclass
class PretrainData:
    python_dirs: list[Path] = field(default_factory=list)
    python_max_bytes: int = 150 << 20
    python_max_file: int = 200 << 10
    chat: list[Path] = field(default_factory=list)
    chat_split: str | None = "train"
    seed: int = 0
    val_chat: list[Path] = field(default_factory=list)  # held-out chat samples: validation loss (answers only)
    val_split: str | None = None
    texts: list[Path] = field(default_factory=list)  # other source files (JS/JSX, ...) to pretrain on


def python_files(dirs: list[Path], max_bytes: int, max_file: int, seed: int) -> Iterator[str]:
    """Python sources under ``dirs``; pytest suites first, then the rest, up to ``max_bytes``."""
    paths = []
    for folder in dirs:
        paths += [p for p in folder.rglob("*.py") if p.is_file()]
    paths = sorted(set(paths))
    random.Random(seed).shuffle(paths)
    paths.sort(key=lambda p: 0 if p.name.startswith("test_") else 1)
    used = 0
    for path in paths:
        try:
            size = path.stat().st_size
            if size == 0 or size > max_file:
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        used += size
        if used > max_bytes:
            return
        yield text


def build_rows(tokenizer, data: PretrainData, seq_len: int, log: Callable[[str], None] = print):
    docs: list = []
    stats = PackStats()
    report = LoadReport()
    texts = list(python_files(data.python_dirs, data.python_max_bytes, data.python_max_file, data.seed))
    log(f"python: {len(texts)} files")
    for path in data.texts:
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    docs += list(tokenize_texts(texts, tokenizer))
    python_tokens = sum(len(d.ids) for d in docs)
    chat_docs = []
    for path in data.chat:
        chats = [chat_text(r, tokenizer) for r in read_chat_jsonl(path, report, data.chat_split)]
        chat_docs += list(tokenize_texts(chats, tokenizer))
    chat_tokens = sum(len(d.ids) for d in chat_docs)
    log(f"tokens: python {python_tokens:,}, chat {chat_tokens:,} ({report.records} records, "
        f"{len(report.skipped)} skipped)")
    rows = pack(docs + chat_docs, seq_len, split_long=True, stats=stats)
    return rows, {"python_files": len(texts), "python_tokens": python_tokens, "chat_records": report.records,
                  "chat_tokens": chat_tokens, "rows": stats.rows, "tokens": stats.tokens}


def validation_rows(tokenizer, data: PretrainData, seq_len: int) -> list:
    """Held-out chat samples, loss on the answers only: what the model is for, measured during pretraining."""
    from .samples import tokenize_chat

    report = LoadReport()
    samples = []
    for path in data.val_chat:
        samples += list(tokenize_chat(read_chat_jsonl(path, report, data.val_split), tokenizer))
    return pack(samples, seq_len)


def new_model(tokenizer, shape: dict | None = None):
    from transformers import Mamba2Config, Mamba2ForCausalLM

    shape = {**EMBEDDED_SHAPE, **(shape or {})}
    config = Mamba2Config(vocab_size=len(tokenizer), tie_word_embeddings=True, residual_in_fp32=True,
                          pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
                          bos_token_id=None, **shape)
    return Mamba2ForCausalLM(config)


def weights_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.safetensors")):
        digest.update(path.name.encode())
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def save_base(model, tokenizer, out: Path, meta: dict, shard: str = "15MB") -> dict:
    """Save in bfloat16 safetensors shards, with the tokenizer and ``mambagen.json``."""
    import torch

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.safetensors"):
        old.unlink()
    model.to(torch.bfloat16).save_pretrained(str(out), max_shard_size=shard, safe_serialization=True)
    tokenizer.save_pretrained(str(out))
    meta = {**meta, "weights_sha256": weights_sha256(out)}
    (out / "mambagen.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return meta


def pretrain(tokenizer_dir: Path, data: PretrainData, out: Path, cfg: TrainConfig, *, seq_len: int = 4096,
             shape: dict | None = None, on_log: Callable[[dict], None] | None = None,
             log: Callable[[str], None] = print, init_from: Path | None = None) -> dict:
    """Pretrain a base (from scratch, or going on from the weights in ``init_from``) and save it to ``out``."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    rows, data_info = build_rows(tokenizer, data, seq_len, log)
    val_rows = validation_rows(tokenizer, data, seq_len) if data.val_chat else None
    if init_from is not None:
        import torch

        from ..model.compact import load_base_model

        model = load_base_model(str(init_from), dtype=torch.float32)
        shape = {k: getattr(model.config, k) for k in EMBEDDED_SHAPE}
    else:
        model = new_model(tokenizer, shape)
    params = sum(p.numel() for p in model.parameters())
    log(f"model: {params / 1e6:.1f}M parameters, {len(rows)} rows of {seq_len}"
        + (f", {len(val_rows)} validation rows" if val_rows else "")
        + (f", going on from {init_from}" if init_from else ""))
    state = train(model, rows, cfg, pad_id=tokenizer.pad_token_id or 0, on_log=on_log, val_rows=val_rows)
    meta = {
        "id": "pytest-mambagen/embedded-mamba2",
        "context": seq_len,
        "parameters": params,
        "shape": {**EMBEDDED_SHAPE, **(shape or {})},
        "data": data_info,
        "training": {k: v for k, v in asdict(cfg).items() if k != "cpu"},
        "metrics": state.metrics(),
        "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
    }
    if init_from is not None:
        meta["continued_from"] = str(init_from)
    if not is_main_process():
        return meta
    (out / "training-log.json").parent.mkdir(parents=True, exist_ok=True)
    (out / "training-log.json").write_text(json.dumps(state.history, indent=1))
    return save_base(model, tokenizer, out, meta)
