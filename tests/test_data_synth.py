"""The synthetic generator: coverage, determinism, the test idiom and policy, layouts, scenarios and sizes."""

from __future__ import annotations

import ast
import re

import pytest

from pytest_mambagen.data import formats
from pytest_mambagen.data.synth import manual as manual_mod
from pytest_mambagen.data.synth.domains import DOMAIN_KEYS
from pytest_mambagen.data.synth.generator import FAMILIES, GenOptions, family_keys, generate, generate_one
from pytest_mambagen.errors import ConfigError

FAMS = family_keys()


@pytest.fixture(scope="module")
def corpus():
    return list(generate(GenOptions(seed=2, n_train=700, n_test=0, n_val=0)))


def test_enough_families_and_domains():
    assert len(FAMS) >= 25, FAMS
    assert len(DOMAIN_KEYS) >= 12
    assert len(manual_mod.QA_STYLES) >= 6


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


ALLOWED_IMPORTS = {("pytest", None), ("re", None), ("playwright.sync_api", "expect")}


def policy_problems(test: str, screen: str) -> list[str]:
    """The allow-list for generated tests, checked independently of the project's validator."""
    tree = ast.parse(test)
    out = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            out += [f"import {a.name}" for a in node.names if (a.name, None) not in ALLOWED_IMPORTS]
        elif isinstance(node, ast.ImportFrom):
            out += [f"from {node.module} import {a.name}" for a in node.names if (node.module, a.name) not in ALLOWED_IMPORTS]
        elif isinstance(node, ast.FunctionDef):
            if not node.name.startswith("test_"):
                out.append(f"helper function {node.name}")
            for d in node.decorator_list:
                if not (isinstance(d, ast.Call) and ast.unparse(d.func) == "pytest.mark.parametrize"):
                    out.append(f"decorator {ast.unparse(d)}")
                elif not all(isinstance(a, (ast.Constant, ast.Tuple, ast.List)) for a in d.args) or \
                        any(not isinstance(x, (ast.Constant, ast.Tuple, ast.List, ast.Load)) for a in d.args for x in ast.walk(a)):
                    out.append("parametrize with non-literal rows")
        elif isinstance(node, ast.Assign):
            if not all(isinstance(x, (ast.Constant, ast.List, ast.Tuple, ast.Dict, ast.Load)) for x in ast.walk(node.value)):
                out.append("module-level assignment of a non-literal")
        else:
            out.append(f"module-level {type(node).__name__}")
    for node in ast.walk(tree):
        if isinstance(node, (ast.JoinedStr, ast.While, ast.If, ast.For, ast.ClassDef, ast.Lambda, ast.IfExp)):
            out.append(type(node).__name__)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "mount":
                if not (node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value == screen):
                    out.append("mount of something else than the screen")
            elif node.func.id != "expect":
                out.append(f"call of {node.func.id}()")
    return out


@pytest.mark.parametrize("fam", FAMS)
def test_family_samples_follow_the_idiom_and_the_allow_list(fam):
    """Draws per family over several themes: a valid module inside the allow-list, expected texts in the manual."""
    for k, dom in enumerate(DOMAIN_KEYS[:: max(1, len(DOMAIN_KEYS) // 3)][:3]):
        s = generate_one(fam, dom, ("train", "test", "validation")[k], f"t-{fam}-{k}", f"unit:{fam}:{k}")
        assert formats.validate_sample(s) is None
        compile(s.test, "t.py", "exec")  # catches what ast.parse does not (duplicate arguments)
        assert policy_problems(s.test, s.screen) == [], (s.id, s.test)
        tree = ast.parse(s.test)
        funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        assert funcs and all(f.args.args[0].arg == "mount" for f in funcs)
        assert s.screen.endswith(".jsx") and "export default" in s.jsx
        assert "expect(" in s.test and "assert " not in s.test
        params = set(_param_values(s.test))
        for text in _expected_texts(s.test):
            assert text in s.manual or text in params, (s.id, text, s.manual)
        if s.mutant:
            assert s.mutant["jsx"] != s.jsx or s.mutant["siblings"] != s.siblings
            assert s.mutant["what"]


@pytest.mark.parametrize("fam", FAMS)
def test_family_samples_pass_the_plugin_validator(fam):
    """The project's own validator (policy + grounding against the screen inventory, siblings included) accepts the tests."""
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


def test_train_offset_continues_where_an_earlier_run_stopped():
    whole = list(generate(GenOptions(seed=5, n_train=60, n_test=4, n_val=2)))
    later = list(generate(GenOptions(seed=5, n_train=30, n_test=4, n_val=2, train_offset=30)))
    held = [s.id for s in whole if s.split != "train"]
    assert [s.id for s in later if s.split != "train"] == held
    assert [s.test for s in later if s.split == "train"] == [s.test for s in whole if s.split == "train"][30:]
    with pytest.raises(ConfigError, match="train_offset"):
        GenOptions(train_offset=-1)


def test_generator_uses_no_global_random(monkeypatch):
    import random

    opts = GenOptions(seed=9, n_train=40, n_test=2, n_val=2)
    a = formats.fingerprint(generate(opts))
    random.seed(12345)
    monkeypatch.setattr(random, "random", lambda: 0.0)
    monkeypatch.setattr(random, "choice", lambda seq: seq[0])
    assert formats.fingerprint(generate(opts)) == a


def test_diversity_over_a_few_hundred_samples(corpus):
    samples = corpus
    assert len({s.family for s in samples}) == len(FAMS)
    assert len({s.domain for s in samples}) == len(DOMAIN_KEYS)
    assert {s.qa_style.split("+")[0] for s in samples} == set(manual_mod.QA_STYLES)
    assert {s.react_style.split("/")[0] for s in samples} == {"hooks", "arrow", "class", "class-bind"}
    assert {s.kind for s in samples} == {"positive", "negative", "mixed"}
    assert any("Priority:" in s.manual or "@p" in s.manual.lower() for s in samples)
    assert any("+sloppy" in s.qa_style for s in samples)
    assert any("@pytest.mark.parametrize" in s.test for s in samples)
    assert any("props=" in s.test for s in samples)
    assert any("Given " in s.manual and "Then " in s.manual for s in samples)
    assert len({s.jsx for s in samples}) == len(samples)
    # screens shaped like real ones: reducers, custom hooks, contexts, child components and helper modules in sibling files
    layouts = " ".join(s.react_style for s in samples)
    for bit in ("reducer", "hook+", "context+", "hook-file", "parts", "modules-", "plain-errors", "noise"):
        assert bit in layouts, bit
    assert any("useReducer" in s.jsx for s in samples)
    assert any("createContext" in s.jsx or any("createContext" in t for t in s.siblings.values()) for s in samples)
    assert any(any(k.endswith(".jsx") and "export default function" in t for k, t in s.siblings.items()) for s in samples)
    assert any('className="' in s.jsx and "error" in s.jsx and 'role="alert"' not in s.jsx and "get_by_text(" in s.test
               for s in samples if "plain-errors" in s.react_style)
    # most manual cases hold several scenarios, one test function each
    n_tests = sorted(s.test.count("\ndef test_") for s in samples)
    assert sum(1 for n in n_tests if n >= 2) >= 0.7 * len(samples)
    assert n_tests[len(n_tests) // 2] >= 2 and n_tests[-1] <= 6
    # realistic sizes: screens of 1-8 KB with siblings, tests of about a kilobyte or more
    jsx = sorted(len(s.jsx) + sum(len(t) for t in s.siblings.values()) for s in samples)
    tests = sorted(len(s.test) for s in samples)
    assert 1200 <= jsx[len(jsx) // 2] <= 6000 and jsx[-1] <= 20000
    assert 900 <= tests[len(tests) // 2] <= 3500


_IMPORT = re.compile(r'^import (?:(\w+)|\{ ([^}]*) \}|(\w+), \{ ([^}]*) \}) from ["\'](\.[^"\']+)["\'];', re.M)


def test_sibling_imports_resolve(corpus):
    """Every relative import names a sibling that exists and exports the imported names."""
    for s in corpus:
        files = {s.screen: s.jsx, **s.siblings}
        for path, text in files.items():
            for m in _IMPORT.finditer(text):
                default, named, default2, named2, spec = m.groups()
                target = spec[2:]
                assert target in s.siblings, (s.id, path, spec)
                body = s.siblings[target]
                if default or default2:
                    assert "export default" in body, (s.id, spec)
                for name in [n.strip() for n in (named or named2 or "").split(",") if n.strip()]:
                    assert re.search(rf"export (?:const|function|let) {name}\b", body), (s.id, spec, name)
        # every sibling is imported by some file (no stray modules)
        imported = {m.group(5)[2:] for t in files.values() for m in _IMPORT.finditer(t)}
        assert set(s.siblings) <= imported, (s.id, set(s.siblings) - imported)


_TOP = re.compile(r"^(?:export )?(?:default )?(?:const|let|function|class) (\w+)", re.M)


def test_module_level_names_are_defined_or_imported_where_used(corpus):
    """A name defined at the top of one file of the screen and used in another is imported there."""
    from pytest_mambagen.data.synth.core import _uses

    for s in corpus:
        files = {s.screen: s.jsx, **s.siblings}
        defined = {path: set(_TOP.findall(text)) for path, text in files.items()}
        for path, text in files.items():
            imported = {n.strip().split(" as ")[-1] for m in _IMPORT.finditer(text)
                        for n in [*(m.group(2) or m.group(4) or "").split(","), m.group(1) or m.group(3) or ""] if n.strip()}
            code = "\n".join(line for line in text.split("\n") if not line.startswith("import "))
            for other, names in defined.items():
                if other == path:
                    continue
                for name in names - defined[path] - imported:
                    assert not _uses(code, name), (s.id, path, name, other)


def test_test_names_come_from_the_scenario_titles(corpus):
    from pytest_mambagen.data.synth.lexicon import split_words

    names = set()
    functions = 0
    for s in corpus:
        if "+sloppy" in s.qa_style:
            continue  # typos change the words of the manual
        functions += s.test.count("\ndef test_")
        manual_words = set(split_words(s.manual)) | set(re.findall(r"\d+", s.manual))
        for name in re.findall(r"^def (test_\w+)\(", s.test, re.M):
            words = [w for w in re.findall(r"[a-z]+|\d+", name[5:])]
            missing = [w for w in words if w not in manual_words]
            assert not missing, (s.id, name, missing)
            names.add(name)
    assert len(names) > 0.8 * functions  # fresh words in the titles: names rarely repeat


def test_steps_scaffold_only_adds_comments():
    plain = list(generate(GenOptions(seed=4, n_train=60, n_test=0, n_val=0)))
    scaffold = list(generate(GenOptions(seed=4, n_train=60, n_test=0, n_val=0, scaffold="steps")))
    assert [s.id for s in plain] == [s.id for s in scaffold]
    for a, b in zip(plain, scaffold, strict=True):
        assert a.manual == b.manual and a.jsx == b.jsx
        assert "    # " in b.test and "    # " not in a.test
        stripped = "\n".join(line for line in b.test.split("\n") if not line.startswith("    # "))
        assert stripped == a.test
        # at least one comment per test function, each right before a line of code
        assert b.test.count("\n    # ") >= b.test.count("\ndef test_")
        lines = b.test.split("\n")
        assert all(not lines[i + 1].startswith("    # ") and lines[i + 1].startswith("    ")
                   for i, ln in enumerate(lines) if ln.startswith("    # "))
    with pytest.raises(ConfigError, match="scaffold"):
        GenOptions(scaffold="words")


def test_freshness_over_a_few_thousand_samples():
    """Content strings rarely recur: the closed vocabulary the version-4 model memorised is gone."""
    from pytest_mambagen.data.synth.freshness import stats

    st = stats(generate(GenOptions(seed=11, n_train=2500, n_test=0, n_val=0, mutants=False)))
    assert st["samples"] == 2500
    assert st["distinct_content_strings"] > 0.4 * st["content_string_constants"]
    assert st["p99_samples_per_string"] <= 4, st["top_strings"]
    assert st["max_samples_per_string"] <= 40, st["top_strings"]
    assert st["distinct_test_names"] > 0.8 * st["test_functions"], st["top_test_names"]
    assert st["max_samples_per_test_name"] <= 25, st["top_test_names"]


def test_class_and_hooks_renderings_differ_but_expose_the_same_screen():
    seen = {}
    for i in range(40):
        s = generate_one("counter", "shop", "train", f"c{i}", f"style:{i}")
        seen.setdefault(s.react_style.split("/")[0], s)
    assert {"hooks", "class"} <= set(seen) or {"arrow", "class-bind"} <= set(seen)
    cls = next(v for k, v in seen.items() if k.startswith("class"))
    assert "extends" in cls.jsx and "this.setState" in cls.jsx and "render()" in cls.jsx
    hook = next(v for k, v in seen.items() if not k.startswith("class"))
    assert "extends" not in hook.jsx


def test_unknown_family_is_a_config_error():
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
    assert re.findall(r"def (test_\w+)", out) == ["test_case_0", "test_case_1", "test_case_2"]


def test_currency_formats_match_their_js_twin():
    """Python's fmt() and the JS helper the screens carry write exactly the same text (run in Node)."""
    import json
    import shutil
    import subprocess

    from pytest_mambagen.data.synth.lexicon import CURRENCIES

    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    amounts = [0, 5, 99, 100, 1050, 99999, 123456, 100000000, 7, 250075]
    script, expected = [], []
    for i, cur in enumerate(CURRENCIES):
        for q in ('"', "'"):
            script.append(cur.js(f"c{i}{'d' if q == chr(34) else 's'}", q))
            script.append(cur.js(f"u{i}{'d' if q == chr(34) else 's'}", q, cents=False))
            for a in amounts:
                script.append(f"out.push(c{i}{'d' if q == chr(34) else 's'}({a}));")
                script.append(f"out.push(u{i}{'d' if q == chr(34) else 's'}({a} / 100));")
                expected += [cur.fmt(a), cur.fmt(a)]
    code = "const out = [];\n" + "\n".join(script) + "\nconsole.log(JSON.stringify(out));"
    got = json.loads(subprocess.run([node, "-e", code], capture_output=True, text=True, check=True).stdout)
    assert got == expected


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
