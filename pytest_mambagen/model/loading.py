"""Find, identify and load a base model (and adapter) for generation.

``resolve_base`` and ``identity`` are cheap (no torch): they decide fingerprints
and whether anything needs generating. ``load`` is the heavy part, run only
when some case is stale.

Base models: the embedded default shipped in the package, any local
``Mamba2ForCausalLM`` folder, or a hub id (downloaded only where the hub is
reachable; an offline cache is used when present).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import adapters as adapter_repo
from ..errors import ModelError
from ..fingerprint import quick_folder_hash
from . import decodepath

EMBEDDED_BASE = Path(__file__).resolve().parent.parent / "embedded" / "base"
EMBEDDED_ID = "pytest-mambagen/embedded-mamba2"
DEFAULT_WINDOW = 4096


@dataclass
class BaseSpec:
    id: str
    folder: Path | None  # None for a hub id not yet downloaded
    sha256: str
    window: int
    embedded: bool = False

    @property
    def source(self) -> str:
        return str(self.folder) if self.folder is not None else self.id


def _read_meta(folder: Path) -> dict[str, Any]:
    path = folder / "mambagen.json"
    if path.is_file():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ModelError(f"mambagen.json is not valid JSON: {exc}", path=path) from exc
    return {}


def resolve_base(name: str | None) -> BaseSpec:
    """Identify the base model without loading it."""
    if name in (None, "", "embedded"):
        if not (EMBEDDED_BASE / "config.json").is_file():
            raise ModelError("the embedded model is not in this install", path=EMBEDDED_BASE,
                             hint="reinstall pytest-mambagen, or name a model folder (--mambagen-model in pytest, --model on the command line)")
        meta = _read_meta(EMBEDDED_BASE)
        return BaseSpec(EMBEDDED_ID, EMBEDDED_BASE, meta.get("weights_sha256") or quick_folder_hash(EMBEDDED_BASE),
                        int(meta.get("context", DEFAULT_WINDOW)), embedded=True)
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise ModelError("not a model folder (no config.json)", path=path,
                             hint="give a folder saved with save_pretrained, or a hub id")
        meta = _read_meta(path)
        return BaseSpec(meta.get("id") or path.name, path, meta.get("weights_sha256") or quick_folder_hash(path),
                        int(meta.get("context", _window_from_folder(path))))
    if name.count("/") == 1 and not name.startswith((".", "/")):
        cached = _hub_cache(name)
        sha = f"hub:{name}@{cached.name}" if cached is not None else f"hub:{name}"
        return BaseSpec(name, cached, sha, _window_from_folder(cached) if cached else DEFAULT_WINDOW)
    raise ModelError(f"model {name!r} is neither a folder nor a hub id (owner/name)",
                     hint="pass a local Mamba-2 folder or a hub id such as mistralai/Mamba-Codestral-7B-v0.1")


def _window_from_folder(folder: Path) -> int:
    config = folder / "tokenizer_config.json"
    if config.is_file():
        try:
            value = int(json.loads(config.read_text()).get("model_max_length", DEFAULT_WINDOW))
        except (ValueError, TypeError):
            value = DEFAULT_WINDOW
        # Tokenizers without a limit store a huge sentinel; Mamba has no hard window.
        return value if value < 1_000_000 else 32768
    return DEFAULT_WINDOW


def _hub_cache(repo_id: str) -> Path | None:
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo_id, local_files_only=True))
    except Exception:
        return None


def resolve_adapter(name: str | None, base: BaseSpec, project_root: Path | None) -> adapter_repo.Adapter | None:
    """The adapter to apply: the named one, none, or the default for the embedded base."""
    if name is not None and name.lower() == "none":
        return None
    if name is None:
        if not base.embedded:
            return None
        name = adapter_repo.DEFAULT_ADAPTER
        try:
            adapter = adapter_repo.resolve(name, project_root)
        except ModelError:
            return None  # the embedded base alone
    else:
        adapter = adapter_repo.resolve(name, project_root)
    adapter_repo.check_base(adapter, base.id, base.sha256)
    return adapter


def identity(base: BaseSpec, adapter: adapter_repo.Adapter | None) -> dict[str, Any]:
    return {
        "base": base.id,
        "base_sha256": base.sha256,
        "adapter": adapter.name if adapter else None,
        "adapter_sha256": adapter.content_hash() if adapter else None,
        **decodepath.identity_entry(),  # an inexact decode path (MAMBAGEN_DECODE) writes other tests
    }


def pick_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ModelError(f"--mambagen-device {device} asked for CUDA, but no CUDA device is available",
                         hint="use --mambagen-device cpu (or auto)")
    return device


def cpu_supports_bf16() -> bool:
    import torch

    probe = getattr(torch.cpu, "_is_avx512_bf16_supported", None)
    try:
        return bool(probe()) if probe is not None else False
    except Exception:
        return False


@dataclass
class Loaded:
    model: Any
    tokenizer: Any
    base: BaseSpec
    adapter: adapter_repo.Adapter | None
    device: str


def load(base: BaseSpec, adapter: adapter_repo.Adapter | None, device: str = "auto",
         lora_scale: float = 1.0) -> Loaded:
    """Load tokenizer, model and adapter (heavy: imports torch and transformers)."""
    import torch
    from transformers import AutoTokenizer
    from transformers.utils import logging as hf_logging

    from .compact import load_base_model
    from .lora import load_lora, set_lora_scale

    # Our own messages say what matters (window, cuts); transformers' bars and length warnings would not.
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()

    device = pick_device(device)
    dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
    offline = {"local_files_only": True} if base.folder is not None else {}
    try:
        tokenizer = AutoTokenizer.from_pretrained(base.source, **offline)
        model = load_base_model(base.source, dtype=dtype, **offline)
    except OSError as exc:
        raise ModelError(f"cannot load model {base.source!r}: {str(exc).splitlines()[0]}",
                         hint="check the folder, or that the hub is reachable for a hub id") from exc
    except (ValueError, KeyError) as exc:
        raise ModelError(f"{base.source!r} is not a Mamba-2 checkpoint: {exc}") from exc
    if getattr(model.config, "model_type", "") != "mamba2":
        raise ModelError(f"{base.source!r} is a {model.config.model_type!r} model, not Mamba-2")
    model.to(device).eval()
    if adapter is not None:
        try:
            model = load_lora(model, str(adapter.folder))
        except (ValueError, RuntimeError, KeyError) as exc:
            raise ModelError(f"adapter {adapter.name!r} does not fit base {base.id!r}: {str(exc).splitlines()[0]}",
                             path=adapter.folder) from exc
        model.eval()
        set_lora_scale(model, lora_scale)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    return Loaded(model, tokenizer, base, adapter, device)
