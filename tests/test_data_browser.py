"""A handful of generated samples through the real harness in Chromium: tests pass, mutants are caught."""

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


def test_a_broken_sample_is_reported_failed(node_modules, tmp_path):
    from pytest_mambagen.data.verify import verify

    s = generate_one("counter", "shop", "test", "broken", "browser-test:broken")
    s.test = s.test.replace('mount("', 'mount("Missing')
    s.mutant = None
    rep = verify([s], node_modules=node_modules, workdir=tmp_path, log=lambda s: None)
    assert rep.passed == 0 and [i for i, _ in rep.failed] == ["broken"]
