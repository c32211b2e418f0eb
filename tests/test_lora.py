"""LoRA on in_proj and out_proj: every adapter matrix learns, on our path, whatever the kernel."""

from __future__ import annotations

import json
import math

import pytest
import torch
import torch.nn.functional as F
from test_model_forward import tiny_model

from pytest_mambagen import adapters
from pytest_mambagen.errors import ModelError
from pytest_mambagen.model.forward import causal_conv, causal_lm_loss
from pytest_mambagen.model.lora import add_lora, effective_linear, load_lora, lora_config, lora_layers
from pytest_mambagen.model.ssd import ssd_chunked


def lora_b_grads(model):
    return {name: p.grad for name, p in model.named_parameters() if "lora_B" in name}


def one_step_batch(vocab=300, seed=0):
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(0, vocab, (2, 33), generator=g)
    return ids, ids.clone()


def test_peft_alone_refuses_out_proj_on_mamba2():
    from peft import get_peft_model

    with pytest.raises(ValueError, match="out_proj"):
        get_peft_model(tiny_model(), lora_config(r=4))


def test_every_lora_b_gets_a_gradient_on_our_path():
    model = add_lora(tiny_model(seed=1), lora_config(r=4))
    names = [n for n, _ in lora_layers(model)]
    assert any(n.endswith("out_proj") for n in names) and any(n.endswith("in_proj") for n in names)
    ids, labels = one_step_batch()
    model.train()
    # One optimizer step first: lora_B starts at zero, so lora_A's gradient is zero until B moves.
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    loss, _count = causal_lm_loss(model, ids, labels)
    loss.backward()
    grads = lora_b_grads(model)
    assert grads and all(g is not None and g.abs().sum() > 0 for g in grads.values()), grads.keys()
    optimizer.step()
    optimizer.zero_grad()
    loss, _ = causal_lm_loss(model, ids, labels)
    loss.backward()
    lora_a = {n: p.grad for n, p in model.named_parameters() if "lora_A" in n}
    assert all(g is not None and g.abs().sum() > 0 for g in lora_a.values())


def fused_kernel_standin(zxbcdt, conv1d_weight, conv1d_bias, dt_bias, A, D, chunk_size, initial_states=None,
                         dt_limit=(0.0, math.inf), return_final_states=False, activation="silu",
                         rmsnorm_weight=None, rmsnorm_eps=1e-6, outproj_weight=None, outproj_bias=None,
                         headdim=None, ngroups=1, norm_before_gate=True, **kwargs):
    """What mamba_ssm's mamba_split_conv1d_scan_combined computes, with its signature: the
    output projection arrives as a raw weight tensor, so a LoRA wrapper on out_proj is bypassed."""
    b, length, _ = zxbcdt.shape
    heads = dt_bias.shape[0]
    d_inner = outproj_weight.shape[1]
    conv_dim = conv1d_weight.shape[0]
    n = (conv_dim - d_inner) // (2 * ngroups)
    z, xbc, dt = zxbcdt.split([d_inner, conv_dim, heads], dim=-1)
    xbc = F.silu(causal_conv(xbc, conv1d_weight, conv1d_bias))
    x, B, C = xbc.split([d_inner, ngroups * n, ngroups * n], dim=-1)
    dt = torch.clamp(F.softplus(dt + dt_bias), *dt_limit)
    y, _ = ssd_chunked(x.reshape(b, length, heads, headdim), dt, A, B.reshape(b, length, ngroups, n),
                       C.reshape(b, length, ngroups, n), D, chunk_size)
    y = y.reshape(b, length, d_inner) * F.silu(z)
    groups = y.view(b, length, ngroups, -1)
    y = (groups * torch.rsqrt(groups.pow(2).mean(-1, keepdim=True) + rmsnorm_eps)).view(b, length, d_inner)
    return F.linear(y * rmsnorm_weight, outproj_weight, outproj_bias)


def test_fused_kernel_skips_out_proj_lora_but_our_path_does_not(monkeypatch):
    from transformers.models.mamba2 import modeling_mamba2

    monkeypatch.setattr(modeling_mamba2, "mamba2_split_conv1d_scan_combined", fused_kernel_standin)
    model = add_lora(tiny_model(seed=2), lora_config(r=4))
    model.train()
    ids, labels = one_step_batch(seed=1)

    # transformers' training path with the (stand-in) fused kernel: the trap.
    model(input_ids=ids, labels=labels).loss.backward()
    trapped = lora_b_grads(model)
    assert all(g is None for n, g in trapped.items() if "out_proj" in n)
    assert all(g is not None for n, g in trapped.items() if "in_proj" in n)
    model.zero_grad(set_to_none=True)

    # our path: every lora_B learns.
    loss, _ = causal_lm_loss(model, ids, labels)
    loss.backward()
    assert all(g is not None and g.abs().sum() > 0 for g in lora_b_grads(model).values())


def test_adapter_with_out_proj_saves_and_loads(tmp_path):
    model = add_lora(tiny_model(seed=3), lora_config(r=4))
    for name, p in model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=0.1)
    model.save_pretrained(str(tmp_path / "ad"), safe_serialization=True)
    assert (tmp_path / "ad" / "adapter_model.safetensors").is_file()
    assert not list((tmp_path / "ad").glob("*.bin"))
    reloaded = load_lora(tiny_model(seed=3), str(tmp_path / "ad"))
    for (name, a), (_, b) in zip(lora_layers(model), lora_layers(reloaded), strict=True):
        wa, _ = effective_linear(a)
        wb, _ = effective_linear(b)
        torch.testing.assert_close(wa, wb), name


def test_adapter_for_another_base_is_refused(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "adapter_config.json").write_text("{}")
    (folder / "adapter_model.safetensors").write_bytes(b"x")
    adapters.write_meta(folder, {"base": {"id": "acme/other-base", "sha256": "a" * 64}})
    info = adapters.load_adapter_info(folder)
    with pytest.raises(ModelError, match="was trained on base 'acme/other-base'"):
        adapters.check_base(info, "pytest-mambagen/embedded-mamba2", "b" * 64)
    adapters.check_base(info, "acme/other-base", "a" * 64)  # its own base is fine
    assert info.verify() == []
    (folder / "adapter_model.safetensors").write_bytes(b"tampered")
    assert any("does not match" in p for p in info.verify())
    assert json.loads((folder / "mambagen.json").read_text())["files"]
