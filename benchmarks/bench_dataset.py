"""Benchmark the dataset builder: generation speed, leak-guard cost, verification speed in Chromium,
and the freshness of a big build.

    python benchmarks/bench_dataset.py [--n 3000] [--verify 24] [--out benchmarks/results/dataset-bench.json]
    python benchmarks/bench_dataset.py --freshness 40000 [--workers-gen 15]   # -> dataset-freshness-<seed>.json

Prints samples/s for generation alone, with the leak guard, end to end to
corpus.jsonl (``build``), and verified samples/s (tests + mutants in Chromium)
when ``--verify K`` > 0 and the browser toolchain is present. ``--freshness N``
instead draws N train samples and measures how often content strings and test
names recur (:mod:`pytest_mambagen.data.synth.freshness`), the answer lengths in
tokens of the embedded tokenizer (when ``tokenizers`` is installed), test
functions per sample and the layouts drawn.
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


def _quantiles(values: list[int]) -> dict:
    v = sorted(values)
    if not v:
        return {}
    n = len(v)
    return {"mean": round(sum(v) / n, 1), "p10": v[n // 10], "p25": v[n // 4], "p50": v[n // 2], "p75": v[3 * n // 4],
            "p90": v[9 * n // 10], "max": v[-1]}


def freshness(a) -> int:
    from collections import Counter

    from pytest_mambagen.data.synth.freshness import stats

    errors: list[str] = []
    t = time.perf_counter()
    samples = list(generate(GenOptions(seed=a.seed, n_train=a.freshness, n_test=0, n_val=0, mutants=False), errors=errors,
                            workers=a.workers_gen))
    gen_s = time.perf_counter() - t
    res: dict = {"generator_version": GENERATOR_VERSION, "seed": a.seed, "samples": len(samples), "python": platform.python_version(),
                 "cpus": os.cpu_count(), "generator_workers": a.workers_gen, "generation_seconds": round(gen_s, 1),
                 "samples_per_s": round(len(samples) / gen_s, 1), "redrawn": len(errors)}
    res["freshness"] = stats(samples, top=30)
    tests = [s.test.count("\ndef test_") for s in samples]
    res["test_functions_per_sample"] = {"mean": round(sum(tests) / len(tests), 2), "histogram": dict(sorted(Counter(tests).items()))}
    res["layouts"] = dict(Counter(s.react_style.split("/")[-1].split("+")[0] for s in samples).most_common())
    res["with_siblings"] = round(sum(1 for s in samples if s.siblings) / len(samples), 3)
    res["plain_errors"] = round(sum(1 for s in samples if "plain-errors" in s.react_style) / len(samples), 3)
    res["kinds"] = dict(Counter(s.kind for s in samples).most_common())
    try:
        from tokenizers import Tokenizer
    except ImportError:
        res["answer_tokens"] = "tokenizers is not installed"
    else:
        from pytest_mambagen.prompts import answer_text

        tok = Tokenizer.from_file(str(ROOT / "pytest_mambagen" / "embedded" / "base" / "tokenizer.json"))
        lens = [len(e.ids) for e in tok.encode_batch([answer_text(s.test) for s in samples])]
        res["answer_tokens"] = _quantiles(lens)
        res["answer_tokens"]["share_250_600"] = round(sum(1 for x in lens if 250 <= x <= 600) / len(lens), 3)
        res["answer_tokens"]["share_below_250"] = round(sum(1 for x in lens if x < 250) / len(lens), 3)
        res["answer_tokens"]["share_above_600"] = round(sum(1 for x in lens if x > 600) / len(lens), 3)
    f = res["freshness"]
    print(f"{len(samples)} samples in {gen_s:.1f} s ({res['samples_per_s']} samples/s, {a.workers_gen} worker(s))")
    print(f"content string constants {f['content_string_constants']}, distinct {f['distinct_content_strings']}; "
          f"samples per string: max {f['max_samples_per_string']}, p99 {f['p99_samples_per_string']}, p99.9 {f['p999_samples_per_string']}")
    print(f"test functions {f['test_functions']}, distinct names {f['distinct_test_names']} (max reuse {f['max_samples_per_test_name']})")
    print("most frequent strings:", f["top_strings"][:8])
    print("answer tokens:", res["answer_tokens"])
    out = Path(a.out) if a.out else ROOT / "benchmarks" / "results" / f"dataset-freshness-{a.seed}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2, sort_keys=True) + "\n")
    print(f"wrote {out}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--verify", type=int, default=24, help="samples to verify in Chromium (0: skip)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--freshness", type=int, default=0, help="measure freshness on a build of this many train samples")
    ap.add_argument("--workers-gen", type=int, default=1, help="generator processes for --freshness")
    ap.add_argument("--out", default=None, help="results file (default dataset-bench.json, or dataset-freshness-<seed>.json)")
    a = ap.parse_args()
    if a.freshness:
        return freshness(a)
    a.out = a.out or str(ROOT / "benchmarks" / "results" / "dataset-bench.json")
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
