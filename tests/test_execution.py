"""The batched job runner: many test files, overrides, hangs and broken files in few sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pytest_mambagen.execution import Job, JobResult, RunReport, default_node_modules, run_jobs
from pytest_mambagen.execution_plugin import job_of

NODE_MODULES = default_node_modules()
pytestmark = pytest.mark.skipif(
    NODE_MODULES is None, reason="fixtures/atlas/node_modules missing: run scripts/setup_browser.sh"
)

COUNTER = """\
import { useState } from "react";

export default function Counter({ step = 1 }) {
  const [n, setN] = useState(0);
  return (
    <section>
      <button onClick={() => setN(n + step)}>Increment</button>
      <output aria-label="Total">{n}</output>
    </section>
  );
}
"""

COUNTER_TEST = """\
import pytest
from playwright.sync_api import expect


def test_starts_at_zero(mount):
    page = mount("Counter.jsx")
    expect(page.get_by_label("Total")).to_have_text("0")


@pytest.mark.parametrize(("clicks", "total"), [(1, "1"), (3, "3")])
def test_increments(mount, clicks, total):
    page = mount("Counter.jsx")
    for _ in range(clicks):
        page.get_by_role("button", name="Increment").click()
    expect(page.get_by_label("Total")).to_have_text(total)
"""


def sample(root: Path, name: str, test_text: str = COUNTER_TEST, screen: str = COUNTER) -> Path:
    """One sample as the data builder makes it: a .jsx and a test file in their own folder."""
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "Counter.jsx").write_text(screen)
    test = folder / "test_counter.py"  # every sample uses the same file name
    test.write_text(test_text)
    return test


def by_name(report: RunReport) -> dict[str, JobResult]:
    return {r.name: r for r in report.results}


@pytest.mark.browser
def test_batched_jobs_with_overrides_errors_and_a_hang(tmp_path):
    good = sample(tmp_path, "good")
    mutant = tmp_path / "mutants" / "adds-two.jsx"
    mutant.parent.mkdir()
    mutant.write_text(COUNTER.replace("n + step", "n + step + 1"))
    broken = sample(tmp_path, "broken", test_text="def test_x(:\n    pass\n")
    empty = sample(tmp_path, "empty", test_text="X = 1\n")
    hang = sample(tmp_path, "hang", test_text="def test_forever(mount):\n    while True:\n        pass\n")
    bad_jsx = sample(tmp_path, "badjsx", screen="export default function Counter() { return <div>; }\n")
    jobs = [
        Job(good, name="good"),
        Job(good, overrides={good.parent / "Counter.jsx": mutant}, name="mutant"),
        Job(good, overrides={good.parent / "Counter.jsx": mutant}, name="mutant-stop",
            stop_at_first_failure=True),
        Job(broken, name="broken"),
        Job(empty, name="empty"),
        Job(hang, name="hang"),
        Job(bad_jsx, name="badjsx"),
        Job(sample(tmp_path, "good2"), name="good2"),  # after the hang: the same session goes on
    ]
    seen: list[tuple[int, int]] = []
    report = run_jobs(jobs, node_modules=NODE_MODULES, test_timeout_s=15, expect_timeout_ms=1000,
                      progress=lambda done, total: seen.append((done, total)))
    results = by_name(report)
    assert [r.name for r in report.results] == [j.name for j in jobs]  # order kept

    assert results["good"].outcome == "passed" and results["good"].counts["passed"] == 3
    assert results["good2"].outcome == "passed"

    mutant_result = results["mutant"]
    assert mutant_result.outcome == "failed"
    outcomes = {t.name: t.outcome for t in mutant_result.tests}
    assert outcomes == {"test_starts_at_zero": "passed", "test_increments[1-1]": "failed",
                        "test_increments[3-3]": "failed"}
    failed = next(t for t in mutant_result.tests if t.outcome == "failed")
    assert "to have text" in failed.message and "Actual value: 2" in failed.message
    assert failed.duration_s > 0 and "test_counter.py" in failed.details

    stopped = {t.name: t.outcome for t in results["mutant-stop"].tests}
    assert results["mutant-stop"].outcome == "failed" and stopped["test_increments[3-3]"] == "skipped"

    assert results["broken"].outcome == "error" and "SyntaxError" in results["broken"].message
    assert results["empty"].outcome == "error" and "no tests" in results["empty"].message
    assert results["hang"].outcome == "error" and "timed out" in results["hang"].message
    assert results["badjsx"].outcome == "failed"  # mount raised inside the test: pytest calls it failed
    bad_test = results["badjsx"].tests[0]
    assert "esbuild could not bundle" in bad_test.message and "Counter.jsx:1:" in bad_test.details

    assert report.sessions == 1  # pytest-timeout stops the hang inside the session: no restart
    assert report.tests >= 10 and report.tests_per_s > 0
    assert seen and seen[-1] == (len(jobs), len(jobs))
    assert "tests/s" in report.summary()
    assert report.to_dict()["results"][1]["overrides"]


@pytest.mark.browser
def test_two_workers_share_the_jobs_as_they_run(tmp_path):
    """pytest-xdist hands out whole jobs as workers free up: one slow job does not hold back a fixed half."""
    slow = sample(tmp_path, "slow", test_text=COUNTER_TEST + "\n\ndef test_slow(mount):\n"
                  "    import time\n    time.sleep(15)\n")
    jobs = [Job(slow, name="slow")] + [Job(sample(tmp_path, f"s{i}"), name=f"s{i}") for i in range(5)]
    keep = tmp_path / "run"
    report = run_jobs(jobs, node_modules=NODE_MODULES, workers=2, keep_dir=keep)
    assert report.workers == 2 and report.sessions == 1
    assert all(r.outcome == "passed" for r in report.results), report.summary()
    # the quick jobs went to the worker that was not busy with the slow one (fixed halves would be 3
    # and 3; xdist hands each worker a second job up front, so one quick job may wait behind the slow one)
    lines = [json.loads(line) for line in (keep / "session-0" / "report-log.jsonl").read_text().splitlines()]
    node = {job_of(d["nodeid"]): str(d.get("worker_id") or d.get("node")) for d in lines
            if d.get("$report_type") == "TestReport" and d.get("when") == "call"}
    assert len(set(node.values())) == 2, node
    assert sum(node[i] != node[0] for i in range(1, 6)) >= 4, node


def test_missing_test_file_is_an_error_without_a_browser(tmp_path):
    report = run_jobs([Job(tmp_path / "test_nothing.py")], node_modules=NODE_MODULES, browser="/no/chromium")
    assert report.results[0].outcome == "error"
    assert "not found" in report.results[0].message


def test_bad_arguments():
    with pytest.raises(ValueError, match="workers"):
        run_jobs([], workers=0)
    assert run_jobs([]).results == []


@pytest.mark.browser
def test_page_isolation_gives_the_same_outcomes(tmp_path):
    good = sample(tmp_path, "good")
    mutant = tmp_path / "adds-two.jsx"
    mutant.write_text(COUNTER.replace("n + step", "n + step + 1"))
    jobs = [Job(good, name="good"), Job(good, overrides={good.parent / "Counter.jsx": mutant}, name="mutant"),
            Job(sample(tmp_path, "other"), name="other")]
    report = run_jobs(jobs, node_modules=NODE_MODULES, isolation="page", expect_timeout_ms=1000)
    outcomes = {r.name: r.outcome for r in report.results}
    assert outcomes == {"good": "passed", "mutant": "failed", "other": "passed"}, report.summary()
    with pytest.raises(ValueError, match="isolation"):
        run_jobs(jobs, isolation="tab")
