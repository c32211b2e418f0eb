"""Generated samples through the real harness in Chromium: tests pass, mutants are caught, every layout mounts."""

from __future__ import annotations

import pytest

from pytest_mambagen.data.synth.generator import generate_one

pytestmark = pytest.mark.browser

FAMILIES = ("signin", "cart", "search_list", "wizard", "confirm_dialog", "settings_toggles")


@pytest.fixture(scope="module")
def node_modules():
    from pytest_mambagen.execution import default_node_modules

    nm = default_node_modules()
    if nm is None:
        pytest.skip("fixtures/atlas/node_modules missing: run scripts/setup_browser.sh")
    return nm


def test_generated_samples_pass_and_their_mutants_fail(node_modules, tmp_path):
    from pytest_mambagen.data.verify import verify

    samples = [generate_one(fam, dom, "test", f"b-{fam}", f"browser-test:{fam}")
               for fam, dom in zip(FAMILIES, ("shop", "hr", "bank", "clinic", "school", "travel"), strict=True)]
    assert all(s.mutant for s in samples)
    rep = verify(samples, workers=1, node_modules=node_modules, workdir=tmp_path, log=lambda s: None)
    assert rep.failed == [], rep.failed
    assert rep.passed == len(samples)
    assert rep.mutants == len(samples)
    assert rep.survived == [], rep.survived
    assert rep.kill_rate == 1.0 and rep.samples_per_s > 0


#: Layouts of version 5 that must mount: (family, what the react_style must contain)
LAYOUTS = (
    ("todo", "/reducer"), ("cart", "hook+"), ("search_list", "context+"), ("confirm_dialog", "hook-file"),
    ("favorites", "+parts"), ("sortable_paged_table", "modules-split"), ("entity_form", "plain-errors"),
    ("tag_input", "class"), ("wizard", "context+reducer"),
)


def _with_layout(fam: str, bit: str):
    for k in range(400):
        s = generate_one(fam, "hotel", "test", f"layout-{fam}-{k}", f"browser-layout:{fam}:{k}")
        if bit in s.react_style and (bit not in ("+parts", "hook-file", "modules-split") or s.siblings):
            return s
    raise AssertionError(f"no {fam} sample with {bit} in 400 draws")


def test_every_layout_mounts_passes_and_catches_its_mutant(node_modules, tmp_path):
    """Reducers, custom hooks, contexts, child components and helper modules in sibling files all bundle and run."""
    from pytest_mambagen.data.verify import verify

    samples = [_with_layout(fam, bit) for fam, bit in LAYOUTS]
    assert sum(1 for s in samples if s.siblings) >= 4
    rep = verify(samples, workers=1, node_modules=node_modules, workdir=tmp_path, log=lambda s: None)
    assert rep.failed == [], rep.failed
    assert rep.survived == [], rep.survived


def test_a_broken_sample_is_reported_failed(node_modules, tmp_path):
    from pytest_mambagen.data.verify import verify

    s = generate_one("counter", "shop", "test", "broken", "browser-test:broken")
    s.test = s.test.replace('mount("', 'mount("Missing')
    s.mutant = None
    rep = verify([s], node_modules=node_modules, workdir=tmp_path, log=lambda s: None)
    assert rep.passed == 0 and [i for i, _ in rep.failed] == ["broken"]
