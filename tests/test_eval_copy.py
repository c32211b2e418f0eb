"""`mambagen eval`'s copy metrics on two known cases: replayed candidates that copy some strings and not others.

Case ``promo``: the candidate writes SAVE20 and "20% off" for SAVE10 and "10% off" (4 of its 6
strings, 1 of its 3 values). Case ``login``: the candidate is the reference in a fenced block, which
only the validated code (not the raw text) parses: every string. The training answers held "Apply",
"10% off" and "Email", so 7 reference strings are novel, 6 of them copied.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pytest_mambagen.backends.base import Completion
from pytest_mambagen.cli import main
from pytest_mambagen.errors import InputError
from pytest_mambagen.evaluation.copying import NO_SEEN_NOTE, read_training_strings
from pytest_mambagen.evaluation.copymetrics import TrainingStrings
from pytest_mambagen.evaluation.datasets import load_dataset
from pytest_mambagen.evaluation.runner import EvalOptions, Evaluation

CART = """export default function Cart() {
  return (
    <form>
      <label>Promo code <input /></label>
      <button>Apply</button>
      <p role="status"></p>
      <span data-testid="total">$45.00</span>
    </form>
  );
}
"""
PROMO = '''from playwright.sync_api import expect


def test_promo(mount):
    page = mount("Cart.jsx")
    page.get_by_label("Promo code").fill("SAVE10")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_role("status")).to_have_text("10% off")
    expect(page.get_by_test_id("total")).to_have_text("$45.00")
'''
LOGIN_JSX = """export default function Login() {
  return (
    <main>
      <label>Email <input type="email" /></label>
      <button>Sign in</button>
      <p>Welcome back, Ada</p>
    </main>
  );
}
"""
LOGIN = '''from playwright.sync_api import expect


def test_login(mount):
    page = mount("Login.jsx")
    page.get_by_label("Email").fill("ada@example.com")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Welcome back, Ada")).to_be_visible()
'''
ANSWERS = {"promo": PROMO.replace('"SAVE10"', '"SAVE20"').replace('"10% off"', '"20% off"'),
           "login": "```python\n" + LOGIN + "```\n"}
SEEN = ['x = "Apply"\ny = "10% off"\n', 'page.get_by_label("Email")\n']


@pytest.fixture
def copy_setup(tmp_path: Path) -> dict[str, Path]:
    data = tmp_path / "cases.jsonl"
    records = [
        {"id": "promo", "split": "test", "screen": "Cart.jsx", "jsx": CART, "test": PROMO,
         "manual": "1. Enter SAVE10 as the promo code and apply it.\n   -> the status says 10% off\n"},
        {"id": "login", "split": "test", "screen": "Login.jsx", "jsx": LOGIN_JSX, "test": LOGIN,
         "manual": "1. Sign in as ada@example.com.\n   -> Welcome back, Ada\n"},
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in records))
    replay = tmp_path / "gen.jsonl"
    replay.write_text("".join(json.dumps({"id": k, "text": v, "tokens": 40}) + "\n" for k, v in ANSWERS.items()))
    seen = tmp_path / "train-strings.bin"
    TrainingStrings.from_answers(SEEN).save(seen)
    return {"data": data, "replay": replay, "seen": seen, "out": tmp_path / "out"}


def _eval(setup: dict[str, Path], *extra: str) -> list[str]:
    return ["eval", "--dataset", str(setup["data"]), "--candidates", "1", "--k", "1", "--skip-exec", "--skip-text",
            "--quiet", "--out", str(setup["out"]), *extra]


def test_replayed_candidates_get_literal_value_and_novel_recall(copy_setup, capsys):
    rc = main(_eval(copy_setup, "--replay", str(copy_setup["replay"]), "--training-strings", str(copy_setup["seen"])))
    assert rc == 0
    result = json.loads((copy_setup["out"] / "eval.json").read_text())
    m = result["configs"][0]["metrics"]
    assert m["copy_cases"] == 2
    assert m["literal_recall"] == pytest.approx((4 / 6 + 1) / 2, abs=1e-6)  # mean over cases
    assert m["value_recall"] == pytest.approx((1 / 3 + 1) / 2, abs=1e-6)
    assert (m["novel_strings"], m["novel_copied"]) == (7, 6)  # pooled: promo 3 of 4, login 3 of 3
    assert m["novel_recall"] == pytest.approx(6 / 7, abs=1e-6)
    assert "tf_literal_recall" not in m  # not asked for
    promo = next(c for c in result["cases"] if c["id"].endswith("promo"))["configs"]["base"]["copy"]
    assert promo["literal_recall"] == pytest.approx(4 / 6, abs=1e-6) and promo["novel_total"] == 4
    assert result["settings"]["training_strings"] == str(copy_setup["seen"])
    shown = capsys.readouterr().out
    for row in ("Literal recall (reference strings in candidate 1) │       83.3%",
                "Value recall (typed / expected values)            │       66.7%",
                "Novel-string recall (in no training answer)       │       85.7%",
                "  novel reference strings                         │           7"):
        assert row in shown
    md = (copy_setup["out"] / "eval.md").read_text()
    assert "| Literal recall (reference strings in candidate 1) | 83.3% |" in md
    assert "| Value recall (typed / expected values) | 66.7% |" in md
    assert "| Novel-string recall (in no training answer) | 85.7% |" in md
    assert "| &nbsp;&nbsp;novel reference strings | 7 |" in md
    definitions = md.split("## Definitions", 1)[1]
    assert "literal recall is the share of the reference test's distinct content strings" in definitions
    assert "Novel-string recall (with --training-strings)" in definitions
    assert "Teacher-forced copy" in definitions


def test_without_training_strings_novelty_is_not_guessed(copy_setup):
    assert main(_eval(copy_setup, "--replay", str(copy_setup["replay"]))) == 0
    result = json.loads((copy_setup["out"] / "eval.json").read_text())
    m = result["configs"][0]["metrics"]
    assert m["literal_recall"] == pytest.approx(5 / 6, abs=1e-6)
    assert "novel_recall" not in m and "novel_strings" not in m
    assert "novel_total" not in result["cases"][0]["configs"]["base"]["copy"]
    assert NO_SEEN_NOTE in result["notes"]
    md = (copy_setup["out"] / "eval.md").read_text()
    assert "| Novel-string recall" not in md and "> Note: Novel-string recall not measured" in md


def test_unusable_training_strings_or_teacher_forcing_a_replay_is_one_line(copy_setup, capsys):
    missing = copy_setup["seen"].parent / "nope.bin"
    assert main(_eval(copy_setup, "--replay", str(copy_setup["replay"]), "--training-strings", str(missing))) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0] and "cannot read the training strings" in err[0]
    odd = copy_setup["seen"].parent / "odd.bin"
    odd.write_bytes(b"\x00" * 9)
    assert main(_eval(copy_setup, "--replay", str(copy_setup["replay"]), "--training-strings", str(odd))) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(odd) in err[0] and "not a training-strings file" in err[0]
    assert main(_eval(copy_setup, "--replay", str(copy_setup["replay"]), "--teacher-forced")) == 2
    assert "--teacher-forced needs a model loaded here" in capsys.readouterr().err
    assert not (copy_setup["out"] / "eval.json").exists()


def test_training_strings_reader_names_the_file(tmp_path):
    with pytest.raises(InputError, match=r"missing\.bin: cannot read the training strings"):
        read_training_strings(tmp_path / "missing.bin")
    TrainingStrings.from_answers([PROMO]).save(tmp_path / "ok.bin")
    seen = read_training_strings(tmp_path / "ok.bin")
    assert "SAVE10" in seen and "SAVE20" not in seen


# -- teacher forcing ---------------------------------------------------------------------------


class _Logits:
    def __init__(self, logits):
        self.logits = logits


class OracleModel:
    """Predicts every next token of the prompt and the reference, except inside the strings it is told to miss.

    At LoRA scale 0 it predicts nothing right, so a configuration's numbers show which scale was set.
    """

    def __init__(self, engine: FakeEngine, miss: tuple[str, ...]):
        self.engine = engine
        self.miss = miss

    def __call__(self, ids):
        import torch

        tok = self.engine.tokenizer
        row = ids[0].tolist()
        vocab = len(tok)
        logits = torch.zeros(1, len(row), vocab)
        truth = [*row[1:], 0]
        wrong = set()
        for prompt, answer in self.engine.pairs:
            p = tok(prompt, add_special_tokens=False)["input_ids"]
            enc = tok(answer, add_special_tokens=False, return_offsets_mapping=True)
            if p + enc["input_ids"] != row:
                continue
            for text in (t for t in self.miss if f'"{t}"' in answer):
                start = answer.index(f'"{text}"') + 1
                for i, (a, b) in enumerate(enc["offset_mapping"]):
                    if b > start and a < start + len(text):
                        wrong.add(len(p) + i - 1)  # the position that predicts answer token i
        for t, nxt in enumerate(truth):
            bad = self.engine.lora_scale == 0.0 or t in wrong
            logits[0, t, (nxt + 1) % vocab if bad else nxt] = 1.0
        return _Logits(logits)


class FakeEngine:
    window = 4096

    def __init__(self, tokenizer, miss: tuple[str, ...]):
        self.tokenizer = tokenizer
        self.lora_scale = 1.0
        self.scales: list[float] = []
        self.pairs: list[tuple[str, str]] = []
        self.model = OracleModel(self, miss)

    def set_lora_scale(self, scale: float) -> None:
        self.scales.append(scale)
        self.lora_scale = scale


class FakeLocal:
    """A local backend whose model is the oracle above; it answers with the replayed texts."""

    name = "local"

    def __init__(self, tokenizer, miss: tuple[str, ...]):
        self.engine = FakeEngine(tokenizer, miss)
        self.adapter = object()

    def identity(self):
        return {"base": "oracle", "adapter": "oracle"}

    def render(self, request):
        prompt = f"Write the test for {request.case.screen}:\n"
        reference = PROMO if request.case.screen == "Cart.jsx" else LOGIN
        self.engine.pairs.append((prompt, reference))
        return prompt, None, None

    def generate(self, requests, on_progress=None):
        return [Completion(r.id, text=ANSWERS[r.id.rpartition("#")[0]], tokens=40) for r in requests]


def test_teacher_forcing_counts_each_string_under_each_lora_scale(copy_setup, tiny_model_dir):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tiny_model_dir))
    backend = FakeLocal(tokenizer, miss=("SAVE10",))
    options = EvalOptions(dataset=str(copy_setup["data"]), candidates=1, ks=(1,), skip_exec=True, skip_text=True,
                          teacher_forced=True, training_strings=str(copy_setup["seen"]))
    result = Evaluation(options, load_dataset(options.dataset), backend=backend).run()
    assert not result["partial"]
    metrics = {c["name"]: c["metrics"] for c in result["configs"]}
    adapter, baseline = metrics["adapter"], metrics["baseline"]
    # promo: 6 strings, SAVE10 (a value, novel) missed; login: 4 strings, all reproduced
    assert (adapter["tf_strings"], adapter["tf_copied"]) == (10, 9)
    assert adapter["tf_literal_recall"] == pytest.approx(0.9)
    assert (adapter["tf_values"], adapter["tf_value_recall"]) == (4, pytest.approx(3 / 4))
    assert (adapter["tf_novel_strings"], adapter["tf_novel_copied"]) == (7, 6)
    assert baseline["tf_copied"] == 0 and baseline["tf_literal_recall"] == 0.0  # at LoRA scale 0
    assert backend.engine.scales[-1] == 1.0  # left at the scale it was found at
    promo = next(c for c in result["cases"] if c["id"].endswith("promo"))["configs"]["adapter"]["teacher_forced"]
    assert (promo["strings"], promo["copied"], promo["novel_strings"], promo["novel_copied"]) == (6, 5, 4, 3)
    # free-running numbers are the replayed candidates' whatever the forcing found
    assert adapter["literal_recall"] == pytest.approx(5 / 6, abs=1e-6)


def test_teacher_forced_rows_with_a_real_tiny_model(copy_setup, tiny_model_dir, capsys):
    rc = main(_eval(copy_setup, "--model", str(tiny_model_dir), "--adapter", "none", "--max-new-tokens", "16",
                    "--teacher-forced", "--training-strings", str(copy_setup["seen"])))
    assert rc == 0
    result = json.loads((copy_setup["out"] / "eval.json").read_text())
    m = result["configs"][0]["metrics"]
    assert (m["tf_cases"], m["tf_strings"], m["tf_values"], m["tf_novel_strings"]) == (2, 10, 4, 7)
    assert 0.0 <= m["tf_literal_recall"] <= 1.0 and result["settings"]["teacher_forced"] is True
    shown = capsys.readouterr().out
    assert "Teacher-forced copy: reference strings" in shown and "novel string occurrences" in shown
    assert "| &nbsp;&nbsp;teacher-forced: values |" in (copy_setup["out"] / "eval.md").read_text()
