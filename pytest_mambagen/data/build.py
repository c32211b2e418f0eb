"""Build a synthetic corpus: generate, guard against eval leaks, verify in Chromium, record.

The corpus is rebuilt from code and seed wherever it is needed (the GPU machine
has no browser): samples that failed verification here are dropped there too,
through the drop list stored in ``benchmarks/results/dataset-<seed>.json``, so
both machines end with the same bytes and the same fingerprint.

Output (default ``data/synth-s<seed>-n<total>/``)::

    corpus.jsonl     one record per line (the fingerprint is its sha256)
    manifest.json    options, counts, fingerprint, speed, leak report, verification
    messages.jsonl   chat messages from the one prompt builder (with --messages)
"""

from __future__ import annotations

import json
import os
import platform
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from . import formats
from .leakguard import DEFAULT_N, DEFAULT_THRESHOLD, LeakGuard
from .splits import leaks, vocabulary_leaks
from .synth.generator import GENERATOR_VERSION, GenOptions, Sample, generate

DEFAULT_TRAIN, DEFAULT_TEST, DEFAULT_VAL = 40000, 1000, 500


@dataclass
class BuildOptions:
    seed: int = 0
    n_train: int = DEFAULT_TRAIN
    n_test: int = DEFAULT_TEST
    n_val: int = DEFAULT_VAL
    out: str | None = None
    families: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    fixtures: str = "fixtures"
    leak_n: int = DEFAULT_N
    leak_threshold: float = DEFAULT_THRESHOLD
    leak_action: str = "drop"  # drop | fail
    verify: bool = False
    verify_test: int = -1  # -1: every test-split sample
    verify_train: int = 300
    mutants: bool = True
    workers: int = 1
    gen_workers: int = field(default_factory=lambda: (os.cpu_count() or 1) - 1 if (os.cpu_count() or 1) > 2 else 1)
    node_modules: str | None = None
    drop_list: str | None = None  # a results file whose failed ids are dropped ("auto": the seed's, if it matches)
    results: str | None = None  # where to record verification results
    messages: bool = False
    scaffold: str = ""  # "steps": a "# <step>" comment before each manual step's code in the tests (ablation lever)
    extra: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def split_total(n: int, test: int | None = None, val: int | None = None) -> tuple[int, int, int]:
        """Split a total count like the default build (40000 : 1000 : 500)."""
        if n < 1:
            raise InputError(f"--n must be at least 1, got {n}")
        t = test if test is not None else (max(1, round(n * DEFAULT_TEST / 41500)) if n >= 10 else 0)
        v = val if val is not None else (max(1, round(n * DEFAULT_VAL / 41500)) if n >= 20 else 0)
        if t + v >= n:
            raise InputError(f"--n {n} leaves no training samples after {t} test and {v} validation")
        return n - t - v, t, v


def default_out(seed: int, total: int) -> Path:
    return Path("data") / f"synth-s{seed}-n{total}"


def results_path(seed: int) -> Path:
    return Path("benchmarks") / "results" / f"dataset-{seed}.json"


def _load_drop_list(path: Path, opts: BuildOptions, log) -> set[str]:
    """Ids that failed verification in a recorded build of the same seed and generator version.

    Sample ids are stable across corpus sizes (slot i of a split is drawn from
    ``"<seed>:<split>:<i>:<attempt>"`` whatever the other sizes are), so a
    record of a smaller verified build also applies to a bigger one.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return set()
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"drop list {path} cannot be read: {exc}", path=path) from exc
    want = {"seed": opts.seed, "generator_version": GENERATOR_VERSION}
    have = {k: data.get(k) for k in want}
    if have != want:
        log(f"drop list {path} is for {have}, not {want}: not used")
        return set()
    ids = set(data.get("dropped", []))
    sizes = {k: data.get(k) for k in ("n_train", "n_test", "n_val")}
    log(f"drop list {path} (verified build of {sizes}): {len(ids)} sample(s) that failed verification will be dropped")
    return ids


def build(opts: BuildOptions, log: Callable[[str], None] = print) -> dict[str, Any]:
    total = opts.n_train + opts.n_test + opts.n_val
    out = Path(opts.out) if opts.out else default_out(opts.seed, total)
    out.mkdir(parents=True, exist_ok=True)
    drop: set[str] = set()
    if opts.drop_list:
        p = results_path(opts.seed) if opts.drop_list == "auto" else Path(opts.drop_list)
        if opts.drop_list != "auto" and not p.exists():
            raise InputError(f"drop list {p} does not exist", path=p)
        drop = _load_drop_list(p, opts, log)
    guard = LeakGuard(opts.fixtures, n=opts.leak_n, threshold=opts.leak_threshold)
    rng = random.Random(f"verify-pick:{opts.seed}")
    pick_train = set(rng.sample(range(opts.n_train), min(opts.verify_train, opts.n_train))) if opts.verify else set()
    to_verify: list[Sample] = []
    errors: list[str] = []
    counts = {"train": 0, "validation": 0, "test": 0}
    dropped_known = 0
    gen = GenOptions(seed=opts.seed, n_train=opts.n_train, n_test=opts.n_test, n_val=opts.n_val,
                     families=tuple(opts.families), domains=tuple(opts.domains), mutants=opts.verify and opts.mutants,
                     scaffold=opts.scaffold)
    t0 = time.perf_counter()
    generated = 0

    overlaps: dict[str, tuple[float, str]] = {}

    def stream():
        nonlocal generated, dropped_known
        for s in generate(gen, errors=errors, workers=opts.gen_workers, guard=guard if guard.names else None, overlaps=overlaps):
            generated += 1
            if s.id in drop:
                dropped_known += 1
                continue
            if not guard.check(s, overlaps.pop(s.id, None)):
                if opts.leak_action == "fail":
                    r = guard.report
                    raise InputError(f"sample {s.id} overlaps evaluation file {r.flagged[-1][1]} "
                                     f"({r.flagged[-1][2]:.2f} > {opts.leak_threshold}); the build stops (leak action 'fail')")
                continue
            counts[s.split] += 1
            if opts.verify:
                idx = int(s.id.split("-")[1])
                if (s.split == "test" and (opts.verify_test < 0 or idx < opts.verify_test)) or (s.split == "train" and idx in pick_train):
                    to_verify.append(s)
            yield s

    corpus = out / "corpus.jsonl"
    n, fp = formats.write_jsonl(stream(), corpus)
    gen_s = time.perf_counter() - t0
    speed = generated / gen_s if gen_s else 0.0
    log(f"generated {generated} samples in {gen_s:.1f} s ({speed:.0f} samples/s); wrote {n} to {corpus}")
    log(guard.report.summary())
    if errors:
        log(f"{len(errors)} draw(s) failed in a family and were redrawn; first: {errors[0]}")
    verify_info: dict[str, Any] | None = None
    if opts.verify:
        from .verify import verify

        vrep = verify(to_verify, workers=opts.workers, mutants=opts.mutants, node_modules=opts.node_modules, log=log)
        failed = {i for i, _ in vrep.failed}
        if failed:
            keep = [s for s in formats.read_jsonl(corpus) if s.id not in failed]
            n, fp = formats.write_jsonl(keep, corpus)
            for s in to_verify:
                if s.id in failed:
                    counts[s.split] -= 1
            log(f"dropped {len(failed)} sample(s) whose test failed; {n} remain")
        verify_info = vrep.to_dict()
        verify_info["verified_test"] = sum(1 for s in to_verify if s.split == "test")
        verify_info["verified_train"] = sum(1 for s in to_verify if s.split == "train")
        drop_all = sorted(drop | failed)
    else:
        drop_all = sorted(drop)
    final = list(formats.read_jsonl(corpus))
    split_problems = leaks(final) + leaks(final, "train", "validation") + vocabulary_leaks(final, "validation", "test")
    manifest = {
        "generator_version": GENERATOR_VERSION, "seed": opts.seed, "n_train": opts.n_train, "n_test": opts.n_test,
        "n_val": opts.n_val, "families": list(opts.families), "domains": list(opts.domains), "scaffold": opts.scaffold,
        "counts": counts, "samples": n, "fingerprint": fp, "corpus": corpus.as_posix(),
        "generation": {"samples": generated, "seconds": round(gen_s, 2), "samples_per_s": round(speed, 1),
                       "redrawn_after_error": len(errors)},
        "dropped_from_list": dropped_known, "leak_guard": guard.report.to_dict(), "split_leaks": split_problems,
        "verification": verify_info, "python": platform.python_version(),
    }
    if opts.messages:
        t1 = time.perf_counter()
        m = formats.write_messages(formats.read_jsonl(corpus), out / "messages.jsonl")
        log(f"wrote {m} chat-message records to {out / 'messages.jsonl'} in {time.perf_counter() - t1:.1f} s")
        manifest["messages"] = (out / "messages.jsonl").as_posix()
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if split_problems:
        log("split leaks: " + "; ".join(split_problems[:5]))
    if opts.verify:
        res = Path(opts.results) if opts.results else results_path(opts.seed)
        res.parent.mkdir(parents=True, exist_ok=True)
        record = {k: manifest[k] for k in ("generator_version", "seed", "n_train", "n_test", "n_val", "fingerprint",
                                           "counts", "generation", "leak_guard", "verification")}
        record["dropped"] = drop_all
        record["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count()}
        record["options"] = {k: v for k, v in asdict(opts).items() if k not in ("extra",)}
        res.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        log(f"recorded verification results and the drop list in {res}")
    log(f"fingerprint {fp}")
    return manifest
