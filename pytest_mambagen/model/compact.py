"""A compact checkpoint for the shipped model: int8 weights with a float16 scale per group of 128.

The embedded model lives in the repository and in every wheel, so its size is
paid by everyone: bfloat16 is 2 bytes a parameter, this format about 1.02. The
matrices (embedding, ``in_proj``, ``out_proj``) are stored as int8 with one
absmax scale per 128 consecutive values of a row; small tensors (norms, the
convolution, ``A_log``, ``D``, ``dt_bias``) stay in bfloat16. Loading
dequantizes to float32, so every decoding path downstream sees an ordinary
model; the error this leaves is measured against the bfloat16 weights by
:func:`agreement` and recorded with the model.

    model.int8.safetensors     tensors: <name> (int8) + <name>::scale (float16), or <name> (bfloat16)
    config.json ...            as save_pretrained writes them (no weights)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FILE = "model.int8.safetensors"
FORMAT = "mambagen-int8-g128/1"
GROUP = 128
_MIN_QUANT = 1 << 16  # tensors smaller than this stay in bfloat16


def is_compact(folder: str | Path) -> bool:
    return (Path(folder) / FILE).is_file()


def quantize(state: dict[str, Any]) -> dict[str, Any]:
    """int8 + per-group scales for big 2-D tensors; bfloat16 for the rest."""
    import torch

    out: dict[str, Any] = {}
    for name, tensor in state.items():
        t = tensor.detach().float().cpu()
        if t.ndim == 2 and t.numel() >= _MIN_QUANT and t.shape[1] % GROUP == 0:
            groups = t.reshape(t.shape[0], -1, GROUP)
            scale = groups.abs().amax(-1).clamp(min=1e-12) / 127.0
            q = torch.round(groups / scale[..., None]).clamp(-127, 127).to(torch.int8)
            out[name] = q.reshape(t.shape).contiguous()
            out[name + "::scale"] = scale.to(torch.float16).contiguous()
        else:
            out[name] = t.to(torch.bfloat16).contiguous()
    return out


def dequantize(stored: dict[str, Any]) -> dict[str, Any]:

    out = {}
    for name, tensor in stored.items():
        if name.endswith("::scale"):
            continue
        scale = stored.get(name + "::scale")
        if scale is not None:
            groups = tensor.float().reshape(tensor.shape[0], -1, GROUP) * scale.float()[..., None]
            out[name] = groups.reshape(tensor.shape)
        else:
            out[name] = tensor.float()
    return out


def save_compact(model: Any, tokenizer: Any, folder: Path) -> Path:
    """Write ``model`` (a Mamba2ForCausalLM) as a compact folder: config, tokenizer, int8 weights."""
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.safetensors"):
        old.unlink()
    (folder / "model.safetensors.index.json").unlink(missing_ok=True)
    model.config.save_pretrained(str(folder))
    if getattr(model, "generation_config", None) is not None:
        model.generation_config.save_pretrained(str(folder))
    if tokenizer is not None:
        tokenizer.save_pretrained(str(folder))
    state = {k: v for k, v in model.state_dict().items() if k != "lm_head.weight" or not model.config.tie_word_embeddings}
    save_file(quantize(state), str(folder / FILE), metadata={"format": FORMAT})
    return folder / FILE


def load_compact(folder: str | Path, dtype: Any = None) -> Any:
    """A Mamba2ForCausalLM from a compact folder, weights dequantized (float32 unless ``dtype``)."""
    import torch
    from safetensors.torch import load_file
    from transformers import Mamba2Config, Mamba2ForCausalLM

    folder = Path(folder)
    config = Mamba2Config.from_pretrained(str(folder))
    with torch.device("meta"):
        model = Mamba2ForCausalLM(config)
    state = dequantize(load_file(str(folder / FILE)))
    if config.tie_word_embeddings:
        state.setdefault("lm_head.weight", state["backbone.embeddings.weight"])
    model.load_state_dict(state, strict=True, assign=True)
    if config.tie_word_embeddings:
        model.tie_weights()
    return model.to(dtype or torch.float32)


def load_base_model(source: str, dtype: Any = None, **kwargs: Any) -> Any:
    """The one way to load a base: a compact folder, or anything ``Mamba2ForCausalLM.from_pretrained`` reads."""
    if is_compact(source):
        return load_compact(source, dtype)
    from transformers import Mamba2ForCausalLM

    return Mamba2ForCausalLM.from_pretrained(source, dtype=dtype, **kwargs)


def agreement(reference: Any, candidate: Any, prompts: list[list[int]], new_tokens: int = 64) -> dict[str, float]:
    """Greedy token agreement and logit error of ``candidate`` against ``reference`` on ``prompts``."""
    import torch

    same = total = 0
    max_err = 0.0
    with torch.no_grad():
        for ids in prompts:
            x = torch.tensor([ids])
            a = reference.generate(x, max_new_tokens=new_tokens, do_sample=False)[0, len(ids):]
            b = candidate.generate(x, max_new_tokens=new_tokens, do_sample=False)[0, len(ids):]
            n = min(len(a), len(b))
            first_diff = next((i for i in range(n) if a[i] != b[i]), n)
            same += first_diff
            total += n
            la, lb = reference(x).logits, candidate(x).logits
            max_err = max(max_err, float((la - lb).abs().max() / la.abs().max()))
    return {"tokens_before_first_difference": same / max(1, total), "max_relative_logit_error": max_err}


def describe(folder: Path) -> dict:
    meta_path = folder / "mambagen.json"
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
    return {"format": FORMAT if is_compact(folder) else "safetensors", "bytes": sum(
        p.stat().st_size for p in folder.glob("*.safetensors")), "id": meta.get("id")}
