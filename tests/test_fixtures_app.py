"""The fixture project (fixtures/atlas): its layout, and that references pass and kill every mutant."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROJECT = REPO / "fixtures" / "atlas"
ALLOWED_IMPORTS = {"pytest", "re", "json", "datetime", "decimal", "math", "string", "playwright.sync_api"}


def load_report_module():
    spec = importlib.util.spec_from_file_location("fixture_report", REPO / "benchmarks" / "fixture_report.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


report_module = load_report_module()
SCREENS = report_module.discover(PROJECT)


def test_package_json_pins_exact_versions():
    package = json.loads((PROJECT / "package.json").read_text())
    deps = package["dependencies"]
    assert set(deps) >= {"react", "react-dom", "esbuild"}
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", v) for v in deps.values()), deps
    lock = json.loads((PROJECT / "package-lock.json").read_text())
    for name, version in deps.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version


def test_at_least_ten_screens_of_different_kinds():
    assert len(SCREENS) >= 10
    areas = {s.area for s in SCREENS}
    assert len(areas) >= 6, areas
    texts = {s.name: s.path.read_text() for s in SCREENS}
    assert any("extends React.Component" in t for t in texts.values()), "one class component"
    assert any("useRef" in t and "defaultValue" in t for t in texts.values()), "an uncontrolled input"
    assert sum("data-testid" in t for t in texts.values()) >= 3
    assert sum("aria-label" in t for t in texts.values()) >= 3
    for name, text in texts.items():
        assert 1500 <= len(text.encode()) <= 4500, f"{name}.jsx is {len(text.encode())} bytes"
        assert "export default" in text, name


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.name)
def test_screen_layout(screen):
    assert not screen.problems, screen.problems
    assert 1 <= len(screen.cases) <= 3
    assert len(screen.references) == len(screen.cases)
    assert 2 <= len(screen.mutants) <= 3
    assert all(m.bug for m in screen.mutants)
    for case in screen.cases:
        text = case.read_text()
        assert 300 <= len(text) <= 3000, f"{case.name}: {len(text)} chars"


@pytest.mark.parametrize("reference", [r for s in SCREENS for r in s.references], ids=lambda p: p.name)
def test_reference_follows_the_test_idiom(reference):
    source = reference.read_text()
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert all(a.name in ALLOWED_IMPORTS for a in node.names), ast.dump(node)
        elif isinstance(node, ast.ImportFrom):
            assert node.module in ALLOWED_IMPORTS, node.module
    tests = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]
    assert tests and all("mount" in [a.arg for a in t.args.args] for t in tests)
    for path in set(re.findall(r'mount\("([^"]+)"', source)):
        assert (reference.parent / path).resolve().is_file(), path
        assert path.startswith("../../src/")
    assert ".locator(" not in source and "query_selector" not in source, "user-facing locators only"
    assert "inner_text()" not in source and "assert " not in source, "expect(...) assertions only"


def test_generated_tests_never_collide_with_references():
    # generated tests go beside the manual files under src/; references live under reference/
    assert not list((PROJECT / "reference").rglob("*.manual.txt"))
    for screen in SCREENS:
        for reference in screen.references:
            assert PROJECT / "src" not in reference.parents


@pytest.mark.browser
@pytest.mark.slow
def test_references_pass_and_kill_every_mutant():
    if not (PROJECT / "node_modules" / "react").is_dir():
        pytest.skip("fixtures/atlas/node_modules missing: run scripts/setup_browser.sh")
    report = report_module.build_report(PROJECT)
    summary = report_module.format_report(report)
    assert report["references_passing"] == report["references_total"], summary
    assert report["mutants_killed"] == report["mutants_total"], summary
    assert report["ok"], summary


def test_references_pass_the_generation_validator():
    """A reference, moved beside its manual case, is a test the plugin would accept (grounding included)."""
    from pytest_mambagen.discovery import discover
    from pytest_mambagen.inventory import screen_inventory
    from pytest_mambagen.validate import validate

    cases = discover([PROJECT / "src"])
    assert len(cases) == sum(len(s.cases) for s in SCREENS)
    for case in cases:
        area = case.manual_path.parent.relative_to(PROJECT / "src").as_posix()
        code = (PROJECT / "reference" / area / case.target_path.name).read_text()
        code = code.replace(f'"../../src/{area}/{case.screen_path.name}"', f'"{case.mount_path}"')
        inventory = screen_inventory(case.screen_text, str(case.screen_path), siblings=list(case.siblings.items()))
        verdict = validate(code, inventory=inventory, mount_path=case.mount_path)
        assert verdict.ok, f"{case.target_path.name}: {verdict.reason}"
