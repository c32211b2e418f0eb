"""Running the tests: the references, the accepted candidates and what the pipeline would write.

Each distinct file of a case runs once (:func:`unit_key`): a candidate equal to the
reference, to another candidate or to the pipeline's choice is not run twice. The
references go first, so that the first job also tells whether the browser starts.
They run on the correct screen and its mutants through :class:`.execmetrics.Executor`.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from .datasets import Dataset, EvalCase
from .execmetrics import Executor, Unit
from .planning import EvalOptions
from .state import Journal, Measured


def unit_key(case_id: str, code: str) -> str:
    """One test file per case and code: a candidate equal to the reference (or to another candidate) runs once."""
    return f"{case_id}:{hashlib.sha256(code.strip().encode()).hexdigest()[:16]}"


def project_node_modules(cases: Sequence[EvalCase]) -> Path | None:
    """The fixture project's own node_modules (react, react-dom, esbuild), when it has one."""
    for case in cases:
        project = case.meta.get("project")
        if project and (Path(project) / "node_modules" / "react").is_dir():
            return Path(project) / "node_modules"
    return None


def units(dataset: Dataset, measured: Measured) -> list[Unit]:
    """The files to run, references first, each distinct one once."""
    cases = [c for c in dataset.cases if c.executable]
    out: list[Unit] = []
    seen: set[str] = set()

    def add(case: EvalCase, code: str) -> None:
        key = unit_key(case.id, code)
        if key not in seen:
            seen.add(key)
            out.append(Unit(key, case, code))

    for case in cases:
        if case.reference is not None:
            add(case, case.reference)
    for config in measured.configs:
        for case in cases:
            for cand in measured.of(config, case.id):
                if cand.accepted:
                    add(case, cand.exec_code)
    for per in measured.pipeline.values():  # what the pipeline would write (it may be a repair)
        for case in cases:
            code = per.get(case.id, {}).get("code")
            if code:
                add(case, code)
    return out


def execute(options: EvalOptions, dataset: Dataset, measured: Measured, journal: Journal) -> None:
    """Run every unit; ``measured.exec_report`` holds the outcomes (what ran, when interrupted)."""
    from ..execution import default_node_modules

    cases = [c for c in dataset.cases if c.executable]
    todo = units(dataset, measured)
    if not todo:
        return
    node_modules = Path(options.node_modules) if options.node_modules else None
    if node_modules is None:
        node_modules = project_node_modules(cases) or default_node_modules()
    if node_modules is None:
        journal.partial.append("tests not executed: no node_modules with react, react-dom and esbuild "
                               "(run scripts/setup_browser.sh, or pass --node-modules)")
        return
    tmp = None
    if options.workdir:
        workdir = Path(options.workdir)
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="mambagen-eval-")
        workdir = Path(tmp.name)
    t0 = time.perf_counter()
    try:
        executor = Executor(workdir, workers=options.workers, node_modules=node_modules, browser=options.browser,
                            esbuild=options.esbuild, progress=journal.tick)
        measured.exec_report = executor.run(todo)
    except KeyboardInterrupt:
        journal.partial.append("interrupted while running tests")
    finally:
        if tmp is not None:
            tmp.cleanup()
    journal.timing["execute_s"] = round(time.perf_counter() - t0, 2)
    report = measured.exec_report
    if report is None:
        return
    if report.interrupted:
        journal.partial.append(report.interrupted)
    if report.infra_errors:
        first = report.infra_errors[0].split(": ", 1)[-1]
        journal.partial.append(f"the browser or toolchain failed ({len(report.infra_errors)} run(s)): {first}")
    broken = [case.id for case in cases if case.reference is not None and
              (o := report.outcomes.get(unit_key(case.id, case.reference))) is not None
              and o.outcome in ("failed", "error")]
    if broken:
        journal.warnings.append(f"{len(broken)} reference test(s) fail on their own screen (a dataset problem; "
                                f"those cases still count): {', '.join(broken[:5])}"
                                + (" ..." if len(broken) > 5 else ""))


__all__ = ["execute", "project_node_modules", "unit_key", "units"]
