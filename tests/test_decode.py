"""The fast decoder against transformers' generate (the reference path), every step kind token for token."""

from __future__ import annotations

import pytest
import torch
from test_model_forward import tiny_model

from pytest_mambagen.model import compact, cpu_kernel
from pytest_mambagen.model.decode import DEFAULT_BUCKETS, FastDecoder, SamplingParams, bucket_for
from pytest_mambagen.model.lora import add_lora, lora_config, set_lora_scale
from pytest_mambagen.model.reference import reference_generate


def prompts(seed=0, lengths=(7, 30, 2)):
    g = torch.Generator().manual_seed(seed)
    return [torch.randint(1, 300, (n,), generator=g).tolist() for n in lengths]


@pytest.mark.parametrize("step_kind", ["native", "ring", "shift"])
def test_greedy_fast_path_equals_reference_token_for_token(step_kind):
    if step_kind == "native" and not cpu_kernel.available():
        pytest.skip(f"no native step here: {cpu_kernel.why_unavailable()}")
    model = tiny_model(seed=5)
    params = SamplingParams(max_new_tokens=40)
    batch = prompts()
    ref = reference_generate(model, batch, params)
    fast = FastDecoder(model, step_kind=step_kind).generate(batch, params)
    assert [r.tokens for r in fast] == [r.tokens for r in ref]
    assert all(len(r.tokens) == 40 for r in fast)


def test_batch_rows_do_not_influence_each_other():
    model = tiny_model(seed=6)
    params = SamplingParams(max_new_tokens=25)
    batch = prompts(1, (5, 19, 11))
    together = FastDecoder(model).generate(batch, params)
    alone = [FastDecoder(model).generate([p], params)[0] for p in batch]
    assert [r.tokens for r in together] == [r.tokens for r in alone]


def test_stop_tokens_end_a_row():
    model = tiny_model(seed=7)
    params = SamplingParams(max_new_tokens=30)
    first = FastDecoder(model).generate(prompts(2, (9,)), params)[0].tokens
    stop = first[3]
    out = FastDecoder(model).generate(prompts(2, (9,)), SamplingParams(max_new_tokens=30, stop_ids=(stop,)))[0]
    assert out.finish_reason == "stop"
    assert out.tokens == first[: first.index(stop)]


def test_sampling_is_reproducible_per_row_seed():
    model = tiny_model(seed=8)
    params = SamplingParams(max_new_tokens=20, temperature=0.9, seeds=[11, 12])
    a = FastDecoder(model).generate(prompts(3, (6, 6)), params)
    b = FastDecoder(model).generate(prompts(3, (6, 6)), params)
    assert [r.tokens for r in a] == [r.tokens for r in b]
    assert a[0].tokens != a[1].tokens  # different seeds, different samples


def test_lora_is_folded_in_at_its_scale():
    model = tiny_model(seed=9)
    peft_model = add_lora(model, lora_config(r=4))
    torch.manual_seed(0)
    for name, p in peft_model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=0.5)
    peft_model.eval()
    params = SamplingParams(max_new_tokens=20)
    batch = prompts(4, (8, 13))
    decoder = FastDecoder(peft_model)
    for scale in (1.0, 0.0, 2.0):
        set_lora_scale(peft_model, scale)
        decoder.refresh()
        ref = reference_generate(peft_model, batch, params)
        assert [r.tokens for r in decoder.generate(batch, params)] == [r.tokens for r in ref], scale


def test_constraint_masks_the_next_token():
    model = tiny_model(seed=10)
    only = 42

    def constrain(row, generated):
        mask = torch.zeros(300, dtype=torch.bool)
        mask[only] = True
        return mask

    out = FastDecoder(model).generate(prompts(5, (4,)), SamplingParams(max_new_tokens=5), constrain=constrain)
    assert out[0].tokens == [only] * 5


# -- the native CPU step (the exact default) -------------------------------------------

needs_native = pytest.mark.skipif(not cpu_kernel.available(), reason="no C compiler for the native step")


@needs_native
@pytest.mark.parametrize("shape", [dict(), dict(n_groups=1), dict(use_conv_bias=False), dict(use_bias=True),
                                   dict(tie_word_embeddings=False),
                                   dict(hidden_size=48, num_heads=8, head_dim=12, state_size=20)],
                         ids=["groups2", "groups1", "no-conv-bias", "proj-bias", "untied", "odd-sizes"])
def test_native_step_equals_reference_and_plain_step(shape):
    model = tiny_model(seed=11, **shape)
    params = SamplingParams(max_new_tokens=30)
    batch = prompts(6, (7, 30, 2, 12, 5))  # 5 rows: blocks of 4 and 1 in the kernel's products
    ref = reference_generate(model, batch, params)
    native = FastDecoder(model, step_kind="native")
    assert [r.tokens for r in native.generate(batch, params)] == [r.tokens for r in ref]
    # one step's logits and states, against the plain PyTorch step
    plain = FastDecoder(model, step_kind="shift")
    ids = torch.tensor([batch[1], batch[1][::-1]])
    (_, sn), (_, sp) = native.prefill(ids), plain.prefill(ids)
    token = torch.tensor([3, 17])
    torch.testing.assert_close(native._step(token, sn), plain._step(token, sp), rtol=1e-5, atol=1e-5)
    for a, b in zip(sn.ssm + sn.conv, sp.ssm + sp.conv, strict=True):
        torch.testing.assert_close(a, b, rtol=1e-5, atol=1e-6)


def _rounded(model, how):
    """``model`` with its matrices replaced by values a lossless storage can hold."""
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.ndim == 2 and p.numel() >= 4096:
                if how == "bf16":
                    p.copy_(p.bfloat16().float())
                else:  # int8 with a scale per 128, as the compact checkpoint stores it
                    p.copy_(compact.dequantize(compact.quantize({name: p}))[name])
    return model


@needs_native
@pytest.mark.parametrize("how,kind", [("bf16", "bfloat16"), ("int8", "int8-g128"), ("none", "float32")])
def test_lossless_storage_gives_back_the_weights_bit_for_bit(how, kind):
    model = tiny_model(seed=12, hidden_size=128, num_heads=16, head_dim=16)
    if how != "none":
        _rounded(model, how)
    weight = model.backbone.layers[0].mixer.in_proj.weight.detach()
    code, data, scale = cpu_kernel.lossless_storage(weight)
    assert cpu_kernel.KIND_NAMES[code] == kind
    if code == cpu_kernel.KIND_INT8:
        back = data.float().view(weight.shape[0], -1, 128) * scale[..., None]
    elif code == cpu_kernel.KIND_BF16:
        back = data.view(torch.bfloat16).float()
    else:
        back = data
    assert torch.equal(back.reshape(weight.shape), weight)
    decoder = FastDecoder(model, step_kind="native")
    assert decoder.native.storage()["in_proj"] == kind
    params = SamplingParams(max_new_tokens=30)
    batch = prompts(7, (9, 21))
    assert [r.tokens for r in decoder.generate(batch, params)] == [
        r.tokens for r in reference_generate(model, batch, params)]


@needs_native
def test_native_lora_stays_unfolded_and_follows_scale_and_adapter_switches():
    model = _rounded(tiny_model(seed=13, hidden_size=128, num_heads=16, head_dim=16), "bf16")
    peft_model = add_lora(model, lora_config(r=4))
    torch.manual_seed(1)
    for name, p in peft_model.named_parameters():
        if "lora_B" in name:
            torch.nn.init.normal_(p, std=0.3)
    peft_model.eval()
    decoder = FastDecoder(peft_model, step_kind="native")
    assert decoder.native.storage()["in_proj"] == "bfloat16"  # the base stays lossless under LoRA
    params = SamplingParams(max_new_tokens=25)
    batch = prompts(8, (8, 13, 3))
    for scale in (0.7, 0.0, 1.5):
        set_lora_scale(peft_model, scale)
        decoder.refresh()
        ref = reference_generate(peft_model, batch, params)
        assert [r.tokens for r in decoder.generate(batch, params)] == [r.tokens for r in ref], scale
    with peft_model.disable_adapter():
        decoder.refresh()
        ref = reference_generate(peft_model, batch, params)
        assert [r.tokens for r in decoder.generate(batch, params)] == [r.tokens for r in ref]


@needs_native
def test_native_step_does_not_depend_on_the_thread_count():
    model = tiny_model(seed=14, hidden_size=128, num_heads=16, head_dim=16)
    ids = torch.tensor(prompts(9, (12, 12, 12)))
    out = []
    for threads in (1, 2, 3):
        decoder = FastDecoder(model, step_kind="native", threads=threads)
        _, state = decoder.prefill(ids)
        out.append(decoder._step(torch.tensor([1, 2, 3]), state).clone())
    assert torch.equal(out[0], out[1]) and torch.equal(out[0], out[2])


def test_default_cpu_step_is_exact():
    model = tiny_model(seed=15)
    decoder = FastDecoder(model)
    assert decoder.exact
    assert decoder.step_kind == ("native" if cpu_kernel.available() else "ring")
    assert not FastDecoder(model, compute_dtype=torch.bfloat16).exact


# -- batch buckets (what keeps compiled and graphed steps within bounded shapes) ----------

def test_bucket_for():
    assert [bucket_for(b, (1, 2, 4, 8)) for b in (1, 2, 3, 4, 5, 8)] == [1, 2, 4, 4, 8, 8]
    assert bucket_for(9, (1, 2, 4, 8)) == 16 and bucket_for(17, (1, 2, 4, 8)) == 24
    assert bucket_for(5, None) == 5 and bucket_for(5, ()) == 5
    assert [bucket_for(b, DEFAULT_BUCKETS) for b in (1, 3, 33, 64, 65, 129)] == [1, 4, 64, 64, 128, 256]
    with pytest.raises(ValueError):
        bucket_for(0, DEFAULT_BUCKETS)


@pytest.mark.parametrize("step_kind", ["ring", "shift"])
def test_bucketed_batches_equal_the_unbucketed_path(step_kind):
    model = tiny_model(seed=16)
    params = SamplingParams(max_new_tokens=12)
    bucketed = FastDecoder(model, step_kind=step_kind, batch_buckets=(1, 2, 4, 8))
    plain = FastDecoder(model, step_kind=step_kind, batch_buckets=None)
    for b in (3, 1, 5, 2, 8):
        batch = prompts(20 + b, tuple(3 + (7 * i) % 11 for i in range(b)))
        assert [r.tokens for r in bucketed.generate(batch, params)] == [r.tokens for r in plain.generate(batch, params)]


def test_compiled_step_serves_many_batch_sizes_in_one_process():
    """The recompile wall, on CPU: one compiled (fullgraph, static shapes) step, 11 batch sizes.

    Without buckets that is 11 specialisations of one code object, past dynamo's
    limit of 8 (``FailOnRecompileLimitHit``); with them, 5 (buckets 1, 2, 4, 8, 16).
    Two decoders in the process do not add up either. dynamo's ``eager`` backend
    traces and guards as inductor would, without generating code.
    """
    model = tiny_model(seed=17)
    params = SamplingParams(max_new_tokens=6)
    make = lambda: FastDecoder(model, step_kind="shift", compile_step=True, compile_dynamic=False,  # noqa: E731
                               compile_backend="eager", batch_buckets=(1, 2, 4, 8, 16))
    first, second = make(), make()
    plain = FastDecoder(model, step_kind="shift")
    for b in (1, 2, 3, 5, 7, 8, 9, 11, 12, 14, 16):
        batch = prompts(40 + b, tuple(2 + (5 * i) % 9 for i in range(b)))
        want = [r.tokens for r in plain.generate(batch, params)]
        assert [r.tokens for r in first.generate(batch, params)] == want, b
        if b in (3, 12):
            assert [r.tokens for r in second.generate(batch, params)] == want, b
    assert first.compiled_batches == {1, 2, 4, 8, 16}
    assert second.compiled_batches == {4, 16}


# -- the engine's decode path and the model identity ---------------------------------------

def test_decode_path_setting_and_identity(monkeypatch):
    from pytest_mambagen.errors import ConfigError
    from pytest_mambagen.model import decodepath

    monkeypatch.delenv(decodepath.DECODE_ENV, raising=False)
    assert decodepath.decode_path() == "exact" and decodepath.identity_entry() == {}
    for value, entry in (("torch", {}), ("EXACT", {}), ("bf16", {"decode": "bf16-projections"})):
        monkeypatch.setenv(decodepath.DECODE_ENV, value)
        assert decodepath.identity_entry() == entry
    monkeypatch.setenv(decodepath.DECODE_ENV, "fp8")
    with pytest.raises(ConfigError, match="MAMBAGEN_DECODE"):
        decodepath.decode_path()


def test_model_identity_records_only_an_inexact_path(monkeypatch, tiny_model_dir):
    from pytest_mambagen.model import decodepath, loading

    base = loading.resolve_base(str(tiny_model_dir))
    monkeypatch.delenv(decodepath.DECODE_ENV, raising=False)
    exact = loading.identity(base, None)
    assert set(exact) == {"base", "base_sha256", "adapter", "adapter_sha256"}  # fingerprints as before
    monkeypatch.setenv(decodepath.DECODE_ENV, "torch")
    assert loading.identity(base, None) == exact
    monkeypatch.setenv(decodepath.DECODE_ENV, "bf16")
    assert loading.identity(base, None) == {**exact, "decode": "bf16-projections"}


def test_engine_paths_on_a_real_tiny_model(monkeypatch, tiny_model_dir):
    from pytest_mambagen.model import decodepath, loading
    from pytest_mambagen.model.engine import Engine, EngineRow

    monkeypatch.delenv(decodepath.DECODE_ENV, raising=False)
    loaded = loading.load(loading.resolve_base(str(tiny_model_dir)), None, "cpu")
    rows = [EngineRow("def test_total(mount):\n    page = mount("), EngineRow("1. Open the cart.\n")]
    reference = [r.tokens for r in Engine(loaded, fast=False).generate(rows, 24)]
    default = Engine(loaded)
    assert default.decode_path == "exact" and default.decoder.exact
    assert [r.tokens for r in default.generate(rows, 24)] == reference
    torch_path = Engine(loaded, decode="torch")
    assert torch_path.decoder.step_kind == "ring" and torch_path.decoder.exact
    assert [r.tokens for r in torch_path.generate(rows, 24)] == reference
    monkeypatch.setenv(decodepath.DECODE_ENV, "bf16")
    fast = Engine(loaded)
    assert fast.decode_path == "bf16" and not fast.decoder.exact
    assert all(len(r.tokens) <= 24 for r in fast.generate(rows, 24))


@pytest.mark.slow
def test_embedded_model_default_path_equals_reference():
    """The shipped model, its adapter, a few short prompts: the default fast path is the reference."""
    from pathlib import Path

    from pytest_mambagen.model import loading
    from pytest_mambagen.model.engine import Engine, EngineRow

    if not (loading.EMBEDDED_BASE / "config.json").is_file():
        pytest.skip("the embedded model is not in this checkout")
    base = loading.resolve_base(None)
    loaded = loading.load(base, loading.resolve_adapter(None, base, Path.cwd()), "cpu")
    engine = Engine(loaded, decode="exact")
    prompts_text = [
        "Open the cart page. Click Add twice. Expected: the total shows $24.00",
        "Verify that the Email field is required: submit the sign-in form empty and see an error.",
        "def test_",
    ]
    rows = [EngineRow(text) for text in prompts_text]
    ids = [engine.tokenizer(t, add_special_tokens=False)["input_ids"] for t in prompts_text]
    params = SamplingParams(max_new_tokens=40, stop_ids=engine.stop_ids)
    reference = reference_generate(loaded.model, ids, params, pad_id=engine.tokenizer.pad_token_id or 0)
    for i, row in enumerate(rows):  # one at a time, as the plugin decodes a single case
        assert engine.generate([row], 40)[0].tokens == reference_generate(
            loaded.model, [ids[i]], params)[0].tokens
    assert [r.tokens for r in engine.generate(rows, 40)] == [r.tokens for r in reference]
