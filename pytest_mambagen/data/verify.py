"""Execute samples in Chromium: each test against its screen, then against one mutant.

Every sample is written to its own folder (screen, siblings, ``test_<screen>.py``)
and run through :func:`pytest_mambagen.execution.run_jobs` (one pytest session and
one browser per worker for the whole batch). A sample *passes* when every test
in its file passes. For each passing sample that has a mutant (one realistic bug
tied to what the test checks), the mutant is written to a second folder with the
same test; the mutant is *killed* when a test fails there.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import HarnessError
from .synth.generator import Sample


def _test_name(screen: str) -> str:
    stem = Path(screen).name.split(".")[0]
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", stem)
    return "test_" + re.sub(r"[^0-9a-zA-Z]+", "_", s).strip("_").lower() + ".py"


def write_sample(folder: Path, sample: Sample, *, jsx: str | None = None, siblings: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / sample.screen).parent.mkdir(parents=True, exist_ok=True)
    (folder / sample.screen).write_text(jsx if jsx is not None else sample.jsx, encoding="utf-8")
    for rel, text in sorted((siblings if siblings is not None else sample.siblings).items()):
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    test = folder / _test_name(sample.screen)
    test.write_text(sample.test, encoding="utf-8")
    return test


@dataclass
class VerifyReport:
    samples: int = 0
    passed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # id, one-line reason
    mutants: int = 0
    killed: int = 0
    survived: list[tuple[str, str]] = field(default_factory=list)  # id, what the mutant changed
    tests: int = 0
    wall_s: float = 0.0
    mutant_wall_s: float = 0.0
    by_family: dict[str, list[int]] = field(default_factory=dict)  # family -> [passed, total]

    @property
    def pass_rate(self) -> float:
        return self.passed / self.samples if self.samples else 0.0

    @property
    def kill_rate(self) -> float:
        return self.killed / self.mutants if self.mutants else 0.0

    @property
    def samples_per_s(self) -> float:
        return self.samples / self.wall_s if self.wall_s else 0.0

    def summary(self) -> str:
        text = (f"verified {self.samples} samples in Chromium: {self.passed} passed ({self.pass_rate:.1%}), "
                f"{len(self.failed)} failed; {self.tests} tests in {self.wall_s:.1f} s = {self.samples_per_s:.2f} verified samples/s")
        if self.mutants:
            text += (f"\nmutants: {self.killed}/{self.mutants} killed ({self.kill_rate:.1%}) in {self.mutant_wall_s:.1f} s")
        return text

    def to_dict(self) -> dict[str, Any]:
        return {"samples": self.samples, "passed": self.passed, "pass_rate": round(self.pass_rate, 4),
                "failed": [list(x) for x in self.failed], "tests": self.tests, "wall_s": round(self.wall_s, 2),
                "verified_samples_per_s": round(self.samples_per_s, 3),
                "mutants": self.mutants, "killed": self.killed, "kill_rate": round(self.kill_rate, 4),
                "survived": [list(x) for x in self.survived], "mutant_wall_s": round(self.mutant_wall_s, 2),
                "by_family": {k: v for k, v in sorted(self.by_family.items())}}


def verify(samples: Sequence[Sample], *, workers: int = 1, mutants: bool = True, node_modules: str | Path | None = None,
           workdir: str | Path | None = None, log: Callable[[str], None] = print,
           action_timeout_ms: float = 3000, expect_timeout_ms: float = 2000) -> VerifyReport:
    try:
        from ..execution import Job, default_node_modules, run_jobs
    except ImportError as exc:  # pragma: no cover - the runner ships with the package
        raise HarnessError(f"the execution runner cannot be imported: {exc}") from exc
    node_modules = node_modules or default_node_modules()
    if node_modules is None:
        raise HarnessError("no node_modules with react, react-dom and esbuild found",
                           hint="run scripts/setup_browser.sh, or pass --node-modules")
    rep = VerifyReport(samples=len(samples))
    if not samples:
        return rep
    own = workdir is None
    root = Path(tempfile.mkdtemp(prefix="mambagen-verify-")) if own else Path(workdir)
    try:
        jobs = [Job(write_sample(root / "ok" / f"{i:06d}", s), name=s.id) for i, s in enumerate(samples)]
        t0 = time.perf_counter()
        report = run_jobs(jobs, workers=workers, node_modules=node_modules, action_timeout_ms=action_timeout_ms,
                          expect_timeout_ms=expect_timeout_ms, test_timeout_s=60)
        rep.wall_s = time.perf_counter() - t0
        rep.tests = report.tests
        passing = []
        for s, res in zip(samples, report.results, strict=True):
            fam = rep.by_family.setdefault(s.family or "(none)", [0, 0])
            fam[1] += 1
            if res.outcome == "passed":
                rep.passed += 1
                fam[0] += 1
                passing.append(s)
            else:
                msg = res.message or next((t.message for t in res.tests if t.outcome != "passed"), "") or res.outcome
                rep.failed.append((s.id, msg.splitlines()[0][:300] if msg else res.outcome))
        log(rep.summary().splitlines()[0])
        if mutants:
            with_mut = [s for s in passing if s.mutant]
            mjobs = [Job(write_sample(root / "mut" / f"{i:06d}", s, jsx=s.mutant["jsx"], siblings=s.mutant["siblings"]),
                         name=s.id + ":mutant", stop_at_first_failure=True) for i, s in enumerate(with_mut)]
            t1 = time.perf_counter()
            mrep = run_jobs(mjobs, workers=workers, node_modules=node_modules, action_timeout_ms=action_timeout_ms,
                            expect_timeout_ms=expect_timeout_ms, test_timeout_s=60) if mjobs else None
            rep.mutant_wall_s = time.perf_counter() - t1
            rep.mutants = len(mjobs)
            if mrep is not None:
                for s, res in zip(with_mut, mrep.results, strict=True):
                    if res.outcome in ("failed", "error"):
                        rep.killed += 1
                    else:
                        rep.survived.append((s.id, s.mutant["what"]))
            log(f"mutants: {rep.killed}/{rep.mutants} killed ({rep.kill_rate:.1%}) in {rep.mutant_wall_s:.1f} s")
    finally:
        if own:
            shutil.rmtree(root, ignore_errors=True)
    return rep
