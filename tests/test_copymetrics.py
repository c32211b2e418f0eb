"""Copy metrics: which strings a test holds, recall against a reference, novelty, teacher forcing."""

from __future__ import annotations

import pytest

from pytest_mambagen.evaluation.copymetrics import (
    TrainingStrings,
    aggregate,
    aggregate_forced,
    forced_copy,
    module_strings,
    score,
    score_strings,
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


TYPED = '''def test_signup(mount):
    page = mount("Signup.jsx")
    page.get_by_label("Email").fill("ada@example.com")
    page.get_by_label("Plan").select_option("Pro")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("alert")).to_have_text("Check your inbox")
    expect(page.get_by_label("Email")).to_have_value("ada@example.com")
'''


def test_values_are_what_is_typed_chosen_or_expected():
    s = module_strings(TYPED)
    assert s.unique == ["Email", "ada@example.com", "Plan", "Pro", "Create account", "Check your inbox"]
    assert s.values == ["ada@example.com", "Pro", "Check your inbox", "ada@example.com"]
    assert [v for v, flag in zip(s.content, s.is_value, strict=True) if flag] == s.values
    assert s.is_value[s.content.index("Email")] is False


def test_a_candidate_that_copies_some_strings_and_not_others():
    # right labels, wrong values: literal recall keeps the labels, value recall sees only the values
    wrong_values = TYPED.replace('"ada@example.com"', '"ada@example.org"').replace('"Pro"', '"Basic"')
    got = score(wrong_values, TYPED)
    assert got.literal == pytest.approx(4 / 6) and got.value == pytest.approx(1 / 3)  # "Check your inbox" only
    assert got.novel is None and got.novel_total == 0  # nothing said about training: novelty not measured
    wrong_labels = TYPED.replace('"Email"', '"E-mail"').replace('"Create account"', '"Sign up"')
    got = score(wrong_labels, TYPED)
    assert got.literal == pytest.approx(4 / 6) and got.value == 1.0
    assert score(TYPED, TYPED).literal == 1.0
    assert score_strings(module_strings(wrong_values), module_strings(TYPED)) == score(wrong_values, TYPED)


def test_novel_strings_are_those_no_training_answer_holds():
    seen = TrainingStrings.from_answers(['page.get_by_label("Email")\n', 'x = "Pro"\ny = "Check your inbox"\n'])
    got = score(TYPED.replace('"Create account"', '"Create an account"'), TYPED, seen)
    assert (got.novel_total, got.novel_copied) == (3, 2)  # ada@example.com, Plan copied; Create account not
    assert got.novel == pytest.approx(2 / 3)
    other = score(TYPED, TYPED, TrainingStrings.from_answers([TYPED]))
    assert other.novel_total == 0 and other.novel is None
    pooled = aggregate([got, other])
    assert pooled["novel_recall"] == pytest.approx(2 / 3) and pooled["novel_strings"] == 3


def test_forced_copy_counts_occurrences_values_and_novel_ones():
    ref = module_strings(TYPED)
    marks = [(v, v != "ada@example.com") for v in ref.content]  # the address is never reproduced
    seen = TrainingStrings.from_answers(['x = "Email"\n'])
    got = forced_copy(marks, ref, seen)
    assert (got.strings, got.copied) == (8, 6)  # every occurrence counts: Email and the address twice each
    assert (got.values, got.values_copied) == (4, 2)
    assert (got.novel, got.novel_copied) == (6, 4)  # all but the two "Email"
    other = forced_copy([(v, True) for v, _ in marks], ref)
    assert other.novel == 0 and other.to_dict()["novel_recall"] is None
    pooled = aggregate_forced([got, other])
    assert pooled["cases"] == 2 and pooled["literal_recall"] == pytest.approx(14 / 16)
    assert pooled["value_recall"] == pytest.approx(6 / 8) and pooled["novel_recall"] == pytest.approx(4 / 6)
    with pytest.raises(ValueError):
        forced_copy(marks[:-1], ref)  # marks made on another module

