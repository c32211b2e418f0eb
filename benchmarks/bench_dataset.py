"""Benchmark the dataset builder: generation speed, leak-guard cost, verification speed in Chromium.

    python benchmarks/bench_dataset.py [--n 3000] [--verify 24] [--out benchmarks/results/dataset-bench.json]

Prints samples/s for generation alone, with the leak guard, end to end to
corpus.jsonl (``build``), and verified samples/s (tests + mutants in Chromium)
when ``--verify K`` > 0 and the browser toolchain is present.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pytest_mambagen.data import stats  # noqa: E402
from pytest_mambagen.data.build import BuildOptions, build  # noqa: E402
from pytest_mambagen.data.leakguard import LeakGuard  # noqa: E402
from pytest_mambagen.data.synth.generator import GENERATOR_VERSION, GenOptions, generate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--verify", type=int, default=24, help="samples to verify in Chromium (0: skip)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "dataset-bench.json"))
    a = ap.parse_args()
    res: dict = {"generator_version": GENERATOR_VERSION, "n": a.n, "seed": a.seed, "python": platform.python_version(),
                 "cpus": os.cpu_count()}
    opts = GenOptions(seed=a.seed, n_train=a.n, n_test=0, n_val=0, mutants=False)
    t = time.perf_counter()
    samples = list(generate(opts))
    dt = time.perf_counter() - t
    res["generate_samples_per_s"] = round(len(samples) / dt, 1)
    t = time.perf_counter()
    list(generate(GenOptions(seed=a.seed, n_train=a.n, n_test=0, n_val=0, mutants=True)))
    res["generate_with_mutants_samples_per_s"] = round(a.n / (time.perf_counter() - t), 1)
    guard = LeakGuard(ROOT / "fixtures")
    t = time.perf_counter()
    for s in samples:
        guard.check(s)
    res["leak_guard_samples_per_s"] = round(len(samples) / (time.perf_counter() - t), 1)
    res["leak_guard"] = guard.report.to_dict()
    with tempfile.TemporaryDirectory() as tmp:
        for w in sorted({1, max(1, (os.cpu_count() or 1) - 1)}):
            m = build(BuildOptions(seed=a.seed, n_train=a.n, n_test=0, n_val=0, out=tmp, fixtures=str(ROOT / "fixtures"), gen_workers=w),
                      log=lambda s: None)
            res[f"build_samples_per_s_workers_{w}"] = m["generation"]["samples_per_s"]
        res["fingerprint"] = m["fingerprint"]
    st = stats.compute(samples)["splits"]["all"]
    res["chars"] = {part: st[part]["chars"] for part in ("manual", "jsx", "test")}
    if a.verify:
        try:
            from pytest_mambagen.data.verify import verify
            from pytest_mambagen.execution import default_node_modules
        except ImportError as exc:
            print(f"verification skipped: {exc}")
        else:
            if default_node_modules() is None:
                print("verification skipped: no fixtures/atlas/node_modules")
            else:
                pick = list(generate(GenOptions(seed=a.seed + 1, n_train=a.verify, n_test=0, n_val=0)))
                rep = verify(pick, workers=a.workers, log=print)
                res["verify"] = rep.to_dict()
                res["verified_samples_per_s"] = round(rep.samples_per_s, 3)
    for k, v in res.items():
        if not isinstance(v, dict):
            print(f"{k}: {v}")
    print("chars (mean/p50/p95):", {k: (v["mean"], v["p50"], v["p95"]) for k, v in res["chars"].items()})
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(res, indent=2, sort_keys=True) + "\n")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
