"""Completions made elsewhere are measured here: the corpus dataset with the replay backend."""

from __future__ import annotations

import json

import pytest

from pytest_mambagen.backends.base import Request
from pytest_mambagen.backends.replay import ReplayBackend
from pytest_mambagen.errors import InputError
from pytest_mambagen.evaluation.datasets import load_dataset


def test_corpus_dev_cases_carry_their_mutants():
    data = load_dataset("corpus:dev", limit=4)
    assert data.kind == "corpus" and len(data.cases) == 4
    for case in data.cases:
        assert case.id.startswith("corpus:") and case.reference and case.mutants
        assert case.executable and case.screen_rel in case.files


def test_replay_answers_by_case_and_candidate(tmp_path):
    path = tmp_path / "gen.jsonl"
    path.write_text(json.dumps({"id": "corpus:a", "text": "x = 1", "tokens": 3}) + "\n"
                    + json.dumps({"id": "corpus:a", "candidate": 1, "text": "y = 2"}) + "\n")
    backend = ReplayBackend(path)
    case = load_dataset("corpus:dev", limit=1).cases[0].case
    got = backend.generate([Request("corpus:a#0", case), Request("corpus:a#1", case), Request("corpus:b#0", case)])
    assert [g.text for g in got[:2]] == ["x = 1", "y = 2"] and got[0].tokens == 3
    assert got[2].error and "no completion for corpus:b" in got[2].error
    path.write_text("not json\n")
    with pytest.raises(InputError, match="line 1 is not a completion record"):
        ReplayBackend(path)


def test_a_replayed_report_names_the_file_not_a_model(tmp_path):
    from pytest_mambagen.evaluation.report import model_line

    backend = ReplayBackend(_one_line(tmp_path))
    assert model_line({"model": backend.identity()}) == f"replayed from {tmp_path / 'gen.jsonl'} (1 completions)"
    assert model_line({"model": {"base": "embedded", "base_sha256": "ab" * 32}}) == "embedded (abababababab), no adapter"


def _one_line(tmp_path):
    path = tmp_path / "gen.jsonl"
    path.write_text(json.dumps({"id": "corpus:a", "text": "x = 1"}) + "\n")
    return path
