"""Verified generation (pytester, a scripted backend, real Chromium): every candidate runs on its
mounted screen before anything is written, and the written file says what was verified."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_plugin import NODE_MODULES, TESTS

from pytest_mambagen.candidates import CaseInputs, check, checks_nothing, named_scenarios, plan
from pytest_mambagen.inventory import screen_inventory

pytestmark = pytest.mark.browser

COUNTER = """import { useState } from "react";

const DAYS = Array.from({ length: 3 }, (_, i) => String(i + 1));

export default function Counter() {
  const [n, setN] = useState(0);
  const [day, setDay] = useState(null);
  return (
    <section>
      <button type="button" onClick={() => setN(n + 1)}>Add one</button>
      <button type="button" onClick={() => setN(n + 2)}>Add one twice</button>
      <p role="status">Count: {n}</p>
      {DAYS.map((d) => <button key={d} type="button" onClick={() => setDay(d)}>{d}</button>)}
      <p data-testid="day">{day ? "Day " + day : "No day"}</p>
    </section>
  );
}
"""
HEAD = 'from playwright.sync_api import expect\n\n\ndef test_add_one(mount):\n    page = mount("Counter.jsx")\n'
CLICK = '    page.get_by_role("button", name="Add one", exact=True).click()\n'


def counting(expected: str, name: str = "test_add_one") -> str:
    return HEAD.replace("test_add_one", name) + CLICK + \
        f'    expect(page.get_by_role("status")).to_have_text("Count: {expected}")\n'


PASSES = counting("1")
FAILS = counting("5")  # the screen says 1: fails at its last line
FAILS_EARLIER = HEAD + '    expect(page.get_by_role("status")).to_have_text("Count: 9")\n' + CLICK
NOTHING_MATCHES = HEAD + '    page.get_by_role("button", name="Add three").click()\n' + \
    '    expect(page.get_by_role("status")).to_have_text("Count: 3")\n'
VACUOUS = HEAD + CLICK
CLASH = counting("1").replace(', exact=True', '')  # "Add one" is also inside "Add one twice"
DAY = HEAD.replace("test_add_one", "test_pick_a_day") + '    page.get_by_role("button", name="2").click()\n' + \
    '    expect(page.get_by_test_id("day")).to_have_text("Day 2")\n'


def needs_browser() -> None:
    if not (NODE_MODULES / "react").is_dir() or not Path("/usr/bin/chromium").exists():
        pytest.skip("needs Chromium and fixtures/atlas/node_modules")


@pytest.fixture
def project(scripted_project, monkeypatch):
    """The counter screen and its one case, the scripted backend (conftest.py): ``script([answers])``."""
    needs_browser()
    scripted_project.makefile(".jsx", Counter=COUNTER)
    scripted_project.path.joinpath("Counter.manual.txt").write_text("1. Click Add one\nExpected: Count: 1\n")
    monkeypatch.setenv("MAMBAGEN_NODE_MODULES", str(NODE_MODULES))
    by_case = scripted_project.script
    scripted_project.script = lambda answers: by_case({"Counter.manual.txt": answers})
    return scripted_project


# pytest-playwright, where installed, opens a soft-assertion scope per test; the in-process run of pytester
# would nest a second one inside this test's and fail every test it runs.
NO_PLAYWRIGHT_PLUGIN = ("-p", "no:playwright")


def run(pytester, *args):
    return pytester.runpytest("-p", "scripted_backend", "-p", "no:cacheprovider", *NO_PLAYWRIGHT_PLUGIN,
                              "--mambagen", *args)


def written(pytester) -> str:
    return (pytester.path / "test_counter.py").read_text()


def test_first_candidate_fails_on_the_screen_the_second_is_written_verified(project):
    project.script([FAILS, PASSES])
    result = run(project, "-rA")
    text = written(project)
    assert text.splitlines()[3].startswith("# mambagen: verified on the current screen, candidate 2 of 3, ")
    assert text.endswith(PASSES)
    out = result.stdout.str()
    assert "generated, verified" in out
    assert "candidate 1 not chosen: test_add_one fails at line 7" in out  # the first was tried and said why
    result.stdout.fnmatch_lines(["*mambagen*", "*verified on the current screen, candidate 2 of 3*",
                                 "PASSED test_counter.py::test_add_one*"])
    assert len(project.calls()) == 2  # stopped at the first that passed
    assert result.ret == pytest.ExitCode.OK


def test_when_none_passes_the_furthest_is_written_unverified_with_its_failing_line(project):
    project.script([FAILS_EARLIER, FAILS, FAILS_EARLIER])
    result = run(project)
    text = written(project)
    lines = text.splitlines()
    assert lines[3].startswith("# mambagen: unverified: no candidate passed on the current screen (3 tried")
    assert "candidate 2 got furthest" in lines[3]
    # the failing line, numbered as in the written file, and why
    failing = next(i for i, line in enumerate(lines, 1) if i > 5 and "Count: 5" in line)
    assert f"fails at line {failing}: `expect(page.get_by_role(\"status\")).to_have_text(\"Count: 5\")`" in lines[4]
    assert "either the screen differs from the case or the test is wrong" in lines[4]
    out = " ".join(result.stdout.str().split())
    assert "generated, unverified" in out and f"fails at line {failing}" in out
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # written, run, and failing: never hidden


def test_strict_fails_the_run_on_an_unverified_test(project):
    project.script([FAILS])
    result = run(project, "--mambagen-candidates", "1", "--mambagen-strict", "-k", "no_such_test")
    assert "unverified" in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    project.script([PASSES])
    result = run(project, "--mambagen-regenerate", "--mambagen-candidates", "1", "--mambagen-strict",
                 "-k", "no_such_test")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED  # verified: strict has nothing to say


def test_a_locator_matching_nothing_is_rejected_before_it_runs(project):
    project.script([NOTHING_MATCHES, PASSES])
    result = run(project)
    out = " ".join(result.stdout.str().split())
    assert ('candidate 1 not chosen: line 6: get_by_role("button", name="Add three") matches nothing on the '
            "mounted screen") in out
    assert "timed out" not in out  # it was never run
    assert written(project).endswith(PASSES)


def test_a_strict_mode_clash_gets_the_recorded_exact_repair(project):
    project.script([CLASH])
    result = run(project, "--mambagen-candidates", "1")
    text = written(project)
    assert 'name="Add one", exact=True' in text and "verified on the current screen, candidate 1 of 1" in text
    assert 'repaired: added exact=True to get_by_role(..., "Add one"): "Add one twice" is also on the screen' \
        in " ".join(result.stdout.str().split())
    assert result.ret == pytest.ExitCode.OK


def test_a_clash_that_appears_only_after_a_step_gets_the_same_repair_in_the_run(project):
    # "Add one twice" is rendered only once the count is above 0: at mount "Add one" names one button,
    # after the first click it names two, and the second click is a strict-mode violation
    project.path.joinpath("Counter.jsx").write_text(COUNTER.replace(
        '<button type="button" onClick={() => setN(n + 2)}>Add one twice</button>',
        '{n > 0 && <button type="button" onClick={() => setN(n + 2)}>Add one twice</button>}'))
    twice = HEAD + CLICK.replace(", exact=True", "") * 2 + \
        '    expect(page.get_by_role("status")).to_have_text("Count: 2")\n'
    project.script([twice])
    result = run(project, "--mambagen-candidates", "1")
    text = written(project)
    assert text.count('name="Add one", exact=True') == 2
    assert "verified on the current screen, candidate 1 of 1" in text
    assert 'repaired: added exact=True to get_by_role(..., "Add one")' in " ".join(result.stdout.str().split())
    assert result.ret == pytest.ExitCode.OK


def test_a_vacuous_candidate_is_never_chosen(project):
    project.script([VACUOUS, PASSES])
    run(project)
    assert written(project).endswith(PASSES)
    project.script([VACUOUS, VACUOUS])
    result = run(project, "--mambagen-regenerate", "--mambagen-candidates", "2")
    out = " ".join(result.stdout.str().split())
    assert "rejected" in out and "test_add_one() checks nothing" in out
    assert written(project).endswith(PASSES)  # the earlier file stays


def test_strings_the_screen_composes_at_run_time_are_judged_on_the_screen(project):
    project.script([DAY])
    result = run(project, "--mambagen-candidates", "1")
    assert "verified on the current screen" in written(project)
    assert "judged on the mounted screen" in " ".join(result.stdout.str().split())
    # without verification the static check alone refuses it, as before
    project.script([DAY])
    (project.path / "test_counter.py").unlink()
    result = run(project, "--mambagen-candidates", "1", "--no-mambagen-verify")
    assert not (project.path / "test_counter.py").exists()
    assert 'uses "2", which is not on the screen' in result.stdout.str()


def test_no_verify_keeps_todays_behaviour(project):
    project.script([FAILS, PASSES])
    result = run(project, "--no-mambagen-verify")
    text = written(project)
    assert text.splitlines()[3] == "from playwright.sync_api import expect"  # no status line
    assert text.endswith(FAILS) and len(project.calls()) == 1
    assert "verified" not in result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_ini_twins_and_the_note_when_no_browser_stack_is_found(project, monkeypatch, tmp_path):
    (project.path / "pytest.ini").write_text("[pytest]\nmambagen_verify = false\n")
    project.script([FAILS, PASSES])
    run(project)
    assert written(project).endswith(FAILS)
    (project.path / "pytest.ini").unlink()
    empty = tmp_path / "empty_node_modules"
    empty.mkdir()
    monkeypatch.setenv("MAMBAGEN_NODE_MODULES", str(empty))
    project.script([FAILS, PASSES])
    result = run(project, "--mambagen-regenerate")
    result.stdout.fnmatch_lines(["mambagen: verification off: no node_modules with react above Counter.jsx*"])
    assert written(project).endswith(FAILS)
    result = run(project, "--mambagen-regenerate", "--mambagen-verify")
    result.stdout.fnmatch_lines(["*not generated: --mambagen-verify is on, but no node_modules*"])


def test_under_xdist_verification_runs_on_the_controller(project, monkeypatch):
    pytest.importorskip("xdist")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]))
    project.script([FAILS, PASSES])
    result = project.runpytest_subprocess("-p", "scripted_backend", "-p", "no:cacheprovider", "--mambagen",
                                          "-n", "2", "-rA")
    result.stdout.fnmatch_lines(["*verified on the current screen, candidate 2 of 3*", "*1 passed*"])
    assert "verified on the current screen" in written(project)
    assert len(project.calls()) == 2


def test_generate_command_verifies(project):
    import subprocess
    import sys

    project.script([FAILS, PASSES])
    env = {**os.environ, "MAMBAGEN_BACKEND": "scripted_backend:make_backend",
           "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-m", "pytest_mambagen.cli", "generate", ".", "--quiet"],
                         cwd=project.path, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "verified on the current screen, candidate 2 of 3" in written(project)


def test_remote_worker_generates_and_verification_runs_where_the_screen_is(project, tiny_model_dir, tmp_path,
                                                                          monkeypatch):
    from worker_kit import TOKEN, WorkerProcess, tiny_copy

    model = tiny_copy(tiny_model_dir, tmp_path / "model")
    (tmp_path / "remote.json").write_text(json.dumps([{"match": "Screen: Counter.jsx", "answers": [FAILS, PASSES]}]))
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    token_file.chmod(0o600)
    worker = WorkerProcess(["--model", str(model), "--script", str(tmp_path / "remote.json"),
                            "--token-file", str(token_file)], script=True)
    try:
        monkeypatch.setenv("MAMBAGEN_TOKEN", TOKEN)
        result = project.runpytest("-p", "no:cacheprovider", *NO_PLAYWRIGHT_PLUGIN, "--mambagen",
                                   "--mambagen-worker", worker.url, "--mambagen-max-new-tokens", "400")
        assert "verified on the current screen, candidate 2 of 3" in written(project), result.stdout.str()
        result.stdout.fnmatch_lines(["*1 passed*"])
    finally:
        worker.stop()


def test_the_evaluation_reports_the_model_and_the_pipeline(tmp_path):
    from test_eval_runner import GOOD, WRONG, FakeBackend, make_project, metrics

    from pytest_mambagen.evaluation.datasets import load_dataset
    from pytest_mambagen.evaluation.runner import EvalOptions, Evaluation

    needs_browser()
    project = make_project(tmp_path / "p")
    opts = EvalOptions(dataset=str(project), candidates=2, ks=(1, 2), baseline=False, skip_text=True,
                       workdir=str(tmp_path / "work"))
    backend = FakeBackend(answers={1.0: [WRONG, GOOD]})
    result = Evaluation(opts, load_dataset(opts.dataset), backend=backend).run()
    adapter = metrics(result, "adapter")
    assert adapter["pass@1"] == 0.0 and adapter["pass@2"] == 1.0  # the raw model: its first answer is wrong
    pipeline = adapter["pipeline"]  # the product: the loop tried the first, ran it, and wrote the second
    assert pipeline["written_pass"] == 1.0 and pipeline["verified"] == 1.0 and pipeline["kill_rate"] == 1.0
    assert pipeline["candidates_per_case"] == 2 and pipeline["s_per_case"] > 0
    chosen = result["cases"][0]["configs"]["adapter"]["pipeline"]
    assert chosen["status"] == "verified" and chosen["index"] == 2


# -- the loop's pieces, without a browser ---------------------------------------------------------

def test_plan_is_greedy_first_then_resamples_with_stable_seeds():
    draws = plan(3, 0.0, "fp")
    assert [d.temperature for d in draws] == [0.0, 0.7, 0.7]
    assert [d.seed for d in draws] == [d.seed for d in plan(3, 0.0, "fp")] and len({d.seed for d in draws}) == 3


def test_named_scenarios_and_vacuity():
    assert named_scenarios("Feature: x\n  Scenario: one\n  Scenario Outline: two <n>\nScenario 3: three\n") == \
        ["one", "two <n>", "three"]
    assert named_scenarios("1. Click\nExpected: ok\n") == []
    assert checks_nothing(VACUOUS) == ["test_add_one()"] and checks_nothing(PASSES) == []


def test_security_rejections_stay_absolute_when_verifying():
    inventory = screen_inventory(COUNTER, "Counter.jsx")
    case = CaseInputs("Counter.jsx", COUNTER, Path("Counter.jsx"), {}, inventory)
    hostile = DAY.replace('    page.get_by_role("button", name="2").click()\n',
                          '    page.get_by_role("button", name="2").evaluate("fetch(1)")\n')
    assert check(hostile, case, verify=True).status == "rejected"
    assert check("import os\n" + DAY, case, verify=True).status == "rejected"
    assert check(DAY.replace("Counter.jsx", "Other.jsx"), case, verify=True).status == "rejected"
    assert check(DAY, case, verify=True).status == "screen" and check(DAY, case).status == "rejected"
