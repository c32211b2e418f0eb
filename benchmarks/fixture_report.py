"""Per screen of the fixture project: do the reference tests pass, and do they kill every mutant?

    python benchmarks/fixture_report.py [--project fixtures/atlas] [--workers 1] [--out PATH]

Layout it reads (see fixtures/atlas):

    src/<area>/<Screen>.jsx                       the screens
    src/<area>/<Screen>[.<case>].manual.txt       manual cases
    reference/<area>/test_<screen>[_<case>].py    one hand-written reference test per case
    mutants/<Screen>/<bug-slug>.jsx               copies of a screen with one bug
    mutants/mutants.json                          one line per mutant (and the edit that made it)

It runs every reference test on its screen, then every reference test on every
mutant of its screen (``MAMBAGEN_MOUNT_OVERRIDE`` semantics through the execution
runner, stopping a job at its first failure, with shorter timeouts), and prints
per screen: reference pass, mutants killed / total. A mutant counts as killed
when every reference test of its screen fails on it (the fixture's contract);
``killed_by_any`` is reported as well. Layout problems (a case without a
reference, a mutant that no longer matches its screen plus the recorded edit)
are listed as problems. Exit status 0 only when everything passes and every
mutant is killed. Writes ``benchmarks/results/fixture-report.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pytest_mambagen.execution import Job, JobResult, run_jobs  # noqa: E402

DEFAULT_PROJECT = REPO / "fixtures" / "atlas"
DEFAULT_OUT = REPO / "benchmarks" / "results" / "fixture-report.json"
#: Mutant runs: a killed mutant needs one failing expectation, so wait less for it.
MUTANT_EXPECT_TIMEOUT_MS = 1500
MUTANT_ACTION_TIMEOUT_MS = 2500


def _reference_name(manual: Path) -> str:
    try:
        from pytest_mambagen.discovery import target_for

        return target_for(manual).name
    except ImportError:  # pragma: no cover - discovery is part of the package
        import re

        stem = manual.name[: -len(".manual.txt")]
        name, _, case = stem.partition(".")

        def snake(s: str) -> str:
            s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
            return re.sub(r"[^0-9a-zA-Z]+", "_", s).strip("_").lower()

        return "test_" + snake(name) + ("_" + snake(case) if case else "") + ".py"


@dataclass
class Mutant:
    path: Path
    bug: str = ""
    original: str | None = None
    mutated: str | None = None


@dataclass
class Screen:
    path: Path
    area: str
    cases: list[Path] = field(default_factory=list)
    references: list[Path] = field(default_factory=list)
    mutants: list[Mutant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.stem


def discover(project: Path) -> list[Screen]:
    """Screens that have manual cases, with their references and mutants."""
    project = project.resolve()
    meta: dict[str, dict] = {}
    meta_file = project / "mutants" / "mutants.json"
    if meta_file.exists():
        for entry in json.loads(meta_file.read_text(encoding="utf-8"))["mutants"]:
            meta[str((project / entry["mutant"]).resolve())] = entry
    screens: dict[Path, Screen] = {}
    for manual in sorted((project / "src").rglob("*.manual.txt")):
        screen_name = manual.name.split(".", 1)[0]
        jsx = manual.with_name(screen_name + ".jsx")
        area = manual.parent.relative_to(project / "src").as_posix()
        screen = screens.setdefault(jsx, Screen(path=jsx, area=area))
        screen.cases.append(manual)
        reference = project / "reference" / area / _reference_name(manual)
        if reference.exists():
            screen.references.append(reference)
        else:
            screen.problems.append(f"{manual.name}: no reference test at {reference.relative_to(project)}")
        if not jsx.exists():
            screen.problems.append(f"{manual.name}: screen {jsx.name} not found")
    for screen in screens.values():
        folder = project / "mutants" / screen.name
        for path in sorted(folder.glob("*.jsx")) if folder.is_dir() else []:
            entry = meta.get(str(path.resolve()), {})
            mutant = Mutant(path=path, bug=entry.get("bug", ""), original=entry.get("original"),
                            mutated=entry.get("mutated"))
            screen.mutants.append(mutant)
            if not entry:
                screen.problems.append(f"{path.name}: not described in mutants/mutants.json")
            elif screen.path.exists():
                text = screen.path.read_text(encoding="utf-8")
                if text.count(mutant.original or "\0") != 1 or \
                        text.replace(mutant.original, mutant.mutated or "") != path.read_text(encoding="utf-8"):
                    screen.problems.append(f"{path.name}: stale, it is no longer {screen.path.name} "
                                           "with the one recorded edit")
    return sorted(screens.values(), key=lambda s: (s.area, s.name))


def build_report(project: Path = DEFAULT_PROJECT, *, workers: int = 1, node_modules: Path | None = None,
                 progress: bool = False) -> dict:
    project = project.resolve()
    node_modules = node_modules or (project / "node_modules")
    screens = discover(project)
    t0 = time.monotonic()

    ref_jobs = [Job(ref, name=f"{s.name}:{ref.name}") for s in screens for ref in s.references]
    ref_report = run_jobs(ref_jobs, workers=workers, node_modules=node_modules,
                          progress=_printer("references") if progress else None)
    ref_results = {r.job.test_path: r for r in ref_report.results}

    mut_jobs = [
        Job(ref, overrides={s.path: m.path}, name=f"{s.name}/{m.path.stem}:{ref.name}", stop_at_first_failure=True)
        for s in screens for m in s.mutants for ref in s.references
    ]
    mut_report = run_jobs(mut_jobs, workers=workers, node_modules=node_modules,
                          expect_timeout_ms=MUTANT_EXPECT_TIMEOUT_MS, action_timeout_ms=MUTANT_ACTION_TIMEOUT_MS,
                          progress=_printer("mutants") if progress else None)
    mut_results: dict[tuple[Path, Path], JobResult] = {
        (next(iter(r.job.overrides.values())), r.job.test_path): r for r in mut_report.results
    }

    rows = []
    for s in screens:
        refs = []
        for ref in s.references:
            r = ref_results[ref.resolve()]
            refs.append({"test": str(ref.relative_to(project)), "outcome": r.outcome,
                         "tests": len(r.tests), "message": r.message})
        mutants = []
        for m in s.mutants:
            per_ref = {}
            for ref in s.references:
                r = mut_results[(str(m.path.resolve()), ref.resolve())]
                per_ref[str(ref.relative_to(project))] = {"outcome": r.outcome, "message": r.message[:300]}
            killers = [k for k, v in per_ref.items() if v["outcome"] in ("failed", "error")]
            mutants.append({"mutant": str(m.path.relative_to(project)), "bug": m.bug,
                            "killed": bool(s.references) and len(killers) == len(s.references),
                            "killed_by_any": bool(killers), "references": per_ref})
        rows.append({
            "screen": str(s.path.relative_to(project)), "cases": len(s.cases),
            "reference_pass": bool(refs) and all(r["outcome"] == "passed" for r in refs),
            "references": refs,
            "mutants_killed": sum(m["killed"] for m in mutants), "mutants_total": len(mutants),
            "mutants": mutants, "problems": s.problems,
        })
    ok = all(r["reference_pass"] and r["mutants_killed"] == r["mutants_total"] and not r["problems"] for r in rows)
    return {
        "project": str(project.relative_to(REPO)) if project.is_relative_to(REPO) else str(project),
        "ok": ok,
        "screens": len(rows),
        "cases": sum(r["cases"] for r in rows),
        "reference_tests": ref_report.tests,
        "references_passing": sum(1 for r in ref_report.results if r.outcome == "passed"),
        "references_total": len(ref_report.results),
        "mutants_killed": sum(r["mutants_killed"] for r in rows),
        "mutants_total": sum(r["mutants_total"] for r in rows),
        "wall_s": round(time.monotonic() - t0, 1),
        "reference_run": {"tests": ref_report.tests, "wall_s": round(ref_report.wall_s, 1),
                          "tests_per_s": round(ref_report.tests_per_s, 2)},
        "mutant_run": {"jobs": len(mut_jobs), "wall_s": round(mut_report.wall_s, 1)},
        "machine": {"cpus": _cpu_count(), "python": platform.python_version(), "node": platform.node()},
        "date": time.strftime("%Y-%m-%d %H:%M:%S"),
        "rows": rows,
    }


def _cpu_count() -> int:
    import os

    return os.cpu_count() or 0


def _printer(what: str):
    tty = sys.stderr.isatty()
    step = 1 if tty else 10

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r  {what}: {done}/{total} jobs", end="" if done < total else "\n", file=sys.stderr, flush=True)
        elif done == total or done % step == 0:
            print(f"  {what}: {done}/{total} jobs", file=sys.stderr, flush=True)

    return progress


def format_report(report: dict) -> str:
    lines = [f"{'screen':44} {'cases':>5}  {'reference':>9}  {'mutants killed':>14}"]
    for r in report["rows"]:
        ref = "pass" if r["reference_pass"] else "FAIL"
        killed = f"{r['mutants_killed']}/{r['mutants_total']}"
        lines.append(f"{r['screen']:44} {r['cases']:>5}  {ref:>9}  {killed:>14}")
        for ref_row in r["references"]:
            if ref_row["outcome"] != "passed":
                lines.append(f"    reference {ref_row['test']}: {ref_row['outcome']}: {ref_row['message'][:160]}")
        for m in r["mutants"]:
            if not m["killed"]:
                survivors = [k for k, v in m["references"].items() if v["outcome"] == "passed"]
                lines.append(f"    survived {m['mutant']} ({m['bug']}): passes {', '.join(survivors)}")
        for p in r["problems"]:
            lines.append(f"    problem: {p}")
    lines.append(
        f"{report['screens']} screens, {report['cases']} cases: references {report['references_passing']}/"
        f"{report['references_total']} passing ({report['reference_tests']} tests), mutants killed "
        f"{report['mutants_killed']}/{report['mutants_total']} in {report['wall_s']} s"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, default=DEFAULT_PROJECT)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    report = build_report(args.project, workers=args.workers, progress=True)
    print(format_report(report))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
