"""GPU-only checks of the fast path (skipped where CUDA is absent; run on the device machine)."""

from __future__ import annotations

import pytest
import torch
from test_model_forward import tiny_model

from pytest_mambagen.model.decode import FastDecoder, SamplingParams
from pytest_mambagen.model.forward import causal_lm_loss
from pytest_mambagen.model.lora import add_lora, lora_config, set_lora_scale
from pytest_mambagen.model.reference import reference_generate

pytestmark = pytest.mark.gpu


@pytest.fixture(autouse=True)
def exact_float32():
    # The reference path's conv runs through cuDNN, which uses TF32 by default: keep float32 exact.
    old = torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32
    torch.backends.cudnn.allow_tf32 = torch.backends.cuda.matmul.allow_tf32 = False
    yield
    torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32 = old


def cuda_model(seed=0, **kw):
    model = tiny_model(seed=seed, **kw).cuda()
    peft_model = add_lora(model, lora_config(r=4))
    for name, p in peft_model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=0.3)
    peft_model.eval()
    set_lora_scale(peft_model, 0.7)
    return peft_model


@pytest.mark.parametrize("variant", [dict(step_kind="shift"), dict(step_kind="fused"),
                                     dict(step_kind="fused", compile_step=True),
                                     dict(step_kind="fused", compile_step=True, compile_dynamic=False)],
                         ids=["graph-plain", "graph-fused", "graph-fused-compiled", "graph-fused-compiled-static"])
def test_graph_fast_path_equals_reference_in_float32(variant):
    if variant["step_kind"] == "fused":
        pytest.importorskip("triton")
    model = cuda_model(seed=1, n_groups=2)
    prompts = [[5, 9, 3, 7, 1], [11, 2, 8, 1, 4, 6, 12, 40, 41], [3]]
    params = SamplingParams(max_new_tokens=48)
    ref = reference_generate(model, prompts, params)
    fast = FastDecoder(model, cuda_graph=True, **variant)
    assert [r.tokens for r in fast.generate(prompts, params)] == [r.tokens for r in ref]
    # a second call replays the captured graph with new states
    assert [r.tokens for r in fast.generate(prompts, params)] == [r.tokens for r in ref]


def test_every_lora_b_gets_a_gradient_on_cuda():
    model = add_lora(tiny_model(seed=2).cuda(), lora_config(r=4))
    ids = torch.randint(0, 300, (2, 65), device="cuda")
    with torch.autocast("cuda", dtype=torch.bfloat16):
        loss, _ = causal_lm_loss(model, ids, ids.clone(), seq_idx=torch.zeros_like(ids, dtype=torch.int32))
    loss.backward()
    grads = {n: p.grad for n, p in model.named_parameters() if "lora_B" in n}
    assert grads and all(g is not None and g.abs().sum() > 0 for g in grads.values())


def test_triton_scan_equals_torch_scan_forward_and_backward(monkeypatch):
    """mamba-ssm's Triton chunked scan (used for training and prefill when installed) against the plain scan."""
    pytest.importorskip("mamba_ssm.ops.triton.ssd_combined")
    from pytest_mambagen.model import forward

    model = tiny_model(seed=3, n_groups=2).cuda()
    ids = torch.randint(0, 300, (2, 130), device="cuda")
    seq_idx = torch.zeros_like(ids, dtype=torch.int32)
    seq_idx[:, 70:] = 1  # two packed documents per row: no state may cross the boundary

    def run(path):
        monkeypatch.setenv(forward.SCAN_ENV, path)
        forward._triton_scan.cache_clear()
        assert forward.scan_path(ids.device) == ("torch" if path == "torch" else "triton")
        model.zero_grad()
        loss, _ = causal_lm_loss(model, ids, ids.clone(), seq_idx=seq_idx)
        loss.backward()
        return loss.detach(), {n: p.grad.detach().clone() for n, p in model.named_parameters() if p.grad is not None}

    loss_t, grads_t = run("torch")
    loss_k, grads_k = run("auto")
    forward._triton_scan.cache_clear()
    assert torch.allclose(loss_t, loss_k, rtol=1e-4, atol=1e-5)
    assert grads_t.keys() == grads_k.keys()
    for name in grads_t:
        torch.testing.assert_close(grads_k[name], grads_t[name], rtol=2e-3, atol=2e-4, msg=name)
