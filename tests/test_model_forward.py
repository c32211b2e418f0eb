"""Our Mamba-2 forward and scan against transformers and against the plain recurrence."""

from __future__ import annotations

import pytest
import torch

from pytest_mambagen.model.forward import lm_logits
from pytest_mambagen.model.ssd import ssd_chunked, ssd_sequential


def tiny_model(seed=0, **overrides):
    from transformers import Mamba2Config, Mamba2ForCausalLM

    torch.manual_seed(seed)
    shape = dict(vocab_size=300, hidden_size=64, num_hidden_layers=2, state_size=16, expand=2, head_dim=16,
                 num_heads=8, n_groups=2, conv_kernel=4, chunk_size=16, tie_word_embeddings=True)
    shape.update(overrides)
    return Mamba2ForCausalLM(Mamba2Config(**shape)).eval()


@pytest.mark.parametrize("chunk", [4, 8, 16])
def test_chunked_scan_matches_recurrence_with_resets(chunk):
    torch.manual_seed(1)
    b, length, h, p, g, n = 2, 37, 4, 8, 2, 5
    x, dt = torch.randn(b, length, h, p), torch.rand(b, length, h)
    A, D = -torch.rand(h) * 2, torch.randn(h)
    B, C = torch.randn(b, length, g, n), torch.randn(b, length, g, n)
    seq_idx = torch.tensor([[0] * 10 + [1] * 20 + [2] * 7, [5] * 37])
    init = torch.randn(b, h, p, n)
    y1, s1 = ssd_chunked(x, dt, A, B, C, D, chunk, init, seq_idx)
    y2, s2 = ssd_sequential(x, dt, A, B, C, D, init, seq_idx)
    torch.testing.assert_close(y1.double(), y2, rtol=1e-4, atol=1e-4)
    torch.testing.assert_close(s1.double(), s2, rtol=1e-4, atol=1e-4)


def test_reset_really_forgets_the_previous_document():
    torch.manual_seed(2)
    b, length, h, p, g, n = 1, 12, 2, 4, 1, 3
    x, dt = torch.randn(b, length, h, p), torch.rand(b, length, h)
    A, B, C = -torch.rand(h), torch.randn(b, length, g, n), torch.randn(b, length, g, n)
    seq_idx = torch.tensor([[0] * 5 + [1] * 7])
    y_packed, _ = ssd_chunked(x, dt, A, B, C, None, 4, seq_idx=seq_idx)
    y_alone, _ = ssd_chunked(x[:, 5:], dt[:, 5:], A, B[:, 5:], C[:, 5:], None, 4)
    torch.testing.assert_close(y_packed[:, 5:], y_alone, rtol=1e-5, atol=1e-5)
    # and without the reset the second document does see the first
    y_leaky, _ = ssd_chunked(x, dt, A, B, C, None, 4)
    assert not torch.allclose(y_leaky[:, 5:], y_alone, atol=1e-3)


def test_forward_equals_transformers():
    model = tiny_model()
    ids = torch.randint(0, 300, (2, 45))
    with torch.no_grad():
        torch.testing.assert_close(lm_logits(model, ids), model(ids).logits, rtol=1e-5, atol=1e-5)


def test_packed_rows_equal_separate_sequences():
    model = tiny_model(seed=3)
    a, c = torch.randint(0, 300, (1, 20)), torch.randint(0, 300, (1, 25))
    with torch.no_grad():
        packed = lm_logits(model, torch.cat([a, c], 1), seq_idx=torch.tensor([[0] * 20 + [1] * 25]))
        torch.testing.assert_close(packed[:, :20], model(a).logits, rtol=1e-5, atol=1e-5)
        torch.testing.assert_close(packed[:, 20:], model(c).logits, rtol=1e-5, atol=1e-5)


def test_left_padding_does_not_change_the_real_tokens():
    model = tiny_model(seed=4)
    a = torch.randint(1, 300, (1, 20))
    padded = torch.cat([torch.zeros(1, 5, dtype=torch.long), a], 1)
    mask = torch.cat([torch.zeros(1, 5), torch.ones(1, 20)], 1).long()
    with torch.no_grad():
        out = lm_logits(model, padded, attention_mask=mask)
        torch.testing.assert_close(out[:, 5:], model(a).logits, rtol=1e-5, atol=1e-5)
