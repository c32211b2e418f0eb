"""`mambagen eval` end to end on a tiny random Mamba-2 checkpoint (its outputs are garbage: valid = 0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pytest_mambagen.cli import main
from pytest_mambagen.evaluation.runner import EvalOptions, run_evaluation


@pytest.fixture(scope="module")
def tiny_adapter(tiny_model_dir, tmp_path_factory) -> Path:
    """A LoRA adapter (in_proj + out_proj) with random B, so that it changes what the model writes."""
    import torch
    from transformers import Mamba2ForCausalLM

    from pytest_mambagen.model.lora import add_lora, lora_config

    folder = tmp_path_factory.mktemp("tiny-adapter")
    model = add_lora(Mamba2ForCausalLM.from_pretrained(str(tiny_model_dir)), lora_config(r=4))
    g = torch.Generator().manual_seed(0)
    for name, p in model.named_parameters():
        if "lora_B" in name:
            p.data = torch.randn(p.shape, generator=g)
    model.save_pretrained(str(folder), safe_serialization=True)
    return folder


def test_eval_writes_every_output_and_reports_garbage_as_invalid(tiny_model_dir, tmp_path, capsys):
    out = tmp_path / "out"
    rc = main(["eval", "--dataset", "fixtures", "--model", str(tiny_model_dir), "--adapter", "none", "--limit", "2",
               "--candidates", "1", "--k", "1", "--max-new-tokens", "16", "--skip-exec", "--out", str(out),
               "--quiet"])
    assert rc == 0
    result = json.loads((out / "eval.json").read_text())
    assert not result["partial"] and result["limited"]
    assert [c["name"] for c in result["configs"]] == ["base"]
    m = result["configs"][0]["metrics"]
    assert m["cases"] == 2 and m["valid"] == 0.0 and m["accepted"] == 0.0
    assert m["codebleu"] < 0.3 and m["exact_match"] == 0.0
    assert m["tokens_per_candidate"] == 16.0 and m["tokens_per_s"] > 0 and m["cut_at_limit"] == 1.0
    assert result["command"].startswith("mambagen eval --dataset fixtures --model ")
    assert (out / "eval.md").read_text().startswith("# mambagen eval: `fixtures`")
    assert (out / "eval-bars.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    shown = capsys.readouterr().out
    assert "Valid (parses, defines a test)" in shown and "first 2 of 17 cases" in shown


def test_concode_with_a_broken_line_is_partial_and_says_transfer_only(tiny_model_dir, tmp_path, capsys):
    data = tmp_path / "concode.json"
    line = json.dumps({"nl": "returns the total concode_field_sep int total",
                       "code": "int function ( ) { return total ; }"})
    data.write_text(line + "\n{broken\n" + line + "\n")
    out = tmp_path / "out"
    rc = main(["eval", "--dataset", str(data), "--model", str(tiny_model_dir), "--adapter", "none",
               "--max-new-tokens", "16", "--candidates", "1", "--k", "1", "--out", str(out), "--quiet"])
    assert rc == 1  # partial: one line could not be used
    result = json.loads((out / "eval.json").read_text())
    assert result["partial"] and "1 input(s)" in result["partial_reasons"][0]
    assert result["dataset"]["lang"] == "java" and result["dataset"]["skipped"][0].endswith(":2: not JSON "
                                                                                              "(Expecting property name enclosed in double quotes)")
    md = (out / "eval.md").read_text()
    assert "PARTIAL RESULTS" in md and "never trained on CONCODE" in md and "Skipped inputs (1)" in md
    assert "| CodeT5-base | 22.30 | 40.73 | 43.20 |" in md and "| ours: base (no CONCODE training) |" in md
    assert result["configs"][0]["metrics"]["cases"] == 2 and "pass@1" not in result["configs"][0]["metrics"]
    assert "partial results" in capsys.readouterr().err


def test_baseline_is_the_base_model_alone(tiny_model_dir, tiny_adapter):
    common = {"dataset": "fixtures", "model": str(tiny_model_dir), "limit": 2, "candidates": 1, "ks": (1,),
              "max_new_tokens": 16, "skip_exec": True, "skip_text": True}
    with_adapter = run_evaluation(EvalOptions(adapter=str(tiny_adapter), **common))
    alone = run_evaluation(EvalOptions(adapter="none", **common))
    assert [c["name"] for c in with_adapter["configs"]] == ["baseline", "adapter"]

    def codes(result, name):
        return [case["configs"][name]["candidates"][0]["code"] for case in result["cases"]]

    assert codes(with_adapter, "baseline") == codes(alone, "base")  # LoRA scale 0 == no adapter
    assert codes(with_adapter, "adapter") != codes(alone, "base")


def test_bad_input_is_one_clean_line(tmp_path, capsys):
    assert main(["eval", "--dataset", str(tmp_path / "missing.jsonl")]) == 2
    assert "does not exist" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["eval", "--dataset", str(empty)]) == 2
    assert "is empty" in capsys.readouterr().err
    assert main(["eval", "--dataset", "fixtures", "--candidates", "2", "--k", "1,5"]) == 2
    assert "needs --candidates >= 5" in capsys.readouterr().err
    assert main(["eval", "--dataset", "fixtures", "--sweep-scales", "a,b", "--sweep", "lora-scale"]) == 2
