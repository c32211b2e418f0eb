"""Bulk execution: pytest-xdist + pytest-timeout + pytest-reportlog vs the home-made runner, same work.

The work: every reference test of the fixture app (``fixtures/atlas/reference``), one
job each, plus each reference test against its first mutant (the evaluation's two
kinds of job), on ``--workers`` workers. The home-made runner is
``pytest_mambagen/execution.py`` as of ``--baseline`` (default: the commit before
issue 15), loaded from git under another module name so that both run in one
checkout with the same harness. Rounds alternate (A B A B ...) so that a warm disk
cache or a busy neighbour does not favour one. Writes
``benchmarks/results/bulk-execution.json``.

    python benchmarks/bench_bulk_execution.py --workers 2 --rounds 2
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = "576e874"
HOMEMADE = "mambagen_homemade_execution"


def homemade_module(folder: Path, commit: str):
    """The old runner under another name; its child plugin is itself, so ``-p`` names the new name."""
    text = subprocess.run(["git", "show", f"{commit}:pytest_mambagen/execution.py"], cwd=REPO, check=True,
                          capture_output=True, text=True).stdout
    text = text.replace("from .harness import", "from pytest_mambagen.harness import")
    text = text.replace('"-p", "pytest_mambagen.execution"', f'"-p", "{HOMEMADE}"')
    (folder / f"{HOMEMADE}.py").write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    os.environ["PYTHONPATH"] = os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])
    return importlib.import_module(HOMEMADE)


def fixture_jobs(module) -> list:
    atlas = REPO / "fixtures" / "atlas"
    jobs = []
    for test in sorted((atlas / "reference").rglob("test_*.py")):
        jobs.append(module.Job(test, name=str(test.relative_to(atlas))))
    for screen_dir in sorted((atlas / "mutants").iterdir()):
        mutants = sorted(screen_dir.glob("*.jsx"))
        screens = list((atlas / "src").rglob(f"{screen_dir.name}.jsx"))
        if not mutants or len(screens) != 1:
            continue
        stem = screen_dir.name
        tests = [t for t in (atlas / "reference").rglob("test_*.py") if 'mount("' in t.read_text()
                 and f"{stem}.jsx" in t.read_text()]
        for test in sorted(tests)[:1]:
            jobs.append(module.Job(test, overrides={screens[0]: mutants[0]}, name=f"{stem}/{mutants[0].stem}",
                                   stop_at_first_failure=True))
    return jobs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "bulk-execution.json"))
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    from pytest_mambagen import execution as xdist_runner

    folder = Path(tempfile.mkdtemp(prefix="mambagen-bench-exec-"))
    homemade = homemade_module(folder, args.baseline)
    node_modules = xdist_runner.default_node_modules()
    runners = {"xdist": xdist_runner, "homemade": homemade}
    times: dict[str, list[float]] = {name: [] for name in runners}
    outcomes: dict[str, list] = {}
    for _ in range(args.rounds):
        for name, module in runners.items():
            jobs = fixture_jobs(module)
            began = time.perf_counter()
            report = module.run_jobs(jobs, workers=args.workers, node_modules=node_modules, test_timeout_s=60)
            times[name].append(round(time.perf_counter() - began, 2))
            outcomes[name] = [(r.name, r.outcome, r.counts) for r in report.results]
            print(f"{name}: {report.summary()}", flush=True)
    same = [(a[0], a[1]) for a in outcomes["xdist"]] == [(b[0], b[1]) for b in outcomes["homemade"]]
    best = {name: min(ts) for name, ts in times.items()}
    result = {
        "what": "fixtures/atlas reference tests (one job each) + each screen's first mutant against one "
                "reference test (stop_at_first_failure), run_jobs(workers=N), wall seconds",
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpus": os.cpu_count()},
        "workers": args.workers, "rounds": args.rounds, "jobs": len(outcomes["xdist"]),
        "tests": sum(sum(c.values()) for _, _, c in outcomes["xdist"]),
        "baseline_commit": args.baseline,
        "seconds": times,
        "best_s": best, "median_s": {name: statistics.median(ts) for name, ts in times.items()},
        "ratio_homemade_over_xdist_best": round(best["homemade"] / best["xdist"], 3),
        "same_outcomes": same,
        "kept": "xdist" if best["xdist"] <= best["homemade"] * 1.05 else "homemade",
    }
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
