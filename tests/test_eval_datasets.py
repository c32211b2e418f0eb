"""What `mambagen eval --dataset D` reads: fixtures, synthetic splits, records, triplets, CONCODE, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pytest_mambagen.errors import InputError
from pytest_mambagen.evaluation.datasets import CONCODE_NOTE, MOUNT_NOTE, concode_instruction, load_dataset

REPO = Path(__file__).resolve().parent.parent


def test_fixtures_have_17_cases_with_references_and_mutants():
    data = load_dataset("fixtures")
    assert data.kind == "fixtures" and data.lang == "python"
    assert len(data.cases) == 17 and not data.skipped
    assert all(c.reference for c in data.cases)
    assert sum(len(c.mutants) for c in data.cases) == 39  # 24 mutants, shared by the cases of each screen
    cart = next(c for c in data.cases if c.id == "atlas/shop/Cart")
    assert cart.case.screen == "Cart.jsx"
    assert 'mount("Cart.jsx")' in cart.reference and "../../src" not in cart.reference
    assert cart.screen_rel == "shop/Cart.jsx" and cart.test_dir_rel == "shop" and "lib/money.js" in cart.files
    assert {m.name for m in cart.mutants} == {"total-skips-last-item", "free-shipping-threshold-in-dollars"}
    assert all(m.bug for m in cart.mutants)
    assert MOUNT_NOTE in data.notes
    assert len(load_dataset("fixtures", limit=3).cases) == 3


def test_synthetic_split_is_drawn_from_the_generator_with_mutants():
    data = load_dataset("synth:test", limit=4)
    assert data.kind == "synthetic" and len(data.cases) == 4 and data.total == 1000
    assert all(c.id.startswith("test-") for c in data.cases)
    # a v5 mutant may change the screen or only one of its sibling modules
    assert all(c.mutants and (c.mutants[0].jsx != c.case.jsx or c.mutants[0].siblings) for c in data.cases)
    assert all(c.reference and f'mount("{c.case.screen}")' in c.reference for c in data.cases)
    assert any("held out" in n for n in data.notes)
    again = load_dataset("synth:test", limit=4)
    assert [c.reference for c in again.cases] == [c.reference for c in data.cases]  # deterministic
    with pytest.raises(InputError, match="unknown synthetic split"):
        load_dataset("synth:nope")


def test_records_and_triplets_from_the_data_formats(tmp_path):
    from pytest_mambagen.data import formats
    from pytest_mambagen.data.synth.generator import GenOptions, generate

    samples = list(generate(GenOptions(seed=3, n_train=0, n_val=0, n_test=3)))
    formats.write_jsonl(samples, tmp_path / "corpus.jsonl")
    records = load_dataset(tmp_path / "corpus.jsonl")
    assert records.kind == "records" and len(records.cases) == 3
    assert [c.reference for c in records.cases] == [s.test for s in samples]
    assert not records.has_mutants and any("no mutants" in n for n in records.notes)
    formats.write_triplets(samples, tmp_path / "triplets")
    triplets = load_dataset(tmp_path / "triplets")
    assert triplets.kind == "triplets" and len(triplets.cases) == 3
    with pytest.raises(InputError, match="no usable case"):
        load_dataset(tmp_path / "triplets", split="train")


def test_concode_lines_with_broken_ones_reported(tmp_path):
    path = tmp_path / "dev.json"
    good = {"nl": "returns the size concode_field_sep int size concode_elem_sep List items",
            "code": "int function ( ) { return items . size ( ) ; }"}
    path.write_text("\n".join([json.dumps(good), "{not json", json.dumps({"nl": "x"}), "",
                               json.dumps(good)]) + "\n")
    data = load_dataset(path)
    assert data.kind == "concode" and data.lang == "java" and len(data.cases) == 2
    assert len(data.skipped) == 2
    assert "dev.json:2: not JSON" in data.skipped[0] and "dev.json:3: needs string fields nl and code" in data.skipped[1]
    assert CONCODE_NOTE in data.notes and "never trained on CONCODE" in CONCODE_NOTE
    assert data.cases[0].instruction.startswith("Write the Java method")
    assert "The class has: int size; List items" in concode_instruction(good["nl"])


@pytest.mark.parametrize("make", ["missing", "empty-file", "blank-file", "empty-folder", "all-broken"])
def test_bad_datasets_say_what_is_wrong(tmp_path, make):
    path = tmp_path / "data.jsonl"
    if make == "empty-file":
        path.write_text("")
    elif make == "blank-file":
        path.write_text("\n\n")
    elif make == "empty-folder":
        path = tmp_path / "folder"
        path.mkdir()
    elif make == "all-broken":
        path.write_text('{"nl": "x", "code": "y"}\n'.replace('"code": "y"', '"code": 3') + "{oops\n")
    with pytest.raises(InputError) as info:
        load_dataset(path)
    message = str(info.value)
    expected = {"missing": "does not exist", "empty-file": "is empty", "blank-file": "is empty",
                "empty-folder": "holds no manual cases", "all-broken": "no usable case"}[make]
    assert expected in message
    if make == "all-broken":
        assert "data.jsonl:1" in message


def test_limit_must_be_positive():
    with pytest.raises(InputError, match="--limit"):
        load_dataset("fixtures", limit=0)
