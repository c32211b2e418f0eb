"""The Mamba-2 state-space scan (SSD) in plain PyTorch, with document resets.

Two implementations of the same function:

* :func:`ssd_chunked` - the chunked (matmul-friendly) algorithm used for training
  and prefill, on CPU and GPU;
* :func:`ssd_sequential` - the step-by-step recurrence, slow and obvious, kept as
  the reference that tests hold the chunked form to.

Both take ``seq_idx`` (one document id per position) so that packed training
rows never leak state from one sample into the next: at each document start the
decay is made ~zero (``exp(-60)``), which resets the state exactly in float32.

Shapes: ``x (b, l, h, p)``, ``dt (b, l, h)`` (already softplus'ed and clamped),
``A (h)`` (negative), ``B, C (b, l, g, n)``, ``D (h)``, ``initial_state (b, h, p, n)``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

#: log-decay written at a document start; exp(-60) ~ 1e-26, zero for float32 states.
RESET_LOG_DECAY = -60.0


def document_starts(seq_idx: torch.Tensor) -> torch.Tensor:
    """Boolean (b, l): True where a new document begins (not at position 0)."""
    starts = torch.zeros_like(seq_idx, dtype=torch.bool)
    starts[:, 1:] = seq_idx[:, 1:] != seq_idx[:, :-1]
    return starts


def _segsum(a: torch.Tensor) -> torch.Tensor:
    """``out[..., i, j] = sum(a[..., j+1 : i+1])`` for j <= i, -inf above the diagonal.

    Summed directly (masked cumsum), never as a difference of cumsums, so large
    negative reset values cannot cancel catastrophically.
    """
    length = a.size(-1)
    a = a[..., None].expand(*a.shape, length)
    strict = torch.tril(torch.ones(length, length, device=a.device, dtype=torch.bool), diagonal=-1)
    a = a.masked_fill(~strict, 0.0)
    out = torch.cumsum(a, dim=-2)
    lower = torch.tril(torch.ones(length, length, device=a.device, dtype=torch.bool), diagonal=0)
    return out.masked_fill(~lower, float("-inf"))


def _log_decay(dt: torch.Tensor, A: torch.Tensor, seq_idx: torch.Tensor | None) -> torch.Tensor:
    a = dt * A.view(1, 1, -1)
    if seq_idx is not None:
        a = a.masked_fill(document_starts(seq_idx)[..., None], RESET_LOG_DECAY)
    return a


def ssd_chunked(
    x: torch.Tensor,
    dt: torch.Tensor,
    A: torch.Tensor,
    B: torch.Tensor,
    C: torch.Tensor,
    D: torch.Tensor | None,
    chunk_size: int,
    initial_state: torch.Tensor | None = None,
    seq_idx: torch.Tensor | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Chunked SSD. Returns ``(y (b, l, h, p), final_state (b, h, p, n))``, computed in float32."""
    b, length, h, p = x.shape
    g, n = B.shape[2], B.shape[3]
    out_dtype = x.dtype
    x, dt, B, C = x.float(), dt.float(), B.float(), C.float()
    a = _log_decay(dt, A.float(), seq_idx)  # (b, l, h)
    xdt = x * dt[..., None]
    B = B.repeat_interleave(h // g, dim=2)
    C = C.repeat_interleave(h // g, dim=2)

    pad = (-length) % chunk_size
    if pad:
        xdt = F.pad(xdt, (0, 0, 0, 0, 0, pad))
        a = F.pad(a, (0, 0, 0, pad))
        B = F.pad(B, (0, 0, 0, 0, 0, pad))
        C = F.pad(C, (0, 0, 0, 0, 0, pad))
    chunks = (length + pad) // chunk_size
    xdt = xdt.view(b, chunks, chunk_size, h, p)
    B = B.view(b, chunks, chunk_size, h, n)
    C = C.view(b, chunks, chunk_size, h, n)
    a = a.view(b, chunks, chunk_size, h).permute(0, 3, 1, 2)  # (b, h, c, L)
    a_cum = torch.cumsum(a, dim=-1)

    # 1. Within each chunk: a masked, decayed "attention" of C against B.
    decay = torch.exp(_segsum(a))  # (b, h, c, L, L)
    scores = torch.einsum("bclhn,bcshn->bhcls", C, B) * decay
    y = torch.einsum("bhcls,bcshp->bclhp", scores, xdt)

    # 2. The state each chunk leaves behind, from its own inputs.
    decay_to_end = torch.exp(a_cum[..., -1:] - a_cum)  # (b, h, c, L)
    states = torch.einsum("bclhn,bhcl,bclhp->bchpn", B, decay_to_end, xdt)

    # 3. Carry states across chunks (a short recurrence over chunk boundaries).
    if initial_state is None:
        initial_state = torch.zeros(b, h, p, n, device=x.device, dtype=torch.float32)
    states = torch.cat([initial_state.float()[:, None], states], dim=1)  # (b, c+1, h, p, n)
    chunk_decay = torch.exp(_segsum(F.pad(a_cum[..., -1], (1, 0))))  # (b, h, c+1, c+1)
    states = torch.einsum("bhzc,bchpn->bzhpn", chunk_decay, states)
    states, final_state = states[:, :-1], states[:, -1]

    # 4. What earlier chunks contribute to each position.
    y = y + torch.einsum("bclhn,bchpn,bhcl->bclhp", C, states, torch.exp(a_cum))

    y = y.reshape(b, chunks * chunk_size, h, p)[:, :length]
    if D is not None:
        y = y + x * D.float().view(1, 1, h, 1)
    return y.to(out_dtype), final_state


def ssd_sequential(
    x: torch.Tensor,
    dt: torch.Tensor,
    A: torch.Tensor,
    B: torch.Tensor,
    C: torch.Tensor,
    D: torch.Tensor | None,
    initial_state: torch.Tensor | None = None,
    seq_idx: torch.Tensor | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Reference recurrence: ``h_t = exp(dt_t A) h_{t-1} + dt_t x_t B_t^T``, ``y_t = h_t C_t + D x_t``."""
    b, length, h, p = x.shape
    g, n = B.shape[2], B.shape[3]
    x, dt, B, C = x.double(), dt.double(), B.double(), C.double()
    a = _log_decay(dt, A.double(), seq_idx)
    B = B.repeat_interleave(h // g, dim=2)
    C = C.repeat_interleave(h // g, dim=2)
    state = torch.zeros(b, h, p, n, dtype=torch.float64, device=x.device)
    if initial_state is not None:
        state = initial_state.double().clone()
    ys = []
    for t in range(length):
        state = state * torch.exp(a[:, t])[..., None, None] + \
            (x[:, t] * dt[:, t, :, None])[..., None] * B[:, t, :, None, :]
        y = torch.einsum("bhpn,bhn->bhp", state, C[:, t])
        if D is not None:
            y = y + x[:, t] * D.double().view(1, h, 1)
        ys.append(y)
    return torch.stack(ys, dim=1), state
