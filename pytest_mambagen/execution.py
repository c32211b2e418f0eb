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
* Robustness: a test that makes no progress for ``test_timeout_s`` (a Python
  loop, a wedged browser) gets its worker killed; that test and its job are
  reported as ``error`` ("timed out") and the jobs that had not finished run
  again in a fresh session. A crashed session is handled the same way.
* Test files are imported with ``--import-mode=importlib`` (many samples share a
  file name) under an empty ini file, so the conftest and ini of the folders
  they live in are not used; fixtures come from the plugin only.
* Tools: ``node_modules``, ``esbuild``, ``browser`` and ``cache_dir`` are passed
  to the workers as ``MAMBAGEN_NODE_MODULES``, ``MAMBAGEN_ESBUILD``,
  ``MAMBAGEN_BROWSER`` and ``MAMBAGEN_CACHE_DIR``. Samples in temp folders have no
  ``node_modules``; :func:`default_node_modules` (this checkout's
  ``fixtures/atlas/node_modules``) is the sensible choice for our own scripts.

Inside the worker, this module is also the pytest plugin (``-p
pytest_mambagen.execution``) that collects a ``*.mambagen-jobs.json`` manifest and
streams events (collected tests, test starts, reports) as JSON lines to
``<manifest>.events.jsonl``; the parent reads them while the worker runs.
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

from .harness import (
    ENV_ACTION_TIMEOUT,
    ENV_BROWSER,
    ENV_CACHE_DIR,
    ENV_ESBUILD,
    ENV_EXPECT_TIMEOUT,
    ENV_ISOLATION,
    ENV_NODE_MODULES,
    ISOLATIONS,
    OVERRIDES_KEY,
    normalize_overrides,
)

MANIFEST_SUFFIX = ".mambagen-jobs.json"
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


# -- parent side --------------------------------------------------------------


@dataclass
class _Worker:
    jobs: list[int]  # indices into the run's job list
    folder: Path
    proc: subprocess.Popen
    events_path: Path
    log_path: Path
    offset: int = 0
    started: float = field(default_factory=time.monotonic)
    last_event: float = field(default_factory=time.monotonic)
    running: str | None = None  # nodeid of the test in progress
    expected: dict[int, list[str]] = field(default_factory=dict)  # job -> nodeids collected
    finished: set[str] = field(default_factory=set)
    partial: str = ""


class _Collector:
    """Accumulates worker events into per-job results."""

    def __init__(self, jobs: Sequence[Job]):
        self.jobs = list(jobs)
        self.tests: dict[int, dict[str, TestResult]] = {i: {} for i in range(len(jobs))}
        self.collect_errors: dict[int, str] = {}
        self.collected: dict[int, list[str]] = {}
        self.final: dict[int, JobResult] = {}
        self.started_at: dict[int, float] = {}
        self.durations: dict[int, float] = {i: 0.0 for i in range(len(jobs))}

    def event(self, worker: _Worker, ev: dict[str, Any]) -> None:
        kind = ev.get("event")
        job = ev.get("job")
        if kind == "collected":
            for j, nodeids in ev["jobs"].items():
                worker.expected[int(j)] = list(nodeids)
                self.collected[int(j)] = list(nodeids)
        elif kind == "collect_error" and job is not None:
            self.collect_errors[job] = ev.get("message", "collection failed")
        elif kind == "start":
            worker.running = ev["nodeid"]
        elif kind == "report" and job is not None:
            self._report(job, ev)
        elif kind == "finish":
            worker.finished.add(ev["nodeid"])
            if worker.running == ev["nodeid"]:
                worker.running = None

    def _report(self, job: int, ev: dict[str, Any]) -> None:
        nodeid = ev["nodeid"]
        when, outcome = ev["when"], ev["outcome"]
        self.durations[job] += float(ev.get("duration", 0.0))
        current = self.tests[job].get(nodeid)
        if current is None:
            current = TestResult(nodeid=nodeid, name=_test_name(nodeid), outcome="passed")
            self.tests[job][nodeid] = current
        current.duration_s += float(ev.get("duration", 0.0))
        if outcome == "skipped" and when in ("setup", "call") and current.outcome == "passed":
            current.outcome = "skipped"
            current.message = ev.get("message", "")
        elif outcome == "failed":
            new = "failed" if when == "call" else "error"
            if current.outcome in ("passed", "skipped"):
                current.outcome = new
                current.message = ev.get("message", "")
                current.details = ev.get("details", "")
            elif current.message and ev.get("message"):
                current.details += "\n" + ev.get("details", "")

    def mark_error(self, job: int, nodeid: str | None, message: str) -> None:
        if nodeid:
            t = self.tests[job].get(nodeid)
            if t is None:
                t = TestResult(nodeid=nodeid, name=_test_name(nodeid), outcome="error")
                self.tests[job][nodeid] = t
            t.outcome = "error"
            t.message = message
        self.finalize(job, forced_error=message)

    def finalize(self, job: int, forced_error: str | None = None) -> None:
        if job in self.final:
            return
        tests = list(self.tests[job].values())
        if forced_error is not None:
            outcome, message = "error", forced_error
        elif job in self.collect_errors:
            outcome, message = "error", self.collect_errors[job]
        elif not tests:
            outcome, message = "error", f"no tests collected from {self.jobs[job].test_path.name}"
        elif any(t.outcome == "error" for t in tests):
            first = next(t for t in tests if t.outcome == "error")
            outcome, message = "error", f"{first.name}: {first.message}"
        elif any(t.outcome == "failed" for t in tests):
            first = next(t for t in tests if t.outcome == "failed")
            outcome, message = "failed", f"{first.name}: {first.message}"
        else:
            outcome, message = "passed", ""
        self.final[job] = JobResult(job=self.jobs[job], outcome=outcome, tests=tests, message=message,
                                    duration_s=self.durations[job])


def _test_name(nodeid: str) -> str:
    return nodeid.rsplit("::", 1)[-1]


def _job_of(nodeid: str) -> int | None:
    head = nodeid.split("::", 1)[0]
    if head.startswith("job-") and head[4:].isdigit():
        return int(head[4:])
    return None


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
    # the worker's pytest command line is ours alone (an inherited `-n 2` would scatter the events)
    out.pop("PYTEST_ADDOPTS", None)
    out.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    out["PYTHONUNBUFFERED"] = "1"
    return out


def _start_worker(run_dir: Path, index: int, jobs: Sequence[Job], job_ids: list[int], python: str,
                  env: dict[str, str], extra_args: Sequence[str]) -> _Worker:
    folder = run_dir / f"session-{index}"
    folder.mkdir(parents=True)
    manifest = folder / f"jobs{MANIFEST_SUFFIX}"
    manifest.write_text(json.dumps({"jobs": [
        {"index": i, "test_path": str(jobs[i].test_path), "overrides": dict(jobs[i].overrides),
         "stop_at_first_failure": jobs[i].stop_at_first_failure} for i in job_ids
    ]}), encoding="utf-8")
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    events = folder / f"jobs{MANIFEST_SUFFIX}.events.jsonl"
    events.touch()
    log = folder / "pytest.log"
    cmd = [
        python, "-m", "pytest", str(manifest),
        "-p", "pytest_mambagen.execution", "-p", "no:cacheprovider", "-p", "no:randomly",
        "-c", str(folder / "pytest.ini"), "--rootdir", str(folder), "-o", "addopts=",
        "--import-mode=importlib", f"--basetemp={folder / 'tmp'}", "-q", "--no-header", "-rN",
        "--continue-on-collection-errors",
        *extra_args,
    ]
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, cwd=str(folder), env=env, stdout=fh, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    return _Worker(jobs=list(job_ids), folder=folder, proc=proc, events_path=events, log_path=log)


def _read_events(worker: _Worker) -> list[dict[str, Any]]:
    try:
        with open(worker.events_path, "rb") as fh:
            fh.seek(worker.offset)
            data = fh.read()
    except OSError:
        return []
    if not data:
        return []
    text = worker.partial + data.decode("utf-8", "replace")
    worker.offset += len(data)
    lines = text.split("\n")
    worker.partial = lines.pop()  # an unterminated last line waits for the next read
    out = []
    for line in lines:
        if line.strip():
            with contextlib.suppress(ValueError):
                out.append(json.loads(line))
    return out


def _kill(worker: _Worker) -> None:
    if worker.proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(worker.proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.proc.wait(timeout=10)


def _log_tail(worker: _Worker, n: int = 1500) -> str:
    try:
        text = worker.log_path.read_text(encoding="utf-8", errors="replace")
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
    """Run ``jobs`` in batched pytest sessions and return per-job, per-test outcomes.

    ``workers`` sessions run side by side (each with its own Chromium); each
    session takes at most ``max_jobs_per_session`` jobs, then a fresh one starts.
    ``test_timeout_s`` bounds the time a single test (setup and teardown
    included) may run without reporting progress. ``action_timeout_ms`` and
    ``expect_timeout_ms`` override the harness's 5 s / 3 s in the workers (lower
    them to kill mutants faster). ``isolation="page"`` makes the workers reuse one
    page for every test (storage cleared per mount), ~3x cheaper per test: meant
    for bulk verification of idiomatic samples; the default is a fresh browser
    context per test. ``progress(done, total)`` is
    called as jobs finish. ``keep_dir`` keeps the manifests and worker logs there
    (default: a temp folder, removed afterwards).
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if max_jobs_per_session < 1:
        raise ValueError(f"max_jobs_per_session must be at least 1, got {max_jobs_per_session}")
    jobs = list(jobs)
    t0 = time.monotonic()
    collector = _Collector(jobs)
    if not jobs:
        return RunReport(results=[], wall_s=0.0, sessions=0, workers=workers)
    if isolation is not None and isolation not in ISOLATIONS:
        raise ValueError(f"isolation must be one of {', '.join(ISOLATIONS)}, got {isolation!r}")
    worker_env = _worker_env(node_modules, esbuild, browser, cache_dir, env, action_timeout_ms, expect_timeout_ms)
    if isolation is not None:
        worker_env[ENV_ISOLATION] = isolation
    tmp = None
    if keep_dir is not None:
        run_dir = Path(keep_dir)
        run_dir.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="mambagen-exec-")
        run_dir = Path(tmp.name)
    pending = list(range(len(jobs)))
    active: list[_Worker] = []
    sessions = 0
    done_reported = 0
    try:
        while pending or active:
            while pending and len(active) < workers:
                share = max(1, min(max_jobs_per_session, -(-len(pending) // (workers - len(active)))))
                batch, pending = pending[:share], pending[share:]
                active.append(_start_worker(run_dir, sessions, jobs, batch, python, worker_env, extra_args))
                sessions += 1
            time.sleep(0.05)
            for worker in list(active):
                for ev in _read_events(worker):
                    worker.last_event = time.monotonic()
                    if "nodeid" in ev and ev.get("job") is None:
                        ev["job"] = _job_of(ev["nodeid"])
                    collector.event(worker, ev)
                    if ev.get("event") == "finish":
                        job = ev.get("job")
                        if job is not None and set(worker.expected.get(job, [])) <= worker.finished:
                            collector.finalize(job)
                rc = worker.proc.poll()
                stalled = time.monotonic() - worker.last_event > test_timeout_s
                if rc is None and not stalled:
                    continue
                if rc is None:
                    _kill(worker)
                for ev in _read_events(worker):
                    collector.event(worker, ev)
                active.remove(worker)
                leftovers = [j for j in worker.jobs if j not in collector.final]
                if not worker.expected and rc not in (None, 0, 1):
                    # died before it could collect anything: every job gets the error
                    message = f"pytest session failed (exit {rc}): {_log_tail(worker)}"
                    for j in leftovers:
                        if j in collector.collect_errors or j in collector.collected:
                            collector.finalize(j)
                        else:
                            collector.finalize(j, forced_error=message)
                    continue
                culprit = _job_of(worker.running) if worker.running else None
                if stalled and rc is None:
                    why = (f"timed out: no progress for {test_timeout_s:g} s"
                           + (f" in {_test_name(worker.running)}" if worker.running else ""))
                else:
                    why = f"pytest session ended unexpectedly (exit {rc})" + (
                        f" during {_test_name(worker.running)}" if worker.running else "") + \
                        f": {_log_tail(worker, 600)}"
                requeue: list[int] = []
                for j in leftovers:
                    nodeids = worker.expected.get(j)
                    if j == culprit:
                        collector.mark_error(j, worker.running, why)
                    elif j in collector.collect_errors:
                        collector.finalize(j)
                    elif nodeids is not None and set(nodeids) <= worker.finished:
                        collector.finalize(j)
                    elif rc in (0, 1) and worker.expected:
                        collector.finalize(j)  # finished normally; nothing ran for it
                    elif nodeids and (set(nodeids) & worker.finished):
                        collector.finalize(j, forced_error=f"session aborted before all tests ran ({why})")
                    else:
                        requeue.append(j)
                if requeue and len(requeue) == len(worker.jobs):
                    # no progress at all in this session: do not loop forever
                    for j in requeue:
                        collector.finalize(j, forced_error=why)
                    requeue = []
                pending = requeue + pending
            if progress is not None and len(collector.final) != done_reported:
                done_reported = len(collector.final)
                progress(done_reported, len(jobs))
    finally:
        for worker in active:
            _kill(worker)
        if tmp is not None:
            tmp.cleanup()
    for j in range(len(jobs)):
        collector.finalize(j)
    return RunReport(results=[collector.final[j] for j in range(len(jobs))], wall_s=time.monotonic() - t0,
                     sessions=sessions, workers=workers)


# -- worker side: the pytest plugin -------------------------------------------


class _JobNode(pytest.Collector):
    """One job of the manifest: collects its test file under the id ``job-<i>``."""

    def __init__(self, *, test_path: Path, job_index: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.test_path = test_path
        self.job_index = job_index

    def collect(self) -> list[pytest.Module]:
        if not self.test_path.is_file():
            raise pytest.Collector.CollectError(f"test file not found: {self.test_path}")
        return [pytest.Module.from_parent(self, path=self.test_path,
                                          nodeid=f"{self.nodeid}::{self.test_path.name}")]


class _ManifestFile(pytest.File):
    def collect(self) -> list[_JobNode]:
        data = json.loads(self.path.read_text(encoding="utf-8"))
        nodes = []
        for job in data["jobs"]:
            node = _JobNode.from_parent(self, name=f"job-{job['index']}", nodeid=f"job-{job['index']}",
                                        test_path=Path(job["test_path"]), job_index=int(job["index"]))
            if job.get("overrides"):
                node.stash[OVERRIDES_KEY] = dict(job["overrides"])
            if job.get("stop_at_first_failure"):
                _STOP_JOBS.add(int(job["index"]))
            nodes.append(node)
        return nodes


_EVENTS: Any = None
_STOP_JOBS: set[int] = set()  # jobs that stop at their first failure
_FAILED_JOBS: set[int] = set()


def _emit(event: dict[str, Any]) -> None:
    if _EVENTS is not None:
        _EVENTS.write(json.dumps(event) + "\n")
        _EVENTS.flush()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    global _EVENTS
    if file_path.name.endswith(MANIFEST_SUFFIX):
        if _EVENTS is None:
            _EVENTS = open(str(file_path) + ".events.jsonl", "a", encoding="utf-8")
        return _ManifestFile.from_parent(parent, path=file_path)
    return None


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.failed:
        job = _job_of(report.nodeid)
        text = str(report.longreprtext or report.longrepr)
        lines = [ln for ln in text.splitlines() if ln.strip()]
        short = next((ln[1:].strip() for ln in reversed(lines) if ln.startswith("E ")), lines[-1] if lines else "")
        _emit({"event": "collect_error", "job": job, "nodeid": report.nodeid,
               "message": f"collection failed: {short}"[:500], "details": text[-_MAX_DETAILS:]})


def pytest_collection_finish(session: pytest.Session) -> None:
    jobs: dict[int, list[str]] = {}
    for item in session.items:
        job = _job_of(item.nodeid)
        if job is not None:
            jobs.setdefault(job, []).append(item.nodeid)
    if _EVENTS is not None:
        data = json.loads(Path(_EVENTS.name[: -len(".events.jsonl")]).read_text(encoding="utf-8"))
        for job in data["jobs"]:
            jobs.setdefault(int(job["index"]), [])
    _emit({"event": "collected", "jobs": {str(k): v for k, v in jobs.items()}})


def pytest_runtest_logstart(nodeid: str, location: Any) -> None:
    _emit({"event": "start", "nodeid": nodeid, "job": _job_of(nodeid)})


def pytest_runtest_logfinish(nodeid: str, location: Any) -> None:
    _emit({"event": "finish", "nodeid": nodeid, "job": _job_of(nodeid)})


def _short_message(report: pytest.TestReport) -> str:
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


def pytest_runtest_setup(item: pytest.Item) -> None:
    job = _job_of(item.nodeid)
    if job is not None and job in _STOP_JOBS and job in _FAILED_JOBS:
        pytest.skip("not run: an earlier test of this job failed (stop_at_first_failure)")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed:
        job = _job_of(report.nodeid)
        if job is not None:
            _FAILED_JOBS.add(job)
    event: dict[str, Any] = {"event": "report", "nodeid": report.nodeid, "job": _job_of(report.nodeid),
                             "when": report.when, "outcome": report.outcome,
                             "duration": report.duration}
    if report.failed or report.skipped:
        event["message"] = _short_message(report)
    if report.failed:
        event["details"] = report.longreprtext[-_MAX_DETAILS:]
    _emit(event)


def pytest_unconfigure(config: pytest.Config) -> None:
    global _EVENTS
    if _EVENTS is not None:
        _EVENTS.close()
        _EVENTS = None


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
