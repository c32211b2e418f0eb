"""Execution metrics: does a generated test pass on the correct screen, and does it kill the mutants?

Definitions (the same for model candidates and reference tests)

* A candidate is *executed* only when validation accepted it (the plugin would
  write it); a rejected candidate counts as not passing.
* *Passes*: every test of the file passed on the correct screen, and at least
  one test ran (a file whose tests all skip does not pass). A test that fails
  or errors on the correct screen does not pass.
* *Kills a mutant*: the file passes on the correct screen AND fails (or errors)
  on the mutant. A file that passes on the mutant does not kill it; a file that
  fails on the correct screen kills nothing, whatever it does on the mutant.
* Infrastructure failures (Chromium or esbuild cannot start, node_modules
  missing, a session that dies before collecting) are neither pass nor fail:
  the affected candidate is left out of the execution metrics and the run is
  marked partial.

How it runs: every candidate file is written beside a copy of its screen (and
the siblings the screen imports) in a work folder, so ``mount("<Screen>.jsx")``
resolves as it does beside the manual case. Stage 1 runs every file on its
correct screen; stage 2 runs each file that passed against each mutant of its
screen (through the harness's override map; a mutant that also changes a
sibling gets a folder of its own), stopping a file at its first failure, with
the fixture report's shorter timeouts. Both stages go through
:func:`pytest_mambagen.execution.run_jobs`: batched pytest sessions with one
Chromium each, ``workers`` sessions side by side.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .datasets import EvalCase, Mutant

#: Mutant runs need one failing expectation: wait less for it (as benchmarks/fixture_report.py does).
MUTANT_EXPECT_TIMEOUT_MS = 1500
MUTANT_ACTION_TIMEOUT_MS = 2500
#: Jobs per run_jobs call (per worker): an interrupted run keeps every finished chunk.
CHUNK_PER_WORKER = 40

_INFRA = re.compile(
    r"HarnessError: (?:Chromium|no Chromium|Playwright could not start|playwright is not installed|"
    r"esbuild not found|esbuild did not finish|no node_modules|no react in)"
    r"|^pytest session failed \(exit",
    re.MULTILINE,
)

PASSED, FAILED, ERROR, INFRA, NOT_RUN = "passed", "failed", "error", "infra", "not_run"
REJECTED = "rejected"  # validation refused the candidate: never executed, never passing
KILLED, SURVIVED = "killed", "survived"


# -- pure classification (tested on known inputs) ----------------------------------


def is_infra(message: str) -> bool:
    return bool(message) and bool(_INFRA.search(message))


def classify(job_result: Any) -> str:
    """Outcome of one file on the correct screen: passed, failed, error or infra."""
    messages = [job_result.message, *(t.message for t in job_result.tests)]
    if any(is_infra(m) for m in messages):
        return INFRA
    counts = job_result.counts
    if job_result.outcome == "passed" and counts.get("passed", 0) >= 1 and not counts.get("failed") \
            and not counts.get("error"):
        return PASSED
    return FAILED if job_result.outcome == "failed" else ERROR


def mutant_verdict(correct: str, on_mutant: str) -> str:
    """killed / survived / infra / not_run for one (file, mutant) given both outcomes."""
    if correct != PASSED:
        return NOT_RUN  # only a file that passes on the correct screen can kill anything
    if on_mutant == INFRA:
        return INFRA
    if on_mutant == NOT_RUN:
        return NOT_RUN
    return SURVIVED if on_mutant == PASSED else KILLED


def kill_counts(verdicts: Iterable[str]) -> tuple[int, int]:
    """``(killed, decided)``; infra and not-run verdicts are not decided."""
    verdicts = list(verdicts)
    return sum(v == KILLED for v in verdicts), sum(v in (KILLED, SURVIVED) for v in verdicts)


@dataclass
class CaseRecord:
    """What execution says about one case's candidates, in order (candidate 1 first)."""

    statuses: list[str]  # per candidate: rejected | passed | failed | error | infra | not_run
    kills: list[dict[str, str]]  # per candidate: mutant name -> killed | survived | infra | not_run
    mutants: int  # mutants of the case's screen

    def measured(self) -> bool:
        return bool(self.statuses) and all(s not in (INFRA, NOT_RUN) for s in self.statuses)

    def kills_measured(self, index: int) -> bool:
        if self.statuses[index] != PASSED:
            return True  # a file that does not pass kills nothing: known without running mutants
        return all(v in (KILLED, SURVIVED) for v in self.kills[index].values()) and \
            len(self.kills[index]) == self.mutants

    def killed(self, index: int) -> int:
        return sum(v == KILLED for v in self.kills[index].values()) if self.statuses[index] == PASSED else 0


def summarize(records: Sequence[CaseRecord], ks: Sequence[int]) -> dict[str, Any]:
    """Execution metrics over cases (see the module docstring for the definitions).

    ``pass@1`` is candidate 1 (greedy unless a temperature was asked for);
    ``pass@k`` for k > 1 is the unbiased estimator over the n candidates of each
    case (candidate 1 included). ``kill_rate`` is candidate 1's killed mutants
    over all (case, mutant) pairs. ``written_pass`` and ``written_kill_rate``
    follow the file the plugin would write: the first accepted candidate.
    """
    from .passk import pass_at_k

    measured = [r for r in records if r.measured()]
    out: dict[str, Any] = {"exec_cases": len(measured), "exec_cases_total": len(records)}
    if not measured:
        out.update({"pass@1": None, "kill_rate": None, "written_pass": None, "written_kill_rate": None})
        for k in ks:
            if k > 1:
                out[f"pass@{k}"] = None
        return out
    out["pass@1"] = sum(r.statuses[0] == PASSED for r in measured) / len(measured)
    for k in ks:
        if k == 1:
            continue
        eligible = [r for r in measured if len(r.statuses) >= k]
        out[f"pass@{k}"] = (sum(pass_at_k(len(r.statuses), r.statuses.count(PASSED), k) for r in eligible)
                            / len(eligible)) if eligible and len(eligible) == len(measured) else None
    with_mutants = [r for r in measured if r.mutants and r.kills_measured(0)]
    pairs = sum(r.mutants for r in with_mutants)
    out["kill_rate"] = sum(r.killed(0) for r in with_mutants) / pairs if pairs else None
    out["kill_cases"] = len(with_mutants)
    written = [(r, next((i for i, s in enumerate(r.statuses) if s != REJECTED), None)) for r in measured]
    out["written_pass"] = sum(i is not None and r.statuses[i] == PASSED for r, i in written) / len(written)
    decided = [(r, i) for r, i in written if r.mutants and (i is None or r.kills_measured(i))]
    pairs = sum(r.mutants for r, _ in decided)
    out["written_kill_rate"] = (sum(r.killed(i) for r, i in decided if i is not None) / pairs) if pairs else None
    return out


# -- running ------------------------------------------------------------------------


@dataclass
class Unit:
    """One test file to execute: a candidate (or reference) for a case."""

    key: str  # unique in the run
    case: EvalCase
    code: str


@dataclass
class UnitOutcome:
    outcome: str = NOT_RUN  # passed | failed | error | infra | not_run
    tests: int = 0
    passed: int = 0
    message: str = ""
    mutants: dict[str, str] = field(default_factory=dict)  # mutant name -> killed | survived | infra | not_run
    mutant_messages: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "tests": self.tests, "passed": self.passed, "message": self.message[:300],
                "mutants": dict(self.mutants)}


@dataclass
class ExecReport:
    outcomes: dict[str, UnitOutcome]
    infra_errors: list[str] = field(default_factory=list)
    interrupted: str | None = None
    wall_s: float = 0.0
    sessions: int = 0
    jobs: int = 0


ProgressFn = Callable[[str, int, int], None]  # (stage, done, total)


class Executor:
    """Writes units into a work folder and runs them in stages through the execution runner."""

    def __init__(self, workdir: Path, *, workers: int = 1, node_modules: Path | None = None,
                 browser: str | None = None, esbuild: str | None = None, progress: ProgressFn | None = None,
                 test_timeout_s: float = 60.0):
        self.workdir = Path(workdir)
        self.workers = workers
        self.node_modules = node_modules
        self.browser = browser
        self.esbuild = esbuild
        self.progress = progress
        self.test_timeout_s = test_timeout_s
        self._roots: dict[tuple[str, str], Path] = {}
        self._files: dict[str, Path] = {}
        self._mutant_files: dict[tuple[str, str], Path] = {}
        self._probed = False  # one job has shown that the browser and toolchain work

    # -- layout ------------------------------------------------------------------------
    def _case_root(self, case: EvalCase, mutant: Mutant | None = None) -> Path:
        key = (case.id, mutant.name if mutant is not None else "")
        root = self._roots.get(key)
        if root is None:
            digest = hashlib.sha1(f"{key[0]}\0{key[1]}".encode()).hexdigest()[:12]
            root = self.workdir / ("screens" if mutant is None else "mutant-screens") / digest
            files = dict(case.files)
            if mutant is not None:
                files[case.screen_rel] = mutant.jsx
                base = Path(case.screen_rel).parent
                for rel, text in (mutant.siblings or {}).items():
                    files[(base / rel).as_posix()] = text
            for rel, text in files.items():
                target = _inside(root, rel)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            self._roots[key] = root
        return root

    def _test_file(self, unit: Unit, root: Path) -> Path:
        name = "test_" + hashlib.sha1(unit.key.encode()).hexdigest()[:16] + ".py"
        path = _inside(root, unit.case.test_dir_rel) / name if unit.case.test_dir_rel else root / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(unit.code, encoding="utf-8")
        return path

    def _mutant_file(self, case: EvalCase, mutant: Mutant) -> Path:
        key = (case.id, mutant.name)
        path = self._mutant_files.get(key)
        if path is None:
            digest = hashlib.sha1(f"{case.id}\0{mutant.name}".encode()).hexdigest()[:12]
            path = self.workdir / "mutants" / digest / Path(case.screen_rel).name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(mutant.jsx, encoding="utf-8")
            self._mutant_files[key] = path
        return path

    # -- stages ------------------------------------------------------------------------
    def run(self, units: Sequence[Unit], report: ExecReport | None = None) -> ExecReport:
        """Stage 1 (correct screen) then stage 2 (mutants of the files that passed)."""
        from ..execution import Job

        report = report or ExecReport(outcomes={})
        for unit in units:
            report.outcomes.setdefault(unit.key, UnitOutcome())
        todo = [u for u in units if report.outcomes[u.key].outcome == NOT_RUN]
        jobs = []
        for unit in todo:
            root = self._case_root(unit.case)
            jobs.append((unit, Job(self._test_file(unit, root), name=unit.key)))
        if not self._run_stage("screens", jobs, report, self._record_correct):
            return report
        mutant_jobs = []
        for unit in units:
            outcome = report.outcomes[unit.key]
            if outcome.outcome != PASSED:
                for mutant in unit.case.mutants:
                    outcome.mutants.setdefault(mutant.name, NOT_RUN)
                continue
            for mutant in unit.case.mutants:
                if outcome.mutants.get(mutant.name, NOT_RUN) != NOT_RUN:
                    continue
                if mutant.siblings is None:
                    screen = self._case_root(unit.case) / unit.case.screen_rel
                    job = Job(self._test_file(unit, self._case_root(unit.case)),
                              overrides={screen: self._mutant_file(unit.case, mutant)},
                              name=f"{unit.key}@{mutant.name}", stop_at_first_failure=True)
                else:
                    root = self._case_root(unit.case, mutant)
                    job = Job(self._test_file(unit, root), name=f"{unit.key}@{mutant.name}",
                              stop_at_first_failure=True)
                mutant_jobs.append(((unit, mutant), job))
        self._run_stage("mutants", mutant_jobs, report, self._record_mutant, mutant=True)
        return report

    def _record_correct(self, report: ExecReport, unit: Unit, result: Any) -> None:
        outcome = report.outcomes[unit.key]
        outcome.outcome = classify(result)
        outcome.tests = len(result.tests)
        outcome.passed = result.counts.get("passed", 0)
        outcome.message = result.message
        if outcome.outcome == INFRA:
            report.infra_errors.append(f"{unit.key}: {_infra_message(result)}")

    def _record_mutant(self, report: ExecReport, item: tuple[Unit, Mutant], result: Any) -> None:
        unit, mutant = item
        outcome = report.outcomes[unit.key]
        on_mutant = classify(result)
        outcome.mutants[mutant.name] = mutant_verdict(outcome.outcome, on_mutant)
        outcome.mutant_messages[mutant.name] = result.message
        if on_mutant == INFRA:
            report.infra_errors.append(f"{unit.key} on {mutant.name}: {_infra_message(result)}")

    def _run_stage(self, stage: str, jobs: list[tuple[Any, Any]], report: ExecReport,
                   record: Callable[[ExecReport, Any, Any], None], *, mutant: bool = False) -> bool:
        """Run ``jobs`` in chunks; ``False`` when the browser (or toolchain) cannot run anything."""
        from ..execution import run_jobs

        total = len(jobs)
        if not total:
            return True
        done = 0
        chunk = CHUNK_PER_WORKER * self.workers
        if self.progress:
            self.progress(stage, 0, total)
        while done < total:
            # A first chunk of one job tells cheaply whether the browser starts at all.
            first = not self._probed
            size = 1 if first and total > 1 else chunk
            batch = jobs[done:done + size]
            kwargs: dict[str, Any] = {}
            if mutant:
                kwargs = {"expect_timeout_ms": MUTANT_EXPECT_TIMEOUT_MS, "action_timeout_ms": MUTANT_ACTION_TIMEOUT_MS}
            try:
                result = run_jobs([job for _, job in batch], workers=min(self.workers, len(batch)),
                                  node_modules=self.node_modules, browser=self.browser, esbuild=self.esbuild,
                                  test_timeout_s=self.test_timeout_s,
                                  cache_dir=self.workdir / "bundle-cache",
                                  progress=(lambda d, _t, base=done: self.progress(stage, base + d, total))
                                  if self.progress else None, **kwargs)
            except KeyboardInterrupt:
                report.interrupted = f"interrupted while running tests ({stage}: {done} of {total} files done)"
                return False
            report.wall_s += result.wall_s
            report.sessions += result.sessions
            report.jobs += len(batch)
            infra_before = len(report.infra_errors)
            for (item, _), job_result in zip(batch, result.results, strict=True):
                record(report, item, job_result)
            done += len(batch)
            if first and len(report.infra_errors) > infra_before:
                return False  # the one probe job hit the browser/toolchain: do not run the rest
            self._probed = True
        return True


def _inside(root: Path, rel: str) -> Path:
    target = (root / rel).resolve()
    if not target.is_relative_to(root.resolve()):
        raise ValueError(f"path {rel!r} leaves the work folder")
    return target


def _infra_message(result: Any) -> str:
    for message in [result.message, *(t.message for t in result.tests)]:
        match = _INFRA.search(message or "")
        if match:
            return message[match.start():].splitlines()[0][:400]
    return result.message[:400]
