"""Run test files on mounted screens, many at a time, and report per job and per test.

One *job* is a pytest test file that uses the ``mount`` fixture, optionally with
an override map that swaps a screen for a replacement (a mutant) while the test
runs. Jobs are batched into as few pytest sessions as possible: one subprocess
per worker runs ``pytest`` once over a manifest of jobs, with one Chromium for
the whole session and a fresh browser context per test. Used by the fixture
report, by the synthetic data builder (thousands of one-screen samples) and by
the evaluation (generated test x correct screen, generated test x each mutant).

API::

    from pytest_mambagen.execution import Job, run_jobs, default_node_modules

    report = run_jobs(
        [
            Job("fixtures/atlas/reference/shop/test_cart.py"),
            Job("fixtures/atlas/reference/shop/test_cart.py",
                overrides={"fixtures/atlas/src/shop/Cart.jsx":
                           "fixtures/atlas/mutants/Cart/off-by-one-total.jsx"},
                name="Cart/off-by-one-total"),
        ],
        node_modules=default_node_modules(),   # for samples in folders without node_modules
        workers=1,
        isolation=None,        # "page": reuse one page per worker (bulk sample verification)
    )
    for result in report.results:
        print(result.name, result.outcome, result.counts, result.message)
    print(report.tests_per_s)

* :class:`Job` -- ``test_path``, ``overrides`` (``{original screen: replacement}``,
  any paths, made absolute), ``name`` (free label; default the test path).
* :func:`run_jobs` -> :class:`RunReport` with ``results`` (one :class:`JobResult`
  per job, in the order given), ``wall_s``, ``tests_per_s``, ``sessions`` and
  totals. A :class:`JobResult` has ``outcome`` (``"passed"``: every test passed;
  ``"failed"``: a test failed; ``"error"``: the file did not collect, had no
  test, a fixture errored, a test hung or the session crashed), ``tests`` (one
  :class:`TestResult` each: ``nodeid``, ``name``, ``outcome`` in
  passed/failed/error/skipped, ``duration_s``, a one-line ``message`` and the
  report's ``details`` text, page errors included) and a ``message``.
* The same test file may appear in several jobs (with different overrides):
  each job gets its own collector node in the session (ids ``job-<i>::<file>::<test>``).
* Robustness: a test that runs longer than ``test_timeout_s`` (a Python loop, a
  wedged browser) is interrupted by pytest-timeout; that test and its job are
  reported as ``error`` ("timed out") and the session goes on. A worker that
  crashes is restarted by pytest-xdist, and the test it was running is an
  ``error``.
* Test files are imported with ``--import-mode=importlib`` (many samples share a
  file name) under an empty ini file, so the conftest and ini of the folders
  they live in are not used; fixtures come from the plugin only.
* Tools: ``node_modules``, ``esbuild``, ``browser`` and ``cache_dir`` are passed
  to the workers as ``MAMBAGEN_NODE_MODULES``, ``MAMBAGEN_ESBUILD``,
  ``MAMBAGEN_BROWSER`` and ``MAMBAGEN_CACHE_DIR``. Samples in temp folders have no
  ``node_modules``; :func:`default_node_modules` (this checkout's
  ``fixtures/atlas/node_modules``) is the sensible choice for our own scripts.

How it runs: this module is the parent. It writes the jobs to a
``*.mambagen-jobs.json`` manifest and starts one pytest session over it, with
``-p pytest_mambagen.execution_plugin`` (the child side: the manifest collector),
pytest-xdist (``-n workers``, with the child's scheduler: xdist's scope scheduling
where the scope is the job, so whole jobs go to workers as they free up; issue 15
asked for ``--dist loadgroup``, which pytest 9 breaks, see execution_plugin.py),
pytest-timeout (``--timeout``) and pytest-reportlog (``--report-log``), whose lines the parent reads as they come for progress and
results. Until issue 15 this module re-implemented all three (sessions per fixed
half of the jobs, a JSON-lines event stream, kills and requeues); measured on the
same work, the standard plugins were not slower (``benchmarks/results/bulk-execution.json``).

Size (~580 lines): the result types that three callers share, the report-log reader and the
``python -m`` command line are most of it; the runner itself is ~150 lines.
Standard library and pytest only at import time.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .execution_plugin import COLLECTED_SUFFIX, MANIFEST_SUFFIX, job_of, short_name
from .harness import (
    ENV_ACTION_TIMEOUT,
    ENV_BROWSER,
    ENV_CACHE_DIR,
    ENV_ESBUILD,
    ENV_EXPECT_TIMEOUT,
    ENV_ISOLATION,
    ENV_NODE_MODULES,
    ENV_TEST_TIMEOUT,
    ISOLATIONS,
    normalize_overrides,
)

OUTCOMES = ("passed", "failed", "error", "skipped")
_MAX_DETAILS = 6000


@dataclass(frozen=True)
class Job:
    """One test file to run, optionally with screens replaced (``{original: replacement}``)."""

    test_path: Path
    overrides: Mapping[str, str] = field(default_factory=dict)
    name: str | None = None
    #: skip the job's remaining tests once one failed (enough to know a mutant is killed)
    stop_at_first_failure: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "test_path", Path(self.test_path).resolve())
        object.__setattr__(self, "overrides", normalize_overrides(self.overrides))

    @property
    def label(self) -> str:
        return self.name or str(self.test_path)


@dataclass
class TestResult:
    nodeid: str
    name: str  # the test's name inside its file, e.g. "test_total[2-$4.00]"
    outcome: str  # passed | failed | error | skipped
    duration_s: float = 0.0
    message: str = ""  # one line: the assertion or error, page errors appended
    details: str = ""  # pytest's failure text (truncated)

    __test__ = False  # not a pytest test class


@dataclass
class JobResult:
    job: Job
    outcome: str  # passed | failed | error
    tests: list[TestResult] = field(default_factory=list)
    message: str = ""
    duration_s: float = 0.0

    @property
    def name(self) -> str:
        return self.job.label

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(OUTCOMES, 0)
        for t in self.tests:
            counts[t.outcome] = counts.get(t.outcome, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "test_path": str(self.job.test_path),
            "overrides": dict(self.job.overrides),
            "outcome": self.outcome,
            "message": self.message,
            "duration_s": round(self.duration_s, 4),
            "tests": [
                {"nodeid": t.nodeid, "name": t.name, "outcome": t.outcome,
                 "duration_s": round(t.duration_s, 4), "message": t.message}
                for t in self.tests
            ],
        }


@dataclass
class RunReport:
    results: list[JobResult]
    wall_s: float
    sessions: int  # pytest sessions started (restarts after a hang or crash included)
    workers: int

    @property
    def tests(self) -> int:
        return sum(len(r.tests) for r in self.results)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.results for t in r.tests if t.outcome == outcome)

    @property
    def tests_per_s(self) -> float:
        return self.tests / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def jobs_per_s(self) -> float:
        return len(self.results) / self.wall_s if self.wall_s > 0 else 0.0

    def summary(self) -> str:
        jobs = {o: sum(1 for r in self.results if r.outcome == o) for o in ("passed", "failed", "error")}
        return (f"{len(self.results)} jobs ({jobs['passed']} passed, {jobs['failed']} failed, {jobs['error']} error), "
                f"{self.tests} tests ({self.count('passed')} passed, {self.count('failed')} failed, "
                f"{self.count('error')} error) in {self.wall_s:.1f} s: {self.tests_per_s:.2f} tests/s, "
                f"{self.sessions} session(s), {self.workers} worker(s)")

    def to_dict(self) -> dict[str, Any]:
        return {"wall_s": round(self.wall_s, 3), "sessions": self.sessions, "workers": self.workers,
                "tests": self.tests, "tests_per_s": round(self.tests_per_s, 3),
                "results": [r.to_dict() for r in self.results]}


def default_node_modules() -> Path | None:
    """This checkout's ``fixtures/atlas/node_modules`` (react, react-dom, esbuild), if installed."""
    candidate = Path(__file__).resolve().parent.parent / "fixtures" / "atlas" / "node_modules"
    return candidate if (candidate / "react").is_dir() else None


# -- the parent: one pytest session on pytest-xdist, read through its report log ----------------------


class _Collector:
    """Accumulates the report log's test reports into per-job results."""

    def __init__(self, jobs: Sequence[Job], test_timeout_s: float):
        self.jobs = list(jobs)
        self.test_timeout_s = test_timeout_s
        self.tests: dict[int, dict[str, TestResult]] = {i: {} for i in range(len(jobs))}
        self.collect_errors: dict[int, str] = {}
        self.final: dict[int, JobResult] = {}
        self.durations: dict[int, float] = dict.fromkeys(range(len(jobs)), 0.0)
        self.finished: dict[int, set[str]] = {i: set() for i in range(len(jobs))}  # node ids past teardown
        self.session_error: str | None = None

    def line(self, data: dict[str, Any]) -> None:
        kind = data.get("$report_type")
        # under xdist the log holds the worker as a string ("node"); pytest's report would take it for
        # the worker object when it renders the failure text
        data = {k: v for k, v in data.items() if k != "node"}
        if kind == "CollectReport" and data.get("outcome") == "failed":
            self._collect_error(pytest.CollectReport._from_json(data))
        elif kind == "TestReport":
            self._report(pytest.TestReport._from_json(data))

    def _collect_error(self, report: pytest.CollectReport) -> None:
        job = job_of(report.nodeid)
        if job is None or job in self.collect_errors:
            return
        text = str(report.longreprtext or report.longrepr)
        lines = [ln for ln in text.splitlines() if ln.strip()]
        short = next((ln[1:].strip() for ln in reversed(lines) if ln.startswith("E ")), lines[-1] if lines else "")
        self.collect_errors[job] = f"collection failed: {short}"[:500]

    def _report(self, report: pytest.TestReport) -> None:
        job = job_of(report.nodeid)
        if job is None or job >= len(self.jobs):
            return
        nodeid = _plain_nodeid(report.nodeid)
        self.durations[job] += report.duration
        current = self.tests[job].get(nodeid)
        if current is None:
            current = TestResult(nodeid=nodeid, name=short_name(nodeid), outcome="passed")
            self.tests[job][nodeid] = current
        current.duration_s += report.duration
        if report.when in ("teardown", "???"):  # "???": xdist's report for a test its worker died in
            self.finished[job].add(nodeid)
        message = _short_message(report) if (report.failed or report.skipped) else ""
        # pytest-timeout's verdict, or the harness's own per-test limit (which names its variable)
        if report.failed and (message.startswith("Failed: Timeout") or ENV_TEST_TIMEOUT in message):
            current.outcome = "error"
            current.message = f"timed out: no progress for {self.test_timeout_s:g} s in {current.name}"
            current.details = report.longreprtext[-_MAX_DETAILS:]
        elif report.failed and report.when == "???":  # xdist: the worker died while running it
            current.outcome = "error"
            current.message = f"pytest worker crashed during {current.name}: {message}"
        elif report.skipped and report.when in ("setup", "call") and current.outcome == "passed":
            current.outcome = "skipped"
            current.message = message
        elif report.failed:
            if current.outcome in ("passed", "skipped"):
                current.outcome = "failed" if report.when == "call" else "error"
                current.message = message
                current.details = report.longreprtext[-_MAX_DETAILS:]
            elif current.message and message:
                current.details += "\n" + report.longreprtext[-_MAX_DETAILS:]

    def finalize(self, job: int) -> None:
        if job in self.final:
            return
        tests = list(self.tests[job].values())
        if job in self.collect_errors:
            outcome, message = "error", self.collect_errors[job]
        elif not tests and self.session_error:
            outcome, message = "error", self.session_error
        elif not tests:
            outcome, message = "error", f"no tests collected from {self.jobs[job].test_path.name}"
        elif any(t.outcome == "error" for t in tests):
            first = next(t for t in tests if t.outcome == "error")
            outcome, message = "error", first.message if first.message.startswith("timed out") \
                else f"{first.name}: {first.message}"
        elif any(t.outcome == "failed" for t in tests):
            first = next(t for t in tests if t.outcome == "failed")
            outcome, message = "failed", f"{first.name}: {first.message}"
        else:
            outcome, message = "passed", ""
        self.final[job] = JobResult(job=self.jobs[job], outcome=outcome, tests=tests, message=message,
                                    duration_s=self.durations[job])


def _plain_nodeid(nodeid: str) -> str:
    """``job-3::test_cart.py::test_total@job-3`` -> ``job-3::test_cart.py::test_total`` (no xdist group)."""
    head = nodeid.rpartition("::")[0]
    return f"{head}::{short_name(nodeid)}" if head else nodeid


def _short_message(report: pytest.TestReport) -> str:
    """One line for a failed or skipped report: the crash message, page errors appended."""
    longrepr = report.longrepr
    message = ""
    crash = getattr(longrepr, "reprcrash", None)
    if crash is not None and getattr(crash, "message", None):
        message = crash.message
    elif isinstance(longrepr, tuple) and len(longrepr) == 3:  # skip: (path, line, reason)
        message = str(longrepr[2])
    elif longrepr is not None:
        lines = [ln for ln in str(longrepr).splitlines() if ln.strip()]
        message = lines[-1] if lines else ""
    first = [ln.strip() for ln in message.splitlines() if ln.strip()]
    short = " ".join(first[:2])
    page_errors = [c for name, c, *_ in getattr(longrepr, "sections", []) if "page errors" in name]
    page_errors += [c for name, c in report.sections if "page errors" in name]
    if page_errors:
        short += " | page errors: " + " / ".join(page_errors[0].splitlines()[:3])
    return short[:1000]


def _worker_env(node_modules: Any, esbuild: Any, browser: Any, cache_dir: Any,
                env: Mapping[str, str] | None, action_timeout_ms: float | None,
                expect_timeout_ms: float | None) -> dict[str, str]:
    out = dict(os.environ)
    if env:
        out.update(env)
    if action_timeout_ms is not None:
        out[ENV_ACTION_TIMEOUT] = str(action_timeout_ms)
    if expect_timeout_ms is not None:
        out[ENV_EXPECT_TIMEOUT] = str(expect_timeout_ms)
    for name, value in ((ENV_NODE_MODULES, node_modules), (ENV_ESBUILD, esbuild),
                        (ENV_BROWSER, browser), (ENV_CACHE_DIR, cache_dir)):
        if value:
            out[name] = str(Path(value).resolve()) if name != ENV_BROWSER or os.sep in str(value) else str(value)
    # the session's command line is ours alone (an inherited `-n 2` or `-p` would change what runs)
    out.pop("PYTEST_ADDOPTS", None)
    out.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    out["PYTHONUNBUFFERED"] = "1"
    return out


@dataclass
class _Session:
    """One pytest session over a chunk of jobs, and where it writes."""

    folder: Path
    proc: subprocess.Popen
    report_log: Path
    log_path: Path
    offset: int = 0
    partial: str = ""
    last_line: float = field(default_factory=time.monotonic)
    collected: dict[int, list[str]] | None = None  # job -> node ids, once the child wrote them


def _start_session(run_dir: Path, index: int, jobs: Sequence[Job], job_ids: Sequence[int], *, workers: int,
                   python: str, env: dict[str, str], test_timeout_s: float, extra_args: Sequence[str]) -> _Session:
    folder = run_dir / f"session-{index}"
    folder.mkdir(parents=True)
    manifest = folder / f"jobs{MANIFEST_SUFFIX}"
    manifest.write_text(json.dumps({"jobs": [
        {"index": i, "test_path": str(jobs[i].test_path), "overrides": dict(jobs[i].overrides),
         "stop_at_first_failure": jobs[i].stop_at_first_failure} for i in job_ids
    ]}), encoding="utf-8")
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    report_log = folder / "report-log.jsonl"
    log = folder / "pytest.log"
    # one worker: no xdist controller (it would only add a process and a hop); several: whole jobs
    # handed out as workers free up, so a slow job never holds back a fixed share
    # (the child plugin's scheduler makes the job the unit: see execution_plugin.py)
    spread = (["-n", str(workers), "--dist", "loadscope", "--max-worker-restart", str(4 * workers)]
              if workers > 1 else ["-p", "no:xdist"])
    cmd = [
        python, "-m", "pytest", str(manifest),
        "-p", "pytest_mambagen.execution_plugin", "-p", "no:cacheprovider", "-p", "no:randomly",
        "-c", str(folder / "pytest.ini"), "--rootdir", str(folder), "-o", "addopts=",
        "--import-mode=importlib", f"--basetemp={folder / 'tmp'}", "-q", "--no-header", "-rN",
        "--continue-on-collection-errors", *spread,
        # SIGALRM interrupts a Python loop and Playwright's waits alike, and the session goes on
        # (the harness's own per-test alarm nests inside it); a thread would have to kill the worker
        f"--timeout={test_timeout_s:g}", "--timeout-method=signal",
        f"--report-log={report_log}",
        *extra_args,
    ]
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, cwd=str(folder), env=env, stdout=fh, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    return _Session(folder=folder, proc=proc, report_log=report_log, log_path=log)


def _read_lines(session: _Session) -> list[dict[str, Any]]:
    """The report log's new complete lines (pytest-reportlog flushes one JSON object per line)."""
    try:
        with open(session.report_log, "rb") as fh:
            fh.seek(session.offset)
            data = fh.read()
    except OSError:
        return []
    if not data:
        return []
    session.offset += len(data)
    lines = (session.partial + data.decode("utf-8", "replace")).split("\n")
    session.partial = lines.pop()  # an unterminated last line waits for the next read
    out = []
    for line in lines:
        if line.strip():
            with contextlib.suppress(ValueError):
                out.append(json.loads(line))
    return out


def _kill(session: _Session) -> None:
    if session.proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(session.proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            session.proc.wait(timeout=10)


def _log_tail(session: _Session, n: int = 1500) -> str:
    try:
        text = session.log_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return text[-n:].strip()


def run_jobs(
    jobs: Sequence[Job],
    *,
    workers: int = 1,
    node_modules: str | os.PathLike | None = None,
    esbuild: str | os.PathLike | None = None,
    browser: str | os.PathLike | None = None,
    cache_dir: str | os.PathLike | None = None,
    test_timeout_s: float = 60.0,
    action_timeout_ms: float | None = None,
    expect_timeout_ms: float | None = None,
    isolation: str | None = None,
    max_jobs_per_session: int = 2000,
    python: str = sys.executable,
    extra_args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    keep_dir: str | os.PathLike | None = None,
) -> RunReport:
    """Run ``jobs`` in one pytest session (``workers`` xdist workers) and return per-job, per-test outcomes.

    ``workers`` processes run side by side (each with its own Chromium), fed one
    job at a time as they free up (the job is the scheduling unit). Sessions take at most
    ``max_jobs_per_session`` jobs each, one after the other (a bound on what one
    Chromium accumulates). ``test_timeout_s`` bounds one test, setup and teardown
    included (pytest-timeout); such a test and its job are ``error`` ("timed out")
    and the session goes on. ``action_timeout_ms`` and ``expect_timeout_ms``
    override the harness's 5 s / 3 s in the workers (lower them to kill mutants
    faster). ``isolation="page"`` makes the workers reuse one page for every test
    (storage cleared per mount), ~3x cheaper per test: meant for bulk
    verification of idiomatic samples; the default is a fresh browser context per
    test. ``progress(done, total)`` is called as jobs finish. ``keep_dir`` keeps
    the manifests, report logs and session logs there (default: a temp folder,
    removed afterwards).
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if max_jobs_per_session < 1:
        raise ValueError(f"max_jobs_per_session must be at least 1, got {max_jobs_per_session}")
    jobs = list(jobs)
    t0 = time.monotonic()
    if not jobs:
        return RunReport(results=[], wall_s=0.0, sessions=0, workers=workers)
    if isolation is not None and isolation not in ISOLATIONS:
        raise ValueError(f"isolation must be one of {', '.join(ISOLATIONS)}, got {isolation!r}")
    session_env = _worker_env(node_modules, esbuild, browser, cache_dir, env, action_timeout_ms, expect_timeout_ms)
    if isolation is not None:
        session_env[ENV_ISOLATION] = isolation
    # the harness's per-test alarm suspends pytest-timeout's while a mount test runs: make them one limit
    session_env[ENV_TEST_TIMEOUT] = f"{test_timeout_s:g}"
    collector = _Collector(jobs, test_timeout_s)
    tmp = None
    if keep_dir is not None:
        run_dir = Path(keep_dir)
        run_dir.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="mambagen-exec-")
        run_dir = Path(tmp.name)
    chunks = [list(range(i, min(i + max_jobs_per_session, len(jobs))))
              for i in range(0, len(jobs), max_jobs_per_session)]
    # a session silent this long is wedged beyond what pytest-timeout can interrupt (a stuck C call)
    silence_s = 2 * test_timeout_s + 60
    done_reported = 0
    session: _Session | None = None
    try:
        for index, chunk in enumerate(chunks):
            session = _start_session(run_dir, index, jobs, chunk, workers=min(workers, len(chunk)), python=python,
                                     env=session_env, test_timeout_s=test_timeout_s, extra_args=extra_args)
            remaining = {j: None for j in chunk}
            while True:
                rc = session.proc.poll()
                lines = _read_lines(session)
                if lines:
                    session.last_line = time.monotonic()
                for data in lines:
                    collector.line(data)
                    # a job is done when each of its tests has reported its teardown
                    if data.get("$report_type") == "TestReport" and data.get("when") in ("teardown", "???"):
                        job = job_of(str(data.get("nodeid", "")))
                        if job in remaining and _job_done(collector, session, job):
                            remaining.pop(job)
                            collector.finalize(job)
                if rc is not None:
                    break
                if time.monotonic() - session.last_line > silence_s:
                    _kill(session)
                    collector.session_error = f"pytest session wedged (no report for {silence_s:g} s)"
                    break
                if progress is not None and len(collector.final) != done_reported:
                    done_reported = len(collector.final)
                    progress(done_reported, len(jobs))
                time.sleep(0.05)
            if rc not in (None, 0, 1) and not any(collector.tests[j] for j in chunk):
                # it never ran a test (a usage error, a broken plugin): every job gets the reason
                collector.session_error = f"pytest session failed (exit {rc}): {_log_tail(session)}"
            for j in chunk:
                collector.finalize(j)
            collector.session_error = None
            if progress is not None and len(collector.final) != done_reported:
                done_reported = len(collector.final)
                progress(done_reported, len(jobs))
    finally:
        if session is not None:
            _kill(session)
        if tmp is not None:
            tmp.cleanup()
    return RunReport(results=[collector.final[j] for j in range(len(jobs))], wall_s=time.monotonic() - t0,
                     sessions=len(chunks), workers=workers)


def _job_done(collector: _Collector, session: _Session, job: int) -> bool:
    """Whether every test the session collected for ``job`` has finished (its teardown reported)."""
    if session.collected is None:
        try:
            raw = json.loads((session.folder / f"jobs{MANIFEST_SUFFIX}{COLLECTED_SUFFIX}").read_text("utf-8"))
        except (OSError, ValueError):
            return False
        session.collected = {int(k): list(v) for k, v in raw.items()}
    expected = session.collected.get(job)
    return expected is not None and set(expected) <= collector.finished[job]


def _main(argv: Sequence[str] | None = None) -> int:
    """``python -m pytest_mambagen.execution TEST.py [...]``: run test files, print a summary."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pytest_mambagen.execution", description=_main.__doc__)
    parser.add_argument("tests", nargs="+", type=Path)
    parser.add_argument("--override", action="append", default=[], metavar="ORIGINAL=REPLACEMENT")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--node-modules", default=None)
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args(argv)
    overrides = dict(o.split("=", 1) for o in args.override)
    report = run_jobs([Job(t, overrides) for t in args.tests], workers=args.workers,
                      node_modules=args.node_modules or default_node_modules())
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        for r in report.results:
            print(f"{r.outcome:7} {r.name}  {r.message}")
        print(report.summary())
    return 0 if all(r.outcome == "passed" for r in report.results) else 1


if __name__ == "__main__":
    raise SystemExit(_main())
