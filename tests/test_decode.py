"""The fast decoder against transformers' generate (the reference path)."""

from __future__ import annotations

import pytest
import torch
from test_model_forward import tiny_model

from pytest_mambagen.model.decode import FastDecoder, SamplingParams
from pytest_mambagen.model.lora import add_lora, lora_config, set_lora_scale
from pytest_mambagen.model.reference import reference_generate


def prompts(seed=0, lengths=(7, 30, 2)):
    g = torch.Generator().manual_seed(seed)
    return [torch.randint(1, 300, (n,), generator=g).tolist() for n in lengths]


@pytest.mark.parametrize("step_kind", ["ring", "shift"])
def test_greedy_fast_path_equals_reference_token_for_token(step_kind):
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
