"""Evaluation metrics on small known inputs: pass@k, text metrics, execution verdicts and their summary."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from math import comb
from pathlib import Path

import pytest

from pytest_mambagen.evaluation import execmetrics as em
from pytest_mambagen.evaluation import textmetrics as tm
from pytest_mambagen.evaluation.passk import mean_pass_at_k, parse_ks, pass_at_k

REPO = Path(__file__).resolve().parent.parent
CONCODE = REPO.parent / "shared" / "data" / "concode" / "dev.json"

TEST = '''\
import pytest
from playwright.sync_api import expect


def test_total(mount):
    page = mount("Cart.jsx")
    button = page.get_by_role("button", name="Add")
    button.click()
    expect(page.get_by_test_id("total")).to_have_text("$12.00")
'''


# -- pass@k ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "c", "k", "expected"), [
    (5, 0, 1, 0.0), (5, 5, 1, 1.0), (5, 1, 1, 0.2), (5, 2, 1, 0.4), (5, 1, 5, 1.0), (5, 4, 2, 1.0),
    (10, 3, 5, 1 - comb(7, 5) / comb(10, 5)), (2, 1, 2, 1.0), (1, 0, 1, 0.0),
])
def test_pass_at_k_known_values(n, c, k, expected):
    assert pass_at_k(n, c, k) == pytest.approx(expected)


def test_pass_at_k_is_the_chance_that_a_random_k_subset_holds_a_pass():
    for n, c, k in [(6, 2, 3), (7, 1, 2), (8, 3, 4)]:
        pool = [True] * c + [False] * (n - c)
        subsets = list(itertools.combinations(range(n), k))
        brute = sum(any(pool[i] for i in s) for s in subsets) / len(subsets)
        assert pass_at_k(n, c, k) == pytest.approx(brute)


def test_pass_at_k_refuses_impossible_inputs():
    with pytest.raises(ValueError, match="at least 5 candidates"):
        pass_at_k(3, 1, 5)
    with pytest.raises(ValueError):
        pass_at_k(3, 4, 1)
    assert mean_pass_at_k([], 1) is None
    assert mean_pass_at_k([(5, 1), (5, 3)], 1) == pytest.approx(0.4)
    assert parse_ks("5,1,5") == (1, 5)
    with pytest.raises(ValueError):
        parse_ks("1,x")
    with pytest.raises(ValueError):
        parse_ks("0")


# -- text metrics ------------------------------------------------------------------------------


def test_identical_code_scores_one_everywhere():
    scores = tm.score_corpus([TEST], [TEST], "python")
    for key in ("codebleu", "ngram_match", "weighted_ngram_match", "syntax_match", "dataflow_match", "bleu",
                "exact_match"):
        assert scores[key] == pytest.approx(1.0), key


def test_renamed_variable_changes_ngram_but_not_syntax_match():
    renamed = TEST.replace("button", "add_button")
    scores = tm.score_pair(renamed, TEST, "python")
    assert scores["ngram_match"] < 0.9
    assert scores["bleu"] < 0.9
    assert scores["syntax_match"] == pytest.approx(1.0)
    assert scores["dataflow_match"] == pytest.approx(1.0)  # data flow normalises variable names
    assert scores["exact_match"] == 0.0
    assert 0.5 < scores["codebleu"] < 1.0


def test_empty_prediction_scores_zero_not_the_packages_quarter():
    scores = tm.score_pair("", TEST, "python")
    assert scores["codebleu"] == 0.0
    assert scores["codebleu_package"] == pytest.approx(0.25)  # codebleu 0.7.0: `dataflow or 1`
    assert scores["bleu"] == 0.0 and scores["exact_match"] == 0.0


def test_exact_match_ignores_formatting_and_comments():
    reformatted = TEST.replace('name="Add")', 'name = "Add")  # the add button').replace("\n\n\n", "\n\n")
    assert tm.exact_match([reformatted], [TEST], "python") == 1.0
    assert tm.exact_match([TEST.replace("$12.00", "$12.01")], [TEST], "python") == 0.0


def test_mount_path_is_normalised_only_for_the_same_screen():
    reference = 'page = mount("../../src/shop/Cart.jsx")\nother = mount("../../src/shop/Other.jsx")\n'
    out = tm.normalize_mount(reference, "Cart.jsx")
    assert 'mount("Cart.jsx")' in out and 'mount("../../src/shop/Other.jsx")' in out
    assert tm.normalize_mount("mount('a/b/Cart.jsx', props={})", "Cart.jsx") == "mount('Cart.jsx', props={})"


def test_truncated_python_still_tokenizes():
    cut = TEST[: TEST.index("$12")]  # inside a string
    tokens = tm.python_tokens(cut)
    assert tokens[:3] == ["import", "pytest", "from"]


def test_java_identical_and_concode_tokenization():
    reference = "int function ( ) { return loc0 . size ( ) - 1 ; }"
    written = 'int function() {\n  // size minus one\n  return loc0.size() - 1;\n}'
    assert " ".join(tm.java_tokens(written)) == reference
    scores = tm.score_pair(written, reference, "java")
    assert scores["codebleu"] == pytest.approx(1.0) and scores["exact_match"] == 1.0
    assert tm.java_tokens('log ( "hello world" ) ;') == ["log", "(", '"srini_string"', ")", ";"]
    assert tm.first_java_method('```java\nint f() { if (a) { return "}"; } return 1; }\n```\nThis method...') == \
        'int f() { if (a) { return "}"; } return 1; }'


@pytest.mark.skipif(not CONCODE.is_file(), reason="CONCODE dev split not on this machine")
def test_java_tokenizer_reproduces_every_concode_reference():
    with open(CONCODE, encoding="utf-8") as fh:
        codes = [json.loads(line)["code"] for line in itertools.islice(fh, 400)]
    assert all(" ".join(tm.java_tokens(code)) == code for code in codes)


def test_corpus_scores_on_empty_input_are_none():
    assert tm.score_corpus([], [], "python")["codebleu"] is None
    with pytest.raises(ValueError):
        tm.bleu(["a"], [], "python")


# -- execution verdicts ------------------------------------------------------------------------


@dataclass
class FakeTest:
    outcome: str
    message: str = ""


@dataclass
class FakeJob:
    outcome: str
    tests: list[FakeTest] = field(default_factory=list)
    message: str = ""

    @property
    def counts(self):
        out = dict.fromkeys(("passed", "failed", "error", "skipped"), 0)
        for t in self.tests:
            out[t.outcome] += 1
        return out


def test_a_file_passes_only_when_every_test_passed_and_one_ran():
    assert em.classify(FakeJob("passed", [FakeTest("passed"), FakeTest("passed")])) == em.PASSED
    assert em.classify(FakeJob("failed", [FakeTest("passed"), FakeTest("failed")])) == em.FAILED
    assert em.classify(FakeJob("error", [FakeTest("error")])) == em.ERROR
    assert em.classify(FakeJob("passed", [FakeTest("skipped")])) == em.ERROR  # nothing ran
    assert em.classify(FakeJob("error", [], "no tests collected from x.py")) == em.ERROR


def test_browser_failures_are_infrastructure_not_test_failures():
    chromium = ("pytest_mambagen.errors.HarnessError: Chromium not found at /x: install it "
                "(`apt-get install chromium`)")
    assert em.classify(FakeJob("failed", [FakeTest("failed", chromium)])) == em.INFRA
    assert em.classify(FakeJob("error", [], "pytest session failed (exit 4): boom")) == em.INFRA
    own_fault = "pytest_mambagen.errors.HarnessError: cannot mount /x/Nope.jsx: the screen does not exist"
    assert em.classify(FakeJob("failed", [FakeTest("failed", own_fault)])) == em.FAILED


def test_a_mutant_is_killed_only_by_a_file_that_passes_on_the_correct_screen():
    assert em.mutant_verdict(em.PASSED, em.FAILED) == em.KILLED
    assert em.mutant_verdict(em.PASSED, em.ERROR) == em.KILLED
    assert em.mutant_verdict(em.PASSED, em.PASSED) == em.SURVIVED  # passes on the mutant: no kill
    assert em.mutant_verdict(em.FAILED, em.FAILED) == em.NOT_RUN  # fails on the correct screen: no kill
    assert em.mutant_verdict(em.ERROR, em.FAILED) == em.NOT_RUN
    assert em.mutant_verdict(em.PASSED, em.INFRA) == em.INFRA
    assert em.kill_counts([em.KILLED, em.SURVIVED, em.INFRA, em.KILLED]) == (2, 3)


def test_summary_of_known_cases():
    k, s = em.KILLED, em.SURVIVED
    records = [
        # candidate 1 passes and kills 2 of 2; candidate 2 rejected; candidate 3 fails
        em.CaseRecord([em.PASSED, em.REJECTED, em.FAILED], [{"a": k, "b": k}, {}, {}], mutants=2),
        # candidate 1 rejected (the plugin writes candidate 2, which passes and kills 1 of 2)
        em.CaseRecord([em.REJECTED, em.PASSED, em.PASSED], [{}, {"a": k, "b": s}, {"a": s, "b": s}], mutants=2),
        # candidate 1 fails on the correct screen: it kills nothing, even if it would fail on the mutant
        em.CaseRecord([em.FAILED, em.FAILED, em.REJECTED], [{}, {}, {}], mutants=1),
    ]
    out = em.summarize(records, [1, 2, 3])
    assert out["exec_cases"] == 3
    assert out["pass@1"] == pytest.approx(1 / 3)
    assert out["pass@2"] == pytest.approx((pass_at_k(3, 1, 2) + pass_at_k(3, 2, 2) + 0.0) / 3)
    assert out["pass@3"] == pytest.approx(2 / 3)
    assert out["kill_rate"] == pytest.approx(2 / 5)
    assert out["written_pass"] == pytest.approx(2 / 3)
    assert out["written_kill_rate"] == pytest.approx(3 / 5)


def test_summary_leaves_out_cases_hit_by_infrastructure():
    records = [em.CaseRecord([em.PASSED], [{"a": em.KILLED}], 1),
               em.CaseRecord([em.INFRA], [{}], 1),
               em.CaseRecord([em.PASSED], [{"a": em.INFRA}], 1)]
    out = em.summarize(records, [1])
    assert out["exec_cases"] == 2 and out["exec_cases_total"] == 3
    assert out["pass@1"] == 1.0
    assert out["kill_rate"] == 1.0 and out["kill_cases"] == 1
    assert em.summarize([], [1, 5])["pass@5"] is None
