"""Tiny, random Mamba-2 checkpoints for tests (built on the fly, a few seconds on CPU)."""

from __future__ import annotations

from pathlib import Path

CORPUS = [
    'import pytest\nfrom playwright.sync_api import expect\n\n\ndef test_total(mount):\n'
    '    page = mount("Cart.jsx")\n    page.get_by_role("button", name="Add").click()\n'
    '    expect(page.get_by_test_id("total")).to_have_text("$12.00")\n',
    'export default function Cart() {\n  const [n, setN] = useState(0);\n'
    '  return <div><button onClick={() => setN(n + 1)}>Add</button><p data-testid="total">{n}</p></div>;\n}\n',
    "1. Open the cart.\n2. Click Add.\nExpected: the total shows $12.00\n",
    "Verify that the Email field is required. Given the sign-in page When I submit Then I see an error.\n",
]


def build_tiny_model(folder: Path, *, layers: int = 2, hidden: int = 64, vocab: int = 400, seed: int = 0) -> Path:
    import torch
    from transformers import Mamba2Config, Mamba2ForCausalLM

    from pytest_mambagen.training.tokenizer import train_tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    tokenizer = train_tokenizer(CORPUS * 20, vocab_size=vocab, min_frequency=1)
    tokenizer.save_pretrained(folder)
    torch.manual_seed(seed)
    config = Mamba2Config(
        vocab_size=len(tokenizer), hidden_size=hidden, num_hidden_layers=layers, state_size=16, expand=2,
        head_dim=16, num_heads=2 * hidden // 16, n_groups=1, conv_kernel=4, chunk_size=32,
        tie_word_embeddings=True, pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
        bos_token_id=None,
    )
    Mamba2ForCausalLM(config).save_pretrained(folder)
    return folder
