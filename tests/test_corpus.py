"""TestCase2Code-open: layout checks, split guarantees, and renamed variants that stay consistent."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pytest_mambagen.data import augment
from pytest_mambagen.data.corpus import DEFAULT_ROOT, load_corpus, load_triplet, read_splits, split_of
from pytest_mambagen.evaluation.copymetrics import module_strings

EXAMPLE = DEFAULT_ROOT / "triplets" / "kayak-rental-quote"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_the_corpus_layout_holds(corpus):
    triplets = corpus
    assert len(triplets) >= 300
    problems = [p for t in triplets for p in t.problems]
    assert problems == []
    assert len({k for t in triplets for k in t.kinds}) >= 40


def test_splits_are_by_product_and_recorded(corpus):
    recorded = read_splits()
    triplets = corpus
    assert {t.slug for t in triplets} == set(recorded)
    assert all(recorded[t.slug] == split_of(t.slug) for t in triplets)
    counts = {s: sum(1 for t in triplets if t.split == s) for s in ("train", "dev", "test")}
    assert counts["dev"] >= 20 and counts["test"] >= 20 and counts["train"] >= 200


def _ngrams(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_no_case_screen_or_distinctive_string_crosses_splits(corpus):
    # distinctive: 30 characters or more ("Thanks for your feedback" may recur, a product's own sentence not)
    by_split: dict[str, list] = {"train": [], "dev": [], "test": []}
    for t in corpus:
        by_split[t.split].append(t)
    train_grams: set = set()
    train_strings: set[str] = set()
    for t in by_split["train"]:
        train_grams |= _ngrams(t.manual) | _ngrams(t.jsx)
        train_strings |= {s for s in module_strings(t.test).unique if len(s) >= 30}
    for split in ("dev", "test"):
        for t in by_split[split]:
            for text in (t.manual, t.jsx):
                grams = _ngrams(text)
                shared = len(grams & train_grams) / max(1, len(grams))
                assert shared < 0.2, f"{t.slug} shares {shared:.0%} of its 8-grams with the train split"
            long_strings = {s for s in module_strings(t.test).unique if len(s) >= 30}
            assert not long_strings & train_strings, f"{t.slug} repeats a train string"


def test_a_variant_renames_consistently_and_keeps_code():
    t = load_triplet(EXAMPLE)
    v = augment.variant(t, 0, seed=3)
    assert v is not None and v.mapping == augment.variant(t, 0, seed=3).mapping  # deterministic
    assert v.mapping != augment.variant(t, 1, seed=3).mapping
    for old, new in v.mapping.items():
        for text in v.files.values():
            assert f'"{old}"' not in text  # every quoted spelling of a renamed string changed
        assert any(new in text for path, text in v.files.items() if path.endswith(".jsx") or path.endswith(".js"))
    test = v.files[t.test_file]
    assert 'mount("KayakQuote.jsx")' in test and "useReducer" in v.files["KayakQuote.jsx"]
    assert 'id="jackets"' in v.files["KayakQuote.jsx"] and 'htmlFor="jackets"' in v.files["KayakQuote.jsx"]
    # numbers are the screen's arithmetic: never renamed
    assert '"$78.00"' in test and '"$70.20"' in test


def test_test_names_and_comments_follow_the_rename():
    mapping = {"Harbor club member": "Amber ledger pilot", "Save": "Book", "re-check": "tally"}
    assert augment.rename_identifier("test_harbor_club_member_saves_10", mapping) == "test_amber_ledger_pilot_saves_10"
    assert augment.rename_identifier("test_save_twice", mapping) == "test_book_twice"
    assert augment.rename_identifier("test_saved_list", mapping) == "test_saved_list"  # word-bounded
    code = ('def test_save_as_harbor_club_member(mount):\n'
            '    # Click Save as a harbor club member\n'
            '    page = mount("Club.jsx")\n'
            '    page.get_by_role("button", name="Save").click()\n\n\n'
            'def helper_save():\n    pass\n')
    out = augment.rename_python(code, mapping)
    assert "def test_book_as_amber_ledger_pilot(mount):" in out and "# Click Book as a amber ledger pilot" in out
    assert 'name="Book"' in out and "def helper_save():" in out  # only test functions are renamed


@pytest.mark.browser
def test_a_renamed_triplet_still_passes_and_kills_its_mutants(tmp_path):
    from pytest_mambagen.execution import default_node_modules

    if default_node_modules() is None:
        pytest.skip("fixtures/atlas/node_modules missing: run scripts/setup_browser.sh")
    rows, _ = augment.verify_variants([load_triplet(EXAMPLE)], per_triplet=1, seed=3)
    assert rows[0]["renamed"] >= 5
    assert rows[0]["passed"] and rows[0]["killed"] == rows[0]["mutants"] == 3, rows


def test_layout_problems_are_reported_not_raised(tmp_path):
    folder = tmp_path / "broken"
    shutil.copytree(EXAMPLE, folder)
    meta = json.loads((folder / "triplet.json").read_text())
    meta["kinds"] = ["no-such-kind"]
    meta["mutants"][0]["original"] = "not in the file"
    (folder / "triplet.json").write_text(json.dumps(meta))
    (folder / "test_kayak_quote.py").unlink()
    t = load_triplet(Path(folder))
    text = " | ".join(t.problems)
    assert "unknown kind or react style no-such-kind" in text
    assert "reference test test_kayak_quote.py is missing" in text
    assert "mutant 1: 'original' occurs 0 times" in text


def test_a_mutant_whose_edit_cuts_through_jsx_text_follows_the_rename():
    # "...}>\n  Save note" alone does not parse as the JSX it came from: renaming the fragment by itself left
    # "Save note" as it was, the edit no longer occurred in the renamed screen and the variant lost the mutant
    screen = ('export default function Notes({ onSave }) {\n  return (\n    <div>\n'
              '      <button type="button" onClick={() => onSave(draft.trim())}>\n        Save note\n      </button>\n'
              '      <p>Save note first</p>\n    </div>\n  );\n}\n')
    m = augment.Mutant("Notes.jsx", "onSave(draft.trim())}>\n        Save note", "onSave(draft)}>\n        Save note",
                       "the note is saved untrimmed")
    mapping = {"Save note": "Pin lantern"}
    renamed = augment.rename_js(screen, mapping)
    assert "Pin lantern" in renamed and "Save note" not in renamed
    assert renamed.count(augment.rename_js(m.original, mapping)) == 0  # what the augmenter used to look for
    original, mutated = augment._renamed_edit(m, screen, renamed, mapping)
    assert renamed.count(original) == 1
    assert renamed.replace(original, mutated, 1) == augment.rename_js(screen.replace(m.original, m.mutated, 1), mapping)
    # an edit that renames cleanly keeps its own spelling
    plain = augment.Mutant("Notes.jsx", "draft.trim()", "draft", "untrimmed")
    assert augment._renamed_edit(plain, screen, renamed, mapping) == ("draft.trim()", "draft")


@pytest.mark.slow  # a variant of every triplet: ~15 s of CPU
def test_every_variant_keeps_every_mutant_as_one_edit(corpus):
    for t in corpus:
        v = augment.variant(t, 0, seed=0)
        if v is None:
            continue
        assert [m.bug for m in v.mutants] == [m.bug for m in t.mutants], t.slug
        sources = t.sources()
        for old, new in zip(t.mutants, v.mutants, strict=True):
            assert v.files[new.file].count(new.original) == 1, (t.slug, new.original)
            expected = augment.rename_js(sources[old.file].replace(old.original, old.mutated, 1), v.mapping)
            assert v.files[new.file].replace(new.original, new.mutated, 1) == expected, (t.slug, old.bug)
