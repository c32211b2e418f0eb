"""Our own Mamba-2 forward pass over a Hugging Face ``Mamba2ForCausalLM``'s modules.

Why own it (DESIGN.md, "Models"): transformers' fused GPU training kernel takes
``out_proj.weight`` as a raw tensor, so a LoRA wrapper on ``out_proj`` is
silently skipped there. Here every projection is a *module call*
(``mixer.in_proj(...)``, ``mixer.out_proj(...)``), so LoRA applies on every
device; the scan is :mod:`.ssd` (or mamba-ssm's Triton kernel when installed on
CUDA); packed rows are kept apart by ``seq_idx``. ``tests/test_model_forward.py``
holds this path equal to transformers' own forward.

The same code computes prefill states (conv window + SSM state per layer) for
the fast decoder.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from .ssd import document_starts, ssd_chunked


@dataclass
class LayerState:
    conv: torch.Tensor  # (b, conv_dim, K-1): the last K-1 inputs of the causal conv
    ssm: torch.Tensor  # (b, heads, head_dim, d_state), float32


def unwrap(model: torch.nn.Module) -> torch.nn.Module:
    """The ``Mamba2ForCausalLM`` inside a peft wrapper (LoRA layers stay in place)."""
    get_base = getattr(model, "get_base_model", None)
    return get_base() if callable(get_base) else model


SCAN_ENV = "MAMBAGEN_SCAN"


@functools.cache
def _triton_scan():
    """mamba-ssm's chunked scan, when importable (CUDA installs only).

    ``MAMBAGEN_SCAN=torch`` keeps the plain PyTorch scan even where mamba-ssm is
    installed: the reference path that the tests hold the kernel to.
    """
    if os.environ.get(SCAN_ENV, "auto").strip().lower() == "torch":
        return None
    try:
        from mamba_ssm.ops.triton.ssd_combined import mamba_chunk_scan_combined
    except Exception:
        return None
    return mamba_chunk_scan_combined


def scan_path(device: torch.device) -> str:
    """Which chunked scan a forward on ``device`` uses: ``triton`` or ``torch``."""
    return "triton" if device.type == "cuda" and _triton_scan() is not None else "torch"


def causal_conv(
    xbc: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor | None,
    seq_idx: torch.Tensor | None = None,
    initial: torch.Tensor | None = None,
) -> torch.Tensor:
    """Depthwise causal conv over (b, l, d); never mixes positions of different documents."""
    b, length, d = xbc.shape
    k = weight.shape[-1]
    if seq_idx is None and initial is None:
        out = F.conv1d(xbc.transpose(1, 2), weight.unsqueeze(1), bias, padding=k - 1, groups=d)[..., :length]
        return out.transpose(1, 2)
    history = initial.transpose(1, 2).to(xbc.dtype) if initial is not None else xbc.new_zeros(b, k - 1, d)
    padded = torch.cat([history, xbc], dim=1)  # (b, l + k - 1, d)
    out = xbc.new_zeros(b, length, d) if bias is None else bias.to(xbc.dtype).expand(b, length, d).clone()
    for shift in range(k):
        window = padded[:, k - 1 - shift : k - 1 - shift + length]  # x_{t - shift}
        if seq_idx is not None and shift:
            same = torch.ones_like(seq_idx, dtype=torch.bool)
            same[:, shift:] = seq_idx[:, shift:] == seq_idx[:, :-shift]
            if initial is None:
                same[:, :shift] = False
            window = window * same[..., None].to(window.dtype)
        out = out + window * weight[:, k - 1 - shift].to(xbc.dtype)
    return out


def mixer_forward(
    mixer: torch.nn.Module,
    hidden: torch.Tensor,
    *,
    seq_idx: torch.Tensor | None = None,
    pad_mask: torch.Tensor | None = None,
    return_state: bool = False,
    chunk_size: int | None = None,
) -> tuple[torch.Tensor, LayerState | None]:
    """One Mamba-2 mixer over a whole sequence. ``pad_mask`` (b, l) is 1 for real tokens."""
    b, length, _ = hidden.shape
    heads, head_dim, n = mixer.num_heads, mixer.head_dim, mixer.ssm_state_size
    groups, d_inner, conv_dim = mixer.n_groups, mixer.intermediate_size, mixer.conv_dim
    if pad_mask is not None:
        hidden = hidden * pad_mask[..., None].to(hidden.dtype)
    projected = mixer.in_proj(hidden)
    z, xbc, dt = projected.split([d_inner, conv_dim, heads], dim=-1)
    conv_input = xbc
    xbc = F.silu(causal_conv(xbc, mixer.conv1d.weight.squeeze(1), mixer.conv1d.bias, seq_idx))
    if pad_mask is not None:
        xbc = xbc * pad_mask[..., None].to(xbc.dtype)
    x, B, C = xbc.split([d_inner, groups * n, groups * n], dim=-1)
    A = -torch.exp(mixer.A_log.float())
    lo, hi = mixer.time_step_limit
    x = x.reshape(b, length, heads, head_dim)
    B = B.reshape(b, length, groups, n)
    C = C.reshape(b, length, groups, n)
    chunk = chunk_size or mixer.chunk_size  # any chunk size gives the same result; smaller uses less memory
    scan = _triton_scan() if hidden.is_cuda else None
    if scan is not None:
        # mamba-ssm's kernels index documents with int32 ids
        ids = seq_idx.to(torch.int32).contiguous() if seq_idx is not None else None
        y, final = scan(x, dt, A, B, C, chunk_size=chunk, D=mixer.D, dt_bias=mixer.dt_bias,
                        dt_softplus=True, dt_limit=(lo, hi), seq_idx=ids, return_final_states=True)
    else:
        dt = torch.clamp(F.softplus(dt.float() + mixer.dt_bias.float()), lo, hi)
        y, final = ssd_chunked(x, dt, A, B, C, mixer.D, chunk, seq_idx=seq_idx)
    y = y.reshape(b, length, d_inner)
    y = mixer.norm(y, z)
    out = mixer.out_proj(y.to(hidden.dtype))
    state = None
    if return_state:
        k = mixer.conv1d.weight.shape[-1]
        window = conv_input[:, -(k - 1):] if length >= k - 1 else F.pad(conv_input, (0, 0, k - 1 - length, 0))
        state = LayerState(conv=window.transpose(1, 2).contiguous(), ssm=final.float())
    return out, state


def backbone_forward(
    model: torch.nn.Module,
    input_ids: torch.Tensor,
    *,
    seq_idx: torch.Tensor | None = None,
    attention_mask: torch.Tensor | None = None,
    return_states: bool = False,
    checkpoint_layers: bool = False,
    chunk_size: int | None = None,
) -> tuple[torch.Tensor, list[LayerState]]:
    """Final hidden states (after ``norm_f``) and, optionally, every layer's state.

    ``attention_mask`` (left padding) is turned into document ids so that padding
    never reaches the state of the real tokens.
    """
    lm = unwrap(model)
    backbone = lm.backbone
    pad_mask = None
    if attention_mask is not None:
        pad_mask = attention_mask.to(torch.bool)
        if seq_idx is None and not bool(pad_mask.all()):
            seq_idx = pad_mask.to(torch.int32)
    hidden = backbone.embeddings(input_ids)
    states: list[LayerState] = []
    for block in backbone.layers:
        residual = hidden
        normed = block.norm(hidden.to(dtype=block.norm.weight.dtype))
        if block.residual_in_fp32:
            residual = residual.to(torch.float32)
        if checkpoint_layers and torch.is_grad_enabled():
            out, state = torch.utils.checkpoint.checkpoint(
                mixer_forward, block.mixer, normed, seq_idx=seq_idx, pad_mask=pad_mask,
                return_state=return_states, chunk_size=chunk_size, use_reentrant=False,
            )
        else:
            out, state = mixer_forward(block.mixer, normed, seq_idx=seq_idx, pad_mask=pad_mask,
                                       return_state=return_states, chunk_size=chunk_size)
        hidden = residual + out
        if state is not None:
            states.append(state)
    hidden = backbone.norm_f(hidden)
    return hidden, states


def lm_logits(model: torch.nn.Module, input_ids: torch.Tensor, **kwargs) -> torch.Tensor:
    hidden, _ = backbone_forward(model, input_ids, **kwargs)
    head = unwrap(model).lm_head
    return head(hidden.to(head.weight.dtype)).float()


def causal_lm_loss(
    model: torch.nn.Module,
    input_ids: torch.Tensor,
    labels: torch.Tensor,
    *,
    seq_idx: torch.Tensor | None = None,
    checkpoint_layers: bool = False,
    chunk_size: int | None = None,
) -> tuple[torch.Tensor, int]:
    """Mean next-token loss over positions whose label is not -100; also the token count.

    ``labels`` are aligned with ``input_ids`` (label t is predicted from tokens <= t-1),
    as in transformers. The vocabulary projection runs in slices so that a long
    row never materialises (tokens x vocab) float32 logits at once.
    """
    hidden, _ = backbone_forward(model, input_ids, seq_idx=seq_idx, checkpoint_layers=checkpoint_layers,
                                 chunk_size=chunk_size)
    head = unwrap(model).lm_head
    hidden = hidden[:, :-1]
    target = labels[:, 1:]
    keep = target != -100
    count = int(keep.sum())
    if count == 0:
        return hidden.sum() * 0.0, 0
    hidden = hidden[keep]
    target = target[keep]
    total = hidden.new_zeros((), dtype=torch.float32)
    for start in range(0, hidden.shape[0], 8192):
        logits = head(hidden[start:start + 8192].to(head.weight.dtype)).float()
        total = total + F.cross_entropy(logits, target[start:start + 8192], reduction="sum")
    return total / count, count


__all__ = [
    "LayerState", "backbone_forward", "causal_conv", "causal_lm_loss", "document_starts", "lm_logits",
    "mixer_forward", "unwrap",
]
