"""What the component harness costs per test, measured in one run.

    python benchmarks/bench_harness.py [--repeats 25] [--screen fixtures/atlas/src/shop/Cart.jsx]
                                       [--samples 40] [--tag NAME]

Prints and writes ``benchmarks/results/harness-<tag>.json`` (tag: the host name
unless given) with:

* start: Playwright driver start and Chromium launch (once per session);
* bundle cold (esbuild run, new harness, memory and disk caches empty) and warm
  (memory cache hit: re-hash the screen and its local imports);
* mount, split into new context, new page + load + first render ("page ready"),
  and context close; **warm mount** = new context + page ready with a warm
  bundle, the cost a test pays before its first action (median of ``--repeats``);
* cold mount (a screen never bundled before, in a fresh context);
* verification throughput: ``--samples`` one-screen samples in temp folders (a
  counter screen and a three-test file each, as the data builder makes them)
  run through ``execution.run_jobs`` in one pytest session, in tests per second,
  with a fresh context per test (the default) and with ``isolation="page"``.

Timings on a shared 2-core machine are noisy: medians are reported with p90, and
the machine's load average is recorded. Never run this as a timed unit test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pytest_mambagen.execution import Job, default_node_modules, run_jobs  # noqa: E402
from pytest_mambagen.harness import Harness  # noqa: E402

DEFAULT_SCREEN = REPO / "fixtures" / "atlas" / "src" / "shop" / "Cart.jsx"

SAMPLE_SCREEN = """\
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

SAMPLE_TEST = """\
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


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return {"median_ms": ms(statistics.median(ordered)), "p90_ms": ms(p90), "min_ms": ms(ordered[0]),
            "n": len(ordered)}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def bench_mount(screen: Path, repeats: int, node_modules: Path | None) -> dict:
    out: dict = {}
    with Harness(node_modules=node_modules) as h:
        t0 = time.perf_counter()
        h.start()
        out["start"] = {"total_ms": ms(time.perf_counter() - t0),
                        "playwright_ms": ms(h.timings.get("playwright_start_s", 0)),
                        "chromium_launch_ms": ms(h.timings.get("browser_launch_s", 0))}
        out["versions"] = h.versions()

        t0 = time.perf_counter()
        cold = h.bundle(screen)
        out["bundle_cold_ms"] = ms(time.perf_counter() - t0)
        out["bundle_cold_esbuild_ms"] = ms(cold.build_s)
        out["bundle_bytes"] = len(cold.js)
        warm = []
        for _ in range(max(repeats, 20)):
            t0 = time.perf_counter()
            h.bundle(screen)
            warm.append(time.perf_counter() - t0)
        out["bundle_warm"] = stats(warm)

        # one throw-away mount so that Chromium's first-page costs are not counted as warm
        first_t0 = time.perf_counter()
        page = h.mount(screen)
        out["first_mount_ms"] = ms(time.perf_counter() - first_t0)
        h.close_context(page.context)

        contexts, ready, closes, whole = [], [], [], []
        for _ in range(repeats):
            t0 = time.perf_counter()
            ctx = h.new_context()
            t1 = time.perf_counter()
            h.mount(screen, context=ctx)
            t2 = time.perf_counter()
            h.close_context(ctx)
            t3 = time.perf_counter()
            contexts.append(t1 - t0)
            ready.append(t2 - t1)
            closes.append(t3 - t2)
            whole.append(t2 - t0)
        out["new_context"] = stats(contexts)
        out["page_ready"] = stats(ready)
        out["context_close"] = stats(closes)
        out["warm_mount"] = stats(whole)

        # cold mount: a screen this harness has never bundled (a fresh copy in a temp folder)
        colds = []
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(3):
                folder = Path(tmp) / f"c{i}"
                folder.mkdir()
                copy = folder / "Counter.jsx"
                copy.write_text(SAMPLE_SCREEN.replace("Increment", f"Increment {i}"))
                t0 = time.perf_counter()
                page = h.mount(copy)
                colds.append(time.perf_counter() - t0)
                h.close_context(page.context)
        out["cold_mount"] = stats(colds)
    return out


def bench_throughput(samples: int, node_modules: Path | None, workers: int, isolation: str = "context") -> dict:
    with tempfile.TemporaryDirectory(prefix="mambagen-bench-") as tmp:
        jobs = []
        for i in range(samples):
            folder = Path(tmp) / f"sample-{i:04d}"
            folder.mkdir()
            (folder / "Counter.jsx").write_text(SAMPLE_SCREEN)
            (folder / "test_counter.py").write_text(SAMPLE_TEST)
            jobs.append(Job(folder / "test_counter.py"))
        report = run_jobs(jobs, node_modules=node_modules, workers=workers, isolation=isolation)
    return {"samples": samples, "workers": workers, "isolation": isolation, "tests": report.tests,
            "passed": report.count("passed"), "wall_s": round(report.wall_s, 2),
            "tests_per_s": round(report.tests_per_s, 2), "samples_per_s": round(report.jobs_per_s, 2),
            "sessions": report.sessions}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--screen", type=Path, default=DEFAULT_SCREEN)
    parser.add_argument("--repeats", type=int, default=25)
    parser.add_argument("--samples", type=int, default=40, help="samples for the throughput run (0: skip)")
    parser.add_argument("--workers", type=int, default=1, help="workers for the throughput run")
    parser.add_argument("--tag", default=None, help="machine tag for the result file (default: host name)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    node_modules = default_node_modules()
    load_before = os.getloadavg()
    result = bench_mount(args.screen.resolve(), args.repeats, node_modules)
    if args.samples:
        result["throughput"] = bench_throughput(args.samples, node_modules, args.workers, "context")
        result["throughput_page_isolation"] = bench_throughput(args.samples, node_modules, args.workers, "page")
    tag = args.tag or socket.gethostname() or "machine"
    result["machine"] = {
        "tag": tag, "cpus": os.cpu_count(), "cpu_model": cpu_model(), "python": platform.python_version(),
        "platform": platform.platform(), "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }
    result["screen"] = str(args.screen.resolve().relative_to(REPO)) if args.screen.resolve().is_relative_to(REPO) \
        else str(args.screen)
    result["date"] = time.strftime("%Y-%m-%d %H:%M:%S")
    result["target"] = {"warm_mount_ms": 300, "met": result["warm_mount"]["median_ms"] < 300}

    v = result["versions"]
    print(f"machine: {result['machine']['cpus']} cpus, {result['machine']['cpu_model']}, python "
          f"{result['machine']['python']}, playwright {v['playwright']}, chromium {v['chromium']}, "
          f"esbuild {v['esbuild']}; load {result['machine']['loadavg_before'][0]}")
    print(f"start: playwright {result['start']['playwright_ms']} ms + chromium {result['start']['chromium_launch_ms']} ms")
    print(f"bundle cold: {result['bundle_cold_ms']} ms (esbuild {result['bundle_cold_esbuild_ms']} ms, "
          f"{result['bundle_bytes'] // 1024} KiB); warm: {result['bundle_warm']['median_ms']} ms")
    print(f"first mount: {result['first_mount_ms']} ms; cold mount (new screen): {result['cold_mount']['median_ms']} ms")
    for key in ("new_context", "page_ready", "context_close", "warm_mount"):
        s = result[key]
        print(f"{key.replace('_', ' ')}: median {s['median_ms']} ms, p90 {s['p90_ms']} ms (n={s['n']})")
    print(f"target: warm mount < 300 ms: {'met' if result['target']['met'] else 'NOT met'}")
    for key in ("throughput", "throughput_page_isolation"):
        if key in result:
            t = result[key]
            print(f"verification throughput ({t['isolation']} isolation): {t['tests']} tests ({t['samples']} samples,"
                  f" {t['passed']} passed) in {t['wall_s']} s = {t['tests_per_s']} tests/s, {t['samples_per_s']} "
                  f"samples/s ({t['workers']} worker(s), {t['sessions']} session(s))")
    out = args.out or REPO / "benchmarks" / "results" / f"harness-{tag}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
