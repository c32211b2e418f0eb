"""Copy metrics: which strings a test holds, recall against a reference, novelty, teacher forcing."""

from __future__ import annotations

import pytest

from pytest_mambagen.evaluation.copymetrics import (
    TrainingStrings,
    aggregate,
    module_strings,
    score,
    teacher_forced_copy,
)

REFERENCE = '''import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("code,message", [("SAVE10", "10% off"), ("BOGUS", "Unknown code")])
def test_promo(mount, code, message):
    page = mount("Cart.jsx")
    page.get_by_label("Promo code").fill(code)
    page.get_by_label("Promo code").press("Enter")
    expect(page.get_by_role("status")).to_have_text(message)
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_test_id("total")).to_have_text("$45.00")
'''


def test_content_strings_leave_out_paths_roles_keys_and_argument_names():
    s = module_strings(REFERENCE)
    assert s.unique == ["SAVE10", "10% off", "BOGUS", "Unknown code", "Promo code", "Apply", "total", "$45.00"]
    assert s.values == ["$45.00"]
    assert s.calls[:3] == ["parametrize", "mount", "get_by_label"]
    for value, (a, b) in zip(s.content, s.spans, strict=True):
        assert REFERENCE[a:b] == value


def test_recall_and_novelty():
    generated = REFERENCE.replace('"$45.00"', '"$44.00"').replace('"BOGUS"', '"NOPE"')
    seen = TrainingStrings.from_answers(['x = "Apply"\ny = "Promo code"\nz = "total"\n'])
    scores = score(generated, REFERENCE, seen)
    assert scores.literal == pytest.approx(6 / 8) and scores.value == 0.0
    assert scores.novel_total == 5 and scores.novel_copied == 3  # SAVE10, 10% off, Unknown code
    assert 0.9 < scores.actions <= 1.0
    assert aggregate([scores])["novel_recall"] == pytest.approx(3 / 5)
    assert score("not python (", REFERENCE).literal == 0.0


def test_training_strings_round_trip(tmp_path):
    seen = TrainingStrings.from_answers([REFERENCE])
    seen.save(tmp_path / "s.bin")
    again = TrainingStrings.load(tmp_path / "s.bin")
    assert "Unknown code" in again and "Something else" not in again


def test_teacher_forcing_marks_each_string(tiny_model_dir):
    from transformers import AutoTokenizer, Mamba2ForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(str(tiny_model_dir))
    model = Mamba2ForCausalLM.from_pretrained(str(tiny_model_dir)).eval()
    answer = 'def test_a(mount):\n    page = mount("Cart.jsx")\n    page.get_by_text("Add").click()\n'
    marks = teacher_forced_copy(model, tokenizer, "Write it:\n", answer)
    assert [value for value, _ in marks] == ["Add"]
    assert all(isinstance(ok, bool) for _, ok in marks)
