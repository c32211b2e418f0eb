"""A fused Triton kernel for the single-token SSM update (GPU fast path).

At large batch the SSM states, not the weights, are what a decode step moves:
on the Codestral-7B shape one sequence's states are 64 layers x 128 heads x
64 x 128 values. Written as separate PyTorch ops the update reads and writes
them more than once; this kernel reads each state tile once, updates it in
float32, writes it back in its storage dtype, and produces the output
(``y = state . C + D x``, gated by ``silu(z)``) from registers.

It is the same function as the SSM part of
:func:`pytest_mambagen.model.decode.layer_step` (the plain path), and
``tests/test_kernels.py`` holds them equal under Triton's interpreter on CPU.
"""

from __future__ import annotations

import torch

try:  # Triton ships with CUDA builds of PyTorch; CPU installs may lack it.
    import triton
    import triton.language as tl
except ImportError:  # pragma: no cover - exercised where Triton is absent
    triton = None


def triton_available() -> bool:
    return triton is not None


if triton is not None:

    @triton.jit
    def _ssm_step_kernel(
        state_ptr, x_ptr, dt_ptr, dt_bias_ptr, a_ptr, b_ptr, c_ptr, d_ptr, z_ptr, out_ptr,
        heads_per_group, head_dim, d_state, dt_lo, dt_hi,
        s_b, s_h, s_p, s_n,  # state strides
        x_b, x_h,  # x rows (b) and heads; a head's values are contiguous
        dt_b,  # dt rows; heads contiguous
        bc_b, bc_g,  # B and C rows and groups; states contiguous
        z_b, z_h,
        o_b, o_h,
        BLOCK_P: tl.constexpr, BLOCK_N: tl.constexpr, HAS_Z: tl.constexpr,
    ):
        pid_b = tl.program_id(0)
        pid_h = tl.program_id(1)
        pid_p = tl.program_id(2)
        group = pid_h // heads_per_group
        offs_p = pid_p * BLOCK_P + tl.arange(0, BLOCK_P)
        offs_n = tl.arange(0, BLOCK_N)
        mask_p = offs_p < head_dim
        mask_n = offs_n < d_state

        dt = tl.load(dt_ptr + pid_b * dt_b + pid_h).to(tl.float32) + tl.load(dt_bias_ptr + pid_h).to(tl.float32)
        dt = tl.where(dt > 20.0, dt, tl.log(1.0 + tl.exp(dt)))  # softplus
        dt = tl.minimum(tl.maximum(dt, dt_lo), dt_hi)
        decay = tl.exp(dt * tl.load(a_ptr + pid_h).to(tl.float32))

        x = tl.load(x_ptr + pid_b * x_b + pid_h * x_h + offs_p, mask=mask_p, other=0.0).to(tl.float32)
        bv = tl.load(b_ptr + pid_b * bc_b + group * bc_g + offs_n, mask=mask_n, other=0.0).to(tl.float32)
        cv = tl.load(c_ptr + pid_b * bc_b + group * bc_g + offs_n, mask=mask_n, other=0.0).to(tl.float32)

        s_ptrs = state_ptr + pid_b * s_b + pid_h * s_h + offs_p[:, None] * s_p + offs_n[None, :] * s_n
        s_mask = mask_p[:, None] & mask_n[None, :]
        s = tl.load(s_ptrs, mask=s_mask, other=0.0).to(tl.float32)
        s = s * decay + (x * dt)[:, None] * bv[None, :]
        tl.store(s_ptrs, s.to(state_ptr.dtype.element_ty), mask=s_mask)

        y = tl.sum(s * cv[None, :], axis=1) + tl.load(d_ptr + pid_h).to(tl.float32) * x
        if HAS_Z:
            z = tl.load(z_ptr + pid_b * z_b + pid_h * z_h + offs_p, mask=mask_p, other=0.0).to(tl.float32)
            y = y * z * tl.sigmoid(z)
        tl.store(out_ptr + pid_b * o_b + pid_h * o_h + offs_p, y, mask=mask_p)



def ssm_step(
    state: torch.Tensor,  # (b, heads, head_dim, d_state), updated in place
    x: torch.Tensor,  # (b, heads * head_dim) view; heads contiguous
    dt: torch.Tensor,  # (b, heads) raw (before bias and softplus)
    dt_bias: torch.Tensor,
    A: torch.Tensor,  # (heads,) negative
    B: torch.Tensor,  # (b, groups * d_state) view
    C: torch.Tensor,
    D: torch.Tensor,
    z: torch.Tensor | None,  # (b, heads * head_dim) view
    dt_limit: tuple[float, float],
    groups: int,
) -> torch.Tensor:
    """Update ``state`` in place for one token; return ``y`` (b, heads * head_dim), float32."""
    b, heads, head_dim, d_state = state.shape
    out = torch.empty(b, heads * head_dim, device=state.device, dtype=torch.float32)
    block_p = min(triton.next_power_of_2(head_dim), 32)
    block_n = triton.next_power_of_2(d_state)
    grid = (b, heads, triton.cdiv(head_dim, block_p))
    z_arg = z if z is not None else out
    lo, hi = float(dt_limit[0]), float(min(dt_limit[1], 3.0e38))
    _ssm_step_kernel[grid](
        state, x, dt, dt_bias, A, B, C, D, z_arg, out,
        heads // groups, head_dim, d_state, lo, hi,
        state.stride(0), state.stride(1), state.stride(2), state.stride(3),
        x.stride(0), head_dim,
        dt.stride(0),
        B.stride(0), d_state,
        z_arg.stride(0), head_dim,
        out.stride(0), head_dim,
        BLOCK_P=block_p, BLOCK_N=block_n, HAS_Z=z is not None,
    )
    return out
