"""`mambagen dataset corpus ...`: the TestCase2Code-open corpus as users run it.

Fast tests use small corpus roots (copies of one or two triplets under tmp_path) or
read the real corpus without a browser; the browser-marked ones verify one triplet.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from pytest_mambagen.cli import main
from pytest_mambagen.data import formats
from pytest_mambagen.data.corpus import DEFAULT_ROOT, load_corpus, split_of

TRIPLETS = DEFAULT_ROOT / "triplets"
KAYAK = "kayak-rental-quote"  # helper module, sibling component, 3 mutants (2 in pricing.js)
SKYHOP = "skyhop-glider-flight-booking"  # siblings in a subfolder (steps/)
MAMBAGEN = Path(sys.executable).with_name("mambagen")


def _root(tmp_path: Path, *slugs: str) -> Path:
    """A corpus root holding copies of ``slugs`` and a splits.json in step with them."""
    root = tmp_path / "corpus"
    for slug in slugs:
        shutil.copytree(TRIPLETS / slug, root / "triplets" / slug, ignore=shutil.ignore_patterns("__pycache__"))
    splits = {s: sorted(x for x in slugs if split_of(x) == s) for s in ("train", "dev", "test")}
    (root / "splits.json").write_text(json.dumps({"splits": splits}))
    return root


# ---------------------------------------------------------------- check


def test_check_of_the_whole_corpus_holds(capsys):
    assert main(["dataset", "corpus", "check"]) == 0
    out = capsys.readouterr().out
    m = re.search(r"(\d+)/(\d+) triplets have a sound layout; (\d+) of \d+ kinds", out)
    assert m and m.group(1) == m.group(2) and int(m.group(1)) >= 300 and int(m.group(3)) >= 40, out
    assert "LAYOUT" not in out


def test_check_names_the_file_and_field_at_fault(tmp_path, capsys):
    root = _root(tmp_path, KAYAK, SKYHOP)
    meta_path = root / "triplets" / KAYAK / "triplet.json"
    meta = json.loads(meta_path.read_text())
    meta["qa_style"] = "haiku"
    meta["mutants"][1]["original"] = "not in pricing.js"
    meta_path.write_text(json.dumps(meta))
    splits = json.loads((root / "splits.json").read_text())
    splits["splits"]["train"].append("ghost-product")
    (root / "splits.json").write_text(json.dumps(splits))
    assert main(["dataset", "corpus", "check", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"LAYOUT {KAYAK}/triplet.json: qa_style 'haiku' is not one of" in out
    assert f"LAYOUT {KAYAK}/triplet.json: mutant 2: 'original' occurs 0 times in pricing.js" in out
    assert "splits.json: ghost-product names no triplet folder" in out
    assert "1/2 triplets have a sound layout" in out


def test_check_finds_a_repeated_product_and_a_split_off_the_rule(tmp_path, capsys):
    root = _root(tmp_path, KAYAK, SKYHOP)
    meta_path = root / "triplets" / SKYHOP / "triplet.json"
    meta = json.loads(meta_path.read_text())
    meta["product"] = json.loads((root / "triplets" / KAYAK / "triplet.json").read_text())["product"].upper()
    meta_path.write_text(json.dumps(meta))
    splits = json.loads((root / "splits.json").read_text())
    wrong = "test" if split_of(KAYAK) != "test" else "dev"
    splits["splits"] = {s: [x for x in v if x != KAYAK] for s, v in splits["splits"].items()}
    splits["splits"][wrong].append(KAYAK)
    (root / "splits.json").write_text(json.dumps(splits))
    assert main(["dataset", "corpus", "check", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"field 'product' repeats another triplet's ({KAYAK}, {SKYHOP})" in out
    assert f"{KAYAK} is in '{wrong}', the rule says '{split_of(KAYAK)}'" in out


def test_bad_input_is_one_line_naming_the_path_or_option(tmp_path, capsys):
    assert main(["dataset", "corpus", "verify", "no-such-product"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["mambagen: error: no-such-product: no such triplet folder (give corpus/triplets/<slug> or a slug)"]
    (tmp_path / "empty").mkdir()
    assert main(["dataset", "corpus", "check", str(tmp_path / "empty")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "empty" in err[0] and "triplet.json is missing" in err[0]
    assert main(["dataset", "corpus", "verify", KAYAK, "--workers", "0"]) == 2
    assert capsys.readouterr().err.strip() == "mambagen: error: --workers must be at least 1, got 0"
    assert main(["dataset", "corpus", "augment-verify", "--per", "0"]) == 2
    assert capsys.readouterr().err.strip() == "mambagen: error: --per must be at least 1, got 0"
    assert main(["dataset", "corpus", "stats", "--root", str(tmp_path / "empty")]) == 2
    assert "no triplet folders under" in capsys.readouterr().err
    (tmp_path / "a-file").write_text("x")
    root = _root(tmp_path, KAYAK)
    assert main(["dataset", "corpus", "export", "--root", str(root), "--to", "triplets", str(tmp_path / "a-file")]) == 2
    assert "a-file: the export target is a file" in capsys.readouterr().err


def test_the_console_script_runs_the_corpus_commands(pytester, tmp_path):
    if not MAMBAGEN.exists():
        pytest.skip("the mambagen console script is not installed in this environment")
    root = _root(tmp_path, KAYAK)
    result = pytester.run(str(MAMBAGEN), "dataset", "corpus", "check", "--root", str(root))
    assert result.ret == 0
    result.stdout.fnmatch_lines(["1/1 triplets have a sound layout; 2 of * kinds; 3 mutants; *"])
    result = pytester.run(str(MAMBAGEN), "dataset", "corpus", "verify", str(tmp_path / "nowhere"))
    assert result.ret == 2
    assert result.stderr.lines == [f"mambagen: error: {tmp_path / 'nowhere'}: no such triplet folder "
                                   "(give corpus/triplets/<slug> or a slug)"]
    result = pytester.run(str(MAMBAGEN), "dataset", "corpus", "--help")
    result.stdout.fnmatch_lines(["*augment-verify*", "*mambagen dataset corpus export --to triplets OUT*"])


# ---------------------------------------------------------------- stats


def test_stats_are_the_papers_table_per_split_with_coverage(capsys):
    assert main(["dataset", "corpus", "stats", "--json"]) == 0
    st = json.loads(capsys.readouterr().out)
    triplets = [t for t in load_corpus() if not t.problems]
    for split in ("train", "dev", "test", "all"):
        for part in ("manual", "jsx", "siblings", "test"):
            row = st["splits"][split][part]
            assert row["files"] > 0 and 0 < row["lexical_diversity"] < 1
            assert row["vocabulary"] <= row["words"] and set(row["lines"]) == {"mean", "p50", "p95", "max"}
            if st["tokenizer"]:  # the embedded model's tokens: more than words, fewer than characters
                assert row["words"] < row["tokens"]["total"] < row["files"] * row["chars"]["mean"] * 1.01
    assert st["splits"]["all"]["manual"]["files"] == len(triplets)
    assert sum(st["splits"][s]["jsx"]["files"] for s in ("train", "dev", "test")) == len(triplets)
    cov = st["coverage"]
    assert cov["kinds_covered"] >= 40 and cov["products"] == len(triplets)
    assert set(cov["qa_styles"]) == {"numbered", "gherkin", "verify", "testrail", "jira", "terse", "table", "prose"}
    assert cov["mutants"]["total"] == sum(len(t.mutants) for t in triplets)
    assert cov["mutants"]["in_screen"] + cov["mutants"]["in_sibling"] == cov["mutants"]["total"]
    assert sum(cov["test_functions_per_case"]["histogram"].values()) == len(triplets)
    assert cov["tests_per_case_parametrize_expanded"]["mean"] >= cov["test_functions_per_case"]["mean"]
    assert "parametrize" not in cov["playwright_methods"] and cov["playwright_methods"]["get_by_role"] > 0
    assert main(["dataset", "corpus", "stats"]) == 0
    text = capsys.readouterr().out
    assert "c.txt (screen)" in text and "lex.div" in text and "QA styles (8)" in text and "mutants:" in text
    assert main(["dataset", "corpus", "stats", "--markdown"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("| split | part |") and "| all | a.txt (test) |" in md and "| mutants |" in md
    assert "tokens mean/p50/p95/max" in md.splitlines()[0]


# ---------------------------------------------------------------- export


def test_export_to_the_papers_triplet_layout_reads_back(tmp_path, capsys):
    root = _root(tmp_path, KAYAK, SKYHOP)
    out = tmp_path / "out"
    assert main(["dataset", "corpus", "export", "--root", str(root), "--to", "triplets", str(out)]) == 0
    assert "wrote 2 triplet folders" in capsys.readouterr().out
    kayak = out / "train" / KAYAK  # both are train products
    assert sorted(p.name for p in kayak.iterdir()) == ["a.txt", "c.txt", "m.txt", "meta.json", "mutants", "siblings"]
    src = root / "triplets" / KAYAK
    assert (kayak / "c.txt").read_text() == (src / "KayakQuote.jsx").read_text()
    assert (kayak / "m.txt").read_text() == (src / "KayakQuote.manual.txt").read_text()
    assert (kayak / "a.txt").read_text() == (src / "test_kayak_quote.py").read_text()
    assert sorted(p.name for p in (kayak / "siblings").iterdir()) == ["QuoteLine.jsx", "pricing.js"]
    assert (out / "train" / SKYHOP / "siblings" / "steps" / "FlightStep.jsx").is_file()
    meta = json.loads((kayak / "meta.json").read_text())
    assert meta["screen"] == "KayakQuote.jsx" and meta["corpus_split"] == "train" and len(meta["mutants"]) == 3
    # each mutant is a full copy of the screen side with exactly its one bug
    for i, m in enumerate(meta["mutants"], 1):
        folder = kayak / "mutants" / str(i)
        assert m["folder"] == f"mutants/{i}"
        assert json.loads((folder / "bug.json").read_text())["bug"] == m["bug"]
        for rel in ("KayakQuote.jsx", "QuoteLine.jsx", "pricing.js"):
            original = (src / rel).read_text()
            expected = original.replace(m["original"], m["mutated"], 1) if rel == m["file"] else original
            assert (folder / rel).read_text() == expected
        assert (folder / m["file"]).read_text() != (src / m["file"]).read_text()
    # the project's reader takes the export back: two samples, no skips (mutant copies are not samples)
    skips: list = []
    samples = list(formats.read_any(out, skips))
    assert skips == [] and sorted(s.id for s in samples) == sorted([KAYAK, SKYHOP])
    back = next(s for s in samples if s.id == KAYAK)
    assert back.siblings == {"QuoteLine.jsx": (src / "QuoteLine.jsx").read_text(),
                             "pricing.js": (src / "pricing.js").read_text()}
    assert back.family == "pricing-calculator" and back.qa_style == "testrail"


def test_export_to_jsonl_records_with_mutants_beside(tmp_path, capsys):
    dev = next(t.slug for t in load_corpus() if t.split == "dev")
    root = _root(tmp_path, KAYAK, dev)
    out = tmp_path / "j"
    assert main(["dataset", "corpus", "export", "--root", str(root), "--to", "jsonl", str(out)]) == 0
    assert "wrote 2 records" in capsys.readouterr().out
    skips: list = []
    samples = {s.id: s for s in formats.read_jsonl(out / "corpus.jsonl", skips)}
    assert skips == [] and set(samples) == {KAYAK, dev}
    assert samples[dev].split == "validation" and samples[KAYAK].split == "train"  # the project's split names
    mutants = {json.loads(x)["id"]: json.loads(x)["mutants"] for x in (out / "mutants.jsonl").read_text().splitlines()}
    assert len(mutants[KAYAK]) == 3 and {"file", "original", "mutated", "bug"} == set(mutants[KAYAK][0])
    # --split keeps one split
    assert main(["dataset", "corpus", "export", "--root", str(root), "--to", "jsonl", str(tmp_path / "t.jsonl"),
                 "--split", "dev"]) == 0
    capsys.readouterr()
    assert [json.loads(x)["id"] for x in (tmp_path / "t.jsonl").read_text().splitlines()] == [dev]
    assert (tmp_path / "t.mutants.jsonl").is_file()


# ---------------------------------------------------------------- leak guard


def test_the_corpus_does_not_leak_the_evaluation_fixtures(capsys):
    if not (DEFAULT_ROOT.parent / "fixtures").is_dir():
        pytest.skip("no fixtures/ in this checkout")
    assert main(["dataset", "corpus", "check-leak", "--fixtures", str(DEFAULT_ROOT.parent / "fixtures")]) == 0
    out = capsys.readouterr().out
    assert "0 sample(s) over it" in out and "x 0 eval files" not in out


# ---------------------------------------------------------------- in Chromium (one triplet each)


def _need_browser() -> None:
    from pytest_mambagen.execution import default_node_modules

    if default_node_modules() is None:
        pytest.skip("fixtures/atlas/node_modules missing: run scripts/setup_browser.sh")


@pytest.mark.browser
def test_verify_one_triplet_records_pass_and_an_equivalent_mutant(tmp_path, capsys):
    _need_browser()
    root = _root(tmp_path, KAYAK)
    meta_path = root / "triplets" / KAYAK / "triplet.json"
    meta = json.loads(meta_path.read_text())
    # hours never go below 1, so "<= 1" behaves as "=== 1": an equivalent mutant that no test can kill
    meta["mutants"][2] = {"file": "KayakQuote.jsx", "original": "disabled={state.hours === 1}",
                          "mutated": "disabled={state.hours <= 1}", "bug": "equivalent: hours never go below 1"}
    meta_path.write_text(json.dumps(meta))
    record = tmp_path / "results" / "verify.json"
    assert main(["dataset", "corpus", "verify", str(root / "triplets" / KAYAK), "--root", str(root),
                 "--out", str(record)]) == 1
    out = capsys.readouterr().out
    assert f"FAIL {KAYAK}: reference passes; mutants killed 2/3" in out
    assert "mutant survives: equivalent: hours never go below 1" in out
    rec = json.loads(record.read_text())
    assert rec["totals"] | {"tests": 0} == {"triplets": 1, "verified": 0, "layout_problems": 0, "reference_passed": 1,
                                           "reference_failed": 0, "mutants": 3, "killed": 2, "survived": 1, "tests": 0}
    assert rec["totals"]["tests"] == 4 and not rec["all_hold"]
    row = rec["triplets"][0]
    assert row["slug"] == KAYAK and row["passed"] and [m["killed"] for m in row["mutants"]] == [True, True, False]
    assert rec["wall_s"] > 0 and rec["triplets_per_s"] > 0 and rec["machine"]["cpus"] >= 1
    assert len(rec["load_average"]["start_1_5_15"]) == 3 and rec["corpus"]["fingerprint"]


@pytest.mark.browser
def test_augment_verify_of_one_triplet(tmp_path, capsys):
    _need_browser()
    record = tmp_path / "augment.json"
    assert main(["dataset", "corpus", "augment-verify", KAYAK, "--seed", "3", "--out", str(record)]) == 0
    out = capsys.readouterr().out
    assert "1 variants of 1 triplets" in out and "reference passes 1/1 (100.0%)" in out
    rec = json.loads(record.read_text())
    assert rec["pass_rate"] == 1.0 and rec["kill_rate"] == 1.0 and rec["failures"] == []
    assert rec["variants"][0]["renamed"] >= 5 and rec["totals"]["mutants"] == 3


ANCHORBAY = "anchorbay-marina-mooring-application"  # one long test, 3 mutants (one in mooring.js)


@pytest.mark.browser
def test_the_fast_batched_path_gives_the_plain_per_triplet_verdicts(tmp_path):
    """The batched path (many triplets per session, one reused page, a mutant stops at its first failure) must
    reach the same verdict as the reference path (one session per triplet, a fresh context per test, every
    test run), on a triplet that holds, one with a mutant no test can kill and one whose reference fails."""
    from pytest_mambagen.data.corpus import resolve, verify

    _need_browser()
    root = _root(tmp_path, KAYAK, SKYHOP, ANCHORBAY)
    meta_path = root / "triplets" / KAYAK / "triplet.json"
    meta = json.loads(meta_path.read_text())
    meta["mutants"][2] = {"file": "KayakQuote.jsx", "original": "disabled={state.hours === 1}",
                          "mutated": "disabled={state.hours <= 1}", "bug": "equivalent: hours never go below 1"}
    meta_path.write_text(json.dumps(meta))
    test_path = next((root / "triplets" / ANCHORBAY).glob("test_*.py"))
    text = test_path.read_text()
    assert text.count("Season fee £2,515.00") == 1
    test_path.write_text(text.replace("Season fee £2,515.00", "Season fee £2,516.00"))
    triplets = resolve([], root)
    assert [t.slug for t in triplets] == sorted([KAYAK, SKYHOP, ANCHORBAY]) and not any(t.problems for t in triplets)

    def verdicts(results):
        return {r.slug: (r.passed, [k for _, k, _ in r.mutants], r.tests) for r in results}

    plain, _ = verify(triplets, mode="plain")
    fast, _ = verify(triplets, mode="fast", workers=2)
    assert verdicts(fast) == verdicts(plain)
    v = verdicts(plain)
    assert v[KAYAK][:2] == (True, [True, True, False])
    assert v[SKYHOP][:2] == (True, [True] * len(v[SKYHOP][1]))
    assert v[ANCHORBAY][0] is False
    # the kill is the same test function on both paths (the first that fails, in file order)
    for p, f in zip(plain, fast, strict=True):
        assert [h.split(":")[0] for _, k, h in p.mutants if k] == [h.split(":")[0] for _, k, h in f.mutants if k]
