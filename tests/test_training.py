"""Training on real tiny models: packing, LoRA fine-tuning with resume, pretraining, data parallel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_plugin import SCREEN

from pytest_mambagen.prompts import CaseInput, training_messages
from pytest_mambagen.training.packing import IGNORE, PackStats, chat_sample, collate, pack, text_sample

TEST = ("from playwright.sync_api import expect\n\n\ndef test_total(mount):\n    page = mount(\"Cart.jsx\")\n"
        "    expect(page.get_by_test_id(\"total\")).to_have_text(\"$12.00\")\n")


def test_packing_keeps_samples_apart_and_masks_their_first_label():
    stats = PackStats()
    samples = [chat_sample([1, 2, 3], [4, 5]), text_sample([6, 7, 8, 9]), text_sample(list(range(20))),
               text_sample([10])]
    rows = pack(samples, seq_len=10, stats=stats)
    assert stats.dropped_too_long == 1 and stats.samples == 4
    assert all(len(r.ids) <= 10 for r in rows)
    for row in rows:
        starts = [i for i in range(1, len(row.seq_idx)) if row.seq_idx[i] != row.seq_idx[i - 1]]
        assert all(row.labels[i] == IGNORE for i in starts)  # never predict the next sample's first token
    chat_row = next(r for r in rows if 4 in r.ids)
    first = chat_row.ids.index(1)
    assert chat_row.labels[first:first + 3] in ([IGNORE] * 3,)  # the prompt carries no loss
    batch = collate(rows, pad_id=0, width=10)
    assert batch.input_ids.shape == (len(rows), 10)
    assert (batch.labels[batch.input_ids == 0] == IGNORE).all()


def test_long_pretraining_documents_are_split_not_dropped():
    stats = PackStats()
    rows = pack([text_sample(list(range(25)))], seq_len=10, split_long=True, stats=stats)
    assert stats.dropped_too_long == 0 and sum(len(r.ids) for r in rows) == 25


def write_chat(path: Path, n: int = 12) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            case = CaseInput(f"{i}. Open the cart. Expected: the total is $12.00", SCREEN, "Cart.jsx")
            fh.write(json.dumps({"id": i, "split": "train", "messages": training_messages(case, TEST)}) + "\n")
        fh.write("{not json\n")
    return path


def mambagen(*args, env=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "pytest_mambagen.cli", *args], capture_output=True, text=True,
                          timeout=900, env=env, cwd=cwd)


def test_lora_finetune_writes_an_adapter_and_resumes(tiny_model_dir, tmp_path):
    data = write_chat(tmp_path / "chat.jsonl")
    out = tmp_path / "adapter"
    common = ["--data", str(data), "--model", str(tiny_model_dir), "--out", str(out), "--r", "4",
              "--batch-rows", "2", "--seq-len", "2048", "--warmup", "1", "--log-every", "1", "--cpu"]
    first = mambagen("train", *common, "--max-steps", "2", "--ckpt-every", "2")
    assert first.returncode == 0, first.stderr[-3000:]
    meta = json.loads((out / "mambagen.json").read_text())
    assert meta["base"]["id"] == tiny_model_dir.name and meta["metrics"]["steps"] == 2
    assert meta["data"]["skipped"] == 1 and meta["data"]["records"] == 12
    assert meta["hyperparameters"]["targets"] == ["in_proj", "out_proj"]
    assert (out / "adapter_model.safetensors").is_file() and not list(out.glob("*.bin"))
    assert json.loads((out / "adapter_config.json").read_text())["target_modules"]
    resumed = mambagen("train", *common, "--max-steps", "4", "--ckpt-every", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "resumed from" in resumed.stdout + resumed.stderr
    assert json.loads((out / "mambagen.json").read_text())["metrics"]["steps"] == 4
    verify = mambagen("adapters", "verify", str(out), "--model", str(tiny_model_dir))
    assert verify.returncode == 0, verify.stdout


def test_validation_loss_is_logged_and_the_best_weights_are_kept(tiny_model_dir, tmp_path):
    data = write_chat(tmp_path / "chat.jsonl")
    out = tmp_path / "adapter"
    # a learning rate far too high: later steps get worse, and the best step must be the one kept
    run = mambagen("train", "--data", str(data), "--val-data", str(data), "--model", str(tiny_model_dir),
                   "--out", str(out), "--r", "4", "--batch-rows", "2", "--seq-len", "2048", "--warmup", "1",
                   "--max-steps", "6", "--eval-every", "1", "--lr", "3.0", "--cpu")
    assert run.returncode == 0, run.stderr[-3000:]
    assert "validation loss" in run.stdout
    metrics = json.loads((out / "mambagen.json").read_text())["metrics"]
    history = metrics["val_history"]
    assert [h["step"] for h in history] == [1, 2, 3, 4, 5, 6]
    best = min(history, key=lambda h: h["val_loss"])
    assert metrics["best_step"] == best["step"] and metrics["best_val_loss"] == best["val_loss"]
    if best["step"] != 6:
        assert "restored the weights of step" in run.stdout + run.stderr
    # the kept adapter scores the best validation loss again
    import torch
    from transformers import AutoTokenizer

    from pytest_mambagen.model.loading import load, resolve_adapter, resolve_base
    from pytest_mambagen.training.loop import _LossModule, evaluate_loss
    from pytest_mambagen.training.packing import pack
    from pytest_mambagen.training.samples import LoadReport, read_chat_jsonl, tokenize_chat

    base = resolve_base(str(tiny_model_dir))
    loaded = load(base, resolve_adapter(str(out), base, None), "cpu")
    tokenizer = AutoTokenizer.from_pretrained(str(tiny_model_dir))
    rows = pack(tokenize_chat(read_chat_jsonl(data, LoadReport(), None), tokenizer), 2048)
    again = evaluate_loss(_LossModule(loaded.model, False, 64), rows, 2, tokenizer.pad_token_id or 0,
                          torch.device("cpu"))
    assert abs(again - metrics["best_val_loss"]) < 2e-3 * max(1.0, metrics["best_val_loss"])


def test_pretrain_writes_a_loadable_base(tiny_model_dir, tmp_path):
    data = write_chat(tmp_path / "chat.jsonl", 6)
    py = tmp_path / "py"
    py.mkdir()
    (py / "test_a.py").write_text("def test_a():\n    assert 1 + 1 == 2\n" * 20)
    out = tmp_path / "base"
    shape = json.dumps({"hidden_size": 32, "num_hidden_layers": 1, "head_dim": 16, "num_heads": 4,
                        "state_size": 8, "chunk_size": 16})
    run = mambagen("pretrain", "--tokenizer", str(tiny_model_dir), "--python", str(py), "--chat", str(data),
                   "--out", str(out), "--shape", shape, "--max-steps", "3", "--batch-rows", "2", "--seq-len", "512",
                   "--cpu")
    assert run.returncode == 0, run.stderr[-3000:]
    meta = json.loads((out / "mambagen.json").read_text())
    assert meta["metrics"]["steps"] == 3 and len(meta["weights_sha256"]) == 64
    from pytest_mambagen.model.loading import load, resolve_base

    loaded = load(resolve_base(str(out)), None, "cpu")
    assert loaded.model.config.hidden_size == 32


@pytest.mark.slow
def test_data_parallel_under_accelerate_launch_needs_no_code_change(tiny_model_dir, tmp_path):
    if shutil.which("accelerate") is None:
        pytest.skip("accelerate's launcher is not installed")
    data = write_chat(tmp_path / "chat.jsonl", 8)
    out = tmp_path / "adapter"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    run = subprocess.run(
        ["accelerate", "launch", "--cpu", "--num_processes", "2", "--num_machines", "1", "--mixed_precision", "no",
         "--dynamo_backend", "no", "-m", "pytest_mambagen.cli", "train", "--data", str(data), "--model",
         str(tiny_model_dir), "--out", str(out), "--r", "4", "--batch-rows", "1", "--seq-len", "2048",
         "--max-steps", "2", "--warmup", "1", "--log-every", "1", "--cpu"],
        capture_output=True, text=True, timeout=900, env=env)
    assert run.returncode == 0, (run.stdout + run.stderr)[-4000:]
    meta = json.loads((out / "mambagen.json").read_text())
    assert meta["metrics"]["steps"] == 2
    # two processes, one global batch of 2 rows a step: twice the rows of one process
    assert meta["metrics"]["tokens"] > 0
