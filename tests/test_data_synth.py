"""The synthetic generator: coverage, determinism, the test idiom, grounding and sizes."""

from __future__ import annotations

import ast
import re

import pytest

from pytest_mambagen.data import formats
from pytest_mambagen.data.synth import manual as manual_mod
from pytest_mambagen.data.synth.domains import DOMAIN_KEYS
from pytest_mambagen.data.synth.generator import FAMILIES, GenOptions, family_keys, generate, generate_one

FAMS = family_keys()


def test_enough_families_and_domains():
    assert len(FAMS) >= 25, FAMS
    assert len(DOMAIN_KEYS) >= 12
    assert len(manual_mod.QA_STYLES) >= 6


def _literal_strings(call_src: str) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(call_src)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node.value)
    return out


def _expected_texts(test: str) -> list[str]:
    """String literals passed to to_have_text / to_contain_text (lists included)."""
    texts = []
    for node in ast.walk(ast.parse(test)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("to_have_text", "to_contain_text"):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    texts.append(arg.value)
                elif isinstance(arg, ast.List):
                    texts += [e.value for e in arg.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return texts


def _param_values(test: str) -> list[str]:
    vals = []
    for node in ast.walk(ast.parse(test)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "parametrize":
            for c in ast.walk(node.args[1]):
                if isinstance(c, ast.Constant) and isinstance(c.value, (str, int)):
                    vals.append(str(c.value))
    return vals


@pytest.mark.parametrize("fam", FAMS)
def test_family_samples_follow_the_idiom(fam):
    """Three draws per family over several domains: valid module, mount of the screen, expected texts in the manual."""
    for k, dom in enumerate(DOMAIN_KEYS[:: max(1, len(DOMAIN_KEYS) // 3)][:3]):
        s = generate_one(fam, dom, "train", f"t-{fam}-{k}", f"unit:{fam}:{k}")
        assert formats.validate_sample(s) is None
        tree = ast.parse(s.test)
        compile(s.test, "t.py", "exec")  # catches what ast.parse does not (duplicate arguments)
        imports = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imports |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert imports <= {"pytest", "playwright.sync_api"}, imports
        funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        assert funcs and all(f.name.startswith("test_") and f.args.args[0].arg == "mount" for f in funcs)
        assert f'mount("{s.screen}"' in s.test
        assert s.screen.endswith(".jsx") and "export default" in s.jsx
        assert "expect(" in s.test and "assert " not in s.test
        # what the test expects is written in the manual case (quoted, or in its data table)
        params = set(_param_values(s.test))
        for text in _expected_texts(s.test):
            assert text in s.manual or text in params, (s.id, text, s.manual)
        # the mutant differs from the screen and is tied to a description
        if s.mutant:
            assert s.mutant["jsx"] != s.jsx or s.mutant["siblings"] != s.siblings
            assert s.mutant["what"]


@pytest.mark.parametrize("fam", FAMS)
def test_family_samples_pass_the_plugin_validator(fam):
    """The project's own validator (policy + grounding against the screen inventory) accepts the tests."""
    pytest.importorskip("libcst")
    pytest.importorskip("tree_sitter")
    from pytest_mambagen.prompts import CaseInput
    from pytest_mambagen.validate import validate

    for k in range(2):
        dom = DOMAIN_KEYS[(k * 5 + len(fam)) % len(DOMAIN_KEYS)]
        s = generate_one(fam, dom, "train", f"v-{fam}-{k}", f"validator:{fam}:{k}")
        inv = CaseInput(s.manual, s.jsx, s.screen, siblings=tuple(sorted(s.siblings.items()))).inventory()
        verdict = validate(s.test, inventory=inv, mount_path=s.screen)
        assert verdict.ok, (s.id, verdict.reason, s.test)


def test_same_seed_same_corpus_and_workers_do_not_matter():
    opts = GenOptions(seed=5, n_train=230, n_test=8, n_val=4)
    a = formats.fingerprint(generate(opts))
    b = formats.fingerprint(generate(opts))
    c = formats.fingerprint(generate(opts, workers=2))
    d = formats.fingerprint(generate(GenOptions(seed=6, n_train=230, n_test=8, n_val=4)))
    assert a == b == c
    assert a != d


def test_generator_uses_no_global_random(monkeypatch):
    import random

    opts = GenOptions(seed=9, n_train=40, n_test=2, n_val=2)
    a = formats.fingerprint(generate(opts))
    random.seed(12345)
    monkeypatch.setattr(random, "random", lambda: 0.0)
    monkeypatch.setattr(random, "choice", lambda seq: seq[0])
    assert formats.fingerprint(generate(opts)) == a


def test_diversity_over_a_few_hundred_samples():
    samples = list(generate(GenOptions(seed=2, n_train=600, n_test=0, n_val=0)))
    assert len({s.family for s in samples}) == len(FAMS)
    assert len({s.domain for s in samples}) == len(DOMAIN_KEYS)
    assert {s.qa_style.split("+")[0] for s in samples} == set(manual_mod.QA_STYLES)
    assert {s.react_style.split("/")[0] for s in samples} == {"hooks", "arrow", "class", "class-bind"}
    assert {s.kind for s in samples} == {"positive", "negative", "positive+negative", "negative+positive"}
    # a manual case with two scenarios becomes a module with several tests
    assert any(s.test.count("def test_") >= 2 for s in samples)
    assert any("Priority:" in s.manual or "@p" in s.manual.lower() for s in samples)
    assert any("+sloppy" in s.qa_style for s in samples)
    assert any(s.siblings for s in samples)
    assert any("@pytest.mark.parametrize" in s.test for s in samples)
    assert any("props=" in s.test for s in samples)
    assert any("Given " in s.manual and "Then " in s.manual for s in samples)
    assert len({s.jsx for s in samples}) == len(samples)
    # realistic sizes: screens of 0.5-4 KB, tests of a few hundred bytes to 3 KB
    jsx = sorted(len(s.jsx) for s in samples)
    tests = sorted(len(s.test) for s in samples)
    assert 700 <= jsx[len(jsx) // 2] <= 3500 and jsx[-1] <= 6000
    assert 250 <= tests[len(tests) // 2] <= 2000


def test_class_and_hooks_renderings_differ_but_expose_the_same_screen():
    seen = {}
    for i in range(40):
        s = generate_one("counter", "shop", "train", f"c{i}", f"style:{i}")
        seen.setdefault(s.react_style.split("/")[0], s)
    assert {"hooks", "class"} <= set(seen) or {"arrow", "class-bind"} <= set(seen)
    cls = next(v for k, v in seen.items() if k.startswith("class"))
    assert "extends" in cls.jsx and "this.setState" in cls.jsx and "render()" in cls.jsx
    hook = next(v for k, v in seen.items() if not k.startswith("class"))
    assert "useState" in hook.jsx and "extends" not in hook.jsx


def test_unknown_family_is_a_config_error():
    from pytest_mambagen.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown family"):
        list(generate(GenOptions(n_train=1, n_test=0, n_val=0, families=("nope",))))


def test_sloppy_manuals_keep_quoted_values_exact():
    from random import Random

    text = 'Enter "Ana Silva" in the Full name field.\nVerify that the message "Email is required" is displayed.\n| a | b |'
    for k in range(30):
        out = manual_mod.make_sloppy(Random(k), text)
        assert '"Ana Silva"' in out and '"Email is required"' in out and "| a | b |" in out


def test_every_family_is_registered_once():
    assert sorted(FAMILIES) == list(FAMS)
    assert all(re.fullmatch(r"[a-z_]+", f) for f in FAMS)


def test_exact_names_in_every_test_of_a_module():
    """exact=True is decided per locator for every test function, not only the first one."""
    from pytest_mambagen.data.synth import testgen
    from pytest_mambagen.data.synth.core import Case, by_label, click, expect_text, role

    names = ["Quantity of Ana", "Increase quantity of Ana"]
    cases = [Case(f"case {i}", f"Case {i}", [click(role("button", "Increase quantity of Ana"))],
                  [expect_text(by_label("Quantity of Ana"), "2")]) for i in range(3)]
    out = testgen.render("Cart.jsx", cases, names)
    assert out.count('get_by_label("Quantity of Ana", exact=True)') == 3


def test_fingerprint_does_not_depend_on_hash_seed():
    """Same corpus under different PYTHONHASHSEED values (no hash()- or set-order dependence)."""
    import os
    import subprocess
    import sys

    code = ("from pytest_mambagen.data import formats;"
            "from pytest_mambagen.data.synth.generator import GenOptions, generate;"
            "print(formats.fingerprint(generate(GenOptions(seed=3, n_train=150, n_test=6, n_val=3))))")
    outs = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": h}, capture_output=True,
                           text=True, check=True).stdout.strip() for h in ("0", "1", "12345")}
    assert len(outs) == 1 and len(outs.pop()) == 64
