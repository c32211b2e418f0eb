"""``mambagen dataset``: build, describe, convert and check training data.

    mambagen dataset synth [--n N] [--seed S] [--out DIR] [--verify [--verify-train K]] [--messages]
    mambagen dataset stats [PATH] [--json]
    mambagen dataset export PATH --to {jsonl,triplets,messages} OUT
    mambagen dataset import PATH OUT                 (triplet folders or JSONL -> corpus.jsonl)
    mambagen dataset from-repo REPO [--out DIR] [--include-generated]
    mambagen dataset check-leak PATH [--fixtures DIR] [--threshold T]
    mambagen dataset verify PATH [--n K] [--split test]
    mambagen dataset corpus check|verify|stats|export|augment-verify ...   (TestCase2Code-open, corpus/)

PATH is a corpus folder (holding corpus.jsonl), a .jsonl file (records or chat
messages) or a folder of triplet folders (m.txt, c.txt, a.txt). Without PATH,
``stats`` describes the newest corpus under data/.

Size (~540 lines): one job (the ``mambagen dataset`` commands); long because of their options and
messages.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from ..errors import InputError

#: The help's epilog: the docstring after its title, less the size note (that one is for readers of the source).
_EPILOG = __doc__.split("\n\n", 1)[1].split("\nSize (", 1)[0]


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("dataset", help="build, import, export and describe training data",
                              description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                              epilog=_EPILOG)
    sub = p.add_subparsers(dest="dataset_command", metavar="ACTION")
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])

    s = sub.add_parser("synth", help="generate a synthetic corpus (deterministic for a seed)")
    s.add_argument("--n", type=int, default=None, help="total samples (default 41500: 40000 train, 1000 test, 500 validation)")
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--test", type=int, default=None, dest="n_test", help="test-split samples (default: 1000/41500 of --n)")
    s.add_argument("--val", type=int, default=None, dest="n_val", help="validation samples (default: 500/41500 of --n)")
    s.add_argument("--out", default=None, help="output folder (default data/synth-s<seed>-n<total>)")
    s.add_argument("--family", action="append", default=[], help="only this family (repeatable)")
    s.add_argument("--domain", action="append", default=[], help="only this domain (repeatable)")
    s.add_argument("--verify", action="store_true", help="run test-split samples and a random sample of train in Chromium")
    s.add_argument("--verify-train", type=int, default=300, help="train samples verified with --verify (default 300)")
    s.add_argument("--verify-test", type=int, default=-1, help="test samples verified with --verify (default: all)")
    s.add_argument("--no-mutants", action="store_true", help="skip the mutant check during --verify")
    s.add_argument("--workers", type=int, default=1, help="browser sessions side by side during --verify")
    s.add_argument("--node-modules", default=None, help="node_modules with react, react-dom, esbuild")
    s.add_argument("--drop-list", default="auto",
                   help="results JSON whose failed ids are dropped ('auto': benchmarks/results/dataset-<seed>.json when it "
                        "matches the seed and sizes; 'none' to keep everything)")
    s.add_argument("--results", default=None, help="where --verify records results (default benchmarks/results/dataset-<seed>.json)")
    s.add_argument("--fixtures", default="fixtures", help="evaluation fixtures checked by the leak guard")
    s.add_argument("--leak-threshold", type=float, default=None)
    s.add_argument("--leak-action", choices=("drop", "fail"), default="drop")
    s.add_argument("--messages", action="store_true", help="also write messages.jsonl (chat form from the prompt builder)")
    s.set_defaults(func=cmd_synth)

    st = sub.add_parser("stats", help="Table-2 statistics of a dataset")
    st.add_argument("path", nargs="?", default=None)
    st.add_argument("--json", action="store_true", help="print JSON")
    st.set_defaults(func=cmd_stats)

    e = sub.add_parser("export", help="convert a dataset to another format")
    e.add_argument("path")
    e.add_argument("--to", choices=("jsonl", "triplets", "messages"), required=True)
    e.add_argument("out")
    e.add_argument("--split", action="append", default=[], help="only this split (repeatable)")
    e.set_defaults(func=cmd_export)

    i = sub.add_parser("import", help="read triplet folders or JSONL into a corpus.jsonl (bad entries skipped)")
    i.add_argument("path")
    i.add_argument("out", help="output folder (corpus.jsonl is written there)")
    i.add_argument("--seed", type=int, default=0, help="seed for assigning splits by screen when the input has none")
    i.add_argument("--resplit", action="store_true", help="assign splits by screen even when the input has them")
    i.set_defaults(func=cmd_import)

    r = sub.add_parser("from-repo", help="harvest manual case + screen + human test triplets from a repository")
    r.add_argument("repo")
    r.add_argument("--out", default=None, help="output folder (default data/repo-<name>)")
    r.add_argument("--include-generated", action="store_true", help="also take unedited generated tests (reviewed ones)")
    r.add_argument("--seed", type=int, default=0, help="seed for the split by screen")
    r.set_defaults(func=cmd_from_repo)

    c = sub.add_parser("check-leak", help="n-gram overlap of a dataset with the evaluation fixtures")
    c.add_argument("path")
    c.add_argument("--fixtures", default="fixtures")
    c.add_argument("--threshold", type=float, default=None)
    c.add_argument("--n", type=int, default=None, help="n-gram size (default 8)")
    c.set_defaults(func=cmd_check_leak)

    v = sub.add_parser("verify", help="run a dataset's tests against their screens (and mutants) in Chromium")
    v.add_argument("path")
    v.add_argument("--n", type=int, default=50, help="samples to run (default 50; 0 = all)")
    v.add_argument("--split", default=None)
    v.add_argument("--seed", type=int, default=0, help="seed for picking samples")
    v.add_argument("--workers", type=int, default=1)
    v.add_argument("--node-modules", default=None)
    v.add_argument("--json", default=None, help="write the report here")
    v.add_argument("--corpus-seed", type=int, default=None,
                   help="the seed the corpus was built with, to redraw mutants (default: from manifest.json)")
    v.set_defaults(func=cmd_verify)

    _add_corpus_parser(sub)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _report_skips(skips, out=None, limit: int = 20) -> None:
    if not skips:
        return
    out = out or sys.stderr
    print(f"skipped {len(skips)} entr{'y' if len(skips) == 1 else 'ies'}:", file=out)
    for s in skips[:limit]:
        print(f"  {s}", file=out)
    if len(skips) > limit:
        print(f"  ... and {len(skips) - limit} more", file=out)


def cmd_synth(a) -> int:
    from .build import DEFAULT_TEST, DEFAULT_TRAIN, DEFAULT_VAL, BuildOptions, build
    from .leakguard import DEFAULT_THRESHOLD

    if a.n is None and a.n_test is None and a.n_val is None:
        n_train, n_test, n_val = DEFAULT_TRAIN, DEFAULT_TEST, DEFAULT_VAL
    else:
        total = a.n if a.n is not None else DEFAULT_TRAIN + (a.n_test or 0) + (a.n_val or 0)
        n_train, n_test, n_val = BuildOptions.split_total(total, a.n_test, a.n_val)
    opts = BuildOptions(
        seed=a.seed, n_train=n_train, n_test=n_test, n_val=n_val, out=a.out, families=tuple(a.family),
        domains=tuple(a.domain), fixtures=a.fixtures,
        leak_threshold=a.leak_threshold if a.leak_threshold is not None else DEFAULT_THRESHOLD, leak_action=a.leak_action,
        verify=a.verify, verify_test=a.verify_test, verify_train=a.verify_train, mutants=not a.no_mutants,
        workers=a.workers, node_modules=a.node_modules, drop_list=None if a.drop_list == "none" else a.drop_list,
        results=a.results, messages=a.messages,
    )
    m = build(opts, log=lambda s: print(s, flush=True))
    print(f"corpus: {m['corpus']} ({m['samples']} samples: {m['counts']['train']} train, {m['counts']['validation']} validation, "
          f"{m['counts']['test']} test)")
    return 1 if m["split_leaks"] else 0


def _newest_corpus() -> Path:
    found = sorted(Path("data").glob("*/corpus.jsonl"), key=lambda p: (p.stat().st_mtime, str(p)))
    if not found:
        raise InputError("no corpus under data/; build one with 'mambagen dataset synth' or pass a path", path="data")
    return found[-1]


def cmd_stats(a) -> int:
    from . import formats, stats

    path = Path(a.path) if a.path else _newest_corpus()
    skips: list = []
    t0 = time.perf_counter()
    st = stats.compute(formats.read_any(path, skips))
    st["source"] = str(path)
    st["skipped"] = len(skips)
    if a.json:
        print(json.dumps(st, indent=2, sort_keys=True))
    else:
        print(f"dataset: {path}")
        print(stats.render(st))
        print(f"({time.perf_counter() - t0:.1f} s)")
    _report_skips(skips)
    return 0


def _filtered(a, skips):
    from . import formats

    for s in formats.read_any(a.path, skips):
        if not a.split or s.split in a.split:
            yield s


def cmd_export(a) -> int:
    from . import formats

    skips: list = []
    out = Path(a.out)
    if a.to == "jsonl":
        target = out if out.suffix == ".jsonl" else out / "corpus.jsonl"
        n, fp = formats.write_jsonl(_filtered(a, skips), target)
        print(f"wrote {n} records to {target} (sha256 {fp})")
    elif a.to == "triplets":
        n = formats.write_triplets(_filtered(a, skips), out)
        print(f"wrote {n} triplet folders under {out}")
    else:
        target = out if out.suffix == ".jsonl" else out / "messages.jsonl"
        n = formats.write_messages(_filtered(a, skips), target)
        print(f"wrote {n} chat-message records to {target}")
    _report_skips(skips)
    return 0


def cmd_import(a) -> int:
    from . import formats
    from .splits import assign_by_group, leaks

    skips: list = []
    samples = list(formats.read_any(a.path, skips))
    if a.resplit:
        assign_by_group(samples, a.seed)
    target = Path(a.out) / "corpus.jsonl"
    n, fp = formats.write_jsonl(samples, target)
    print(f"imported {n} samples into {target} (sha256 {fp}); skipped {len(skips)}")
    _report_skips(skips)
    for p in leaks(samples):
        _err(f"warning: {p}")
    return 0


def cmd_from_repo(a) -> int:
    from . import formats
    from .harvest import harvest
    from .splits import assign_by_group

    h = harvest(a.repo, include_generated=a.include_generated)
    assign_by_group(h.samples, a.seed)
    out = Path(a.out) if a.out else Path("data") / f"repo-{Path(a.repo).resolve().name}"
    n, fp = formats.write_jsonl(h.samples, out / "corpus.jsonl")
    by = {s: sum(1 for x in h.samples if x.split == s) for s in ("train", "validation", "test")}
    print(f"harvested {n} triplets from {a.repo} into {out / 'corpus.jsonl'} ({by['train']} train, {by['validation']} validation, "
          f"{by['test']} test; split by screen); skipped {len(h.skips)}; sha256 {fp}")
    _report_skips(h.skips)
    return 0


def cmd_check_leak(a) -> int:
    from . import formats
    from .leakguard import DEFAULT_N, DEFAULT_THRESHOLD, LeakGuard

    guard = LeakGuard(a.fixtures, n=a.n or DEFAULT_N, threshold=a.threshold if a.threshold is not None else DEFAULT_THRESHOLD)
    skips: list = []
    for s in formats.read_any(a.path, skips):
        guard.check(s)
    print(guard.report.summary())
    for sid, f, ov in guard.report.flagged[:20]:
        print(f"  {sid}: {ov:.3f} of {f}")
    _report_skips(skips)
    return 1 if guard.report.flagged else 0


def cmd_verify(a) -> int:
    import random

    from . import formats
    from .verify import verify

    skips: list = []
    samples = [s for s in formats.read_any(a.path, skips) if a.split is None or s.split == a.split]
    if a.n and len(samples) > a.n:
        samples = random.Random(f"verify:{a.seed}").sample(samples, a.n)
    corpus_seed = a.corpus_seed
    manifest = formats.find_corpus(a.path).parent / "manifest.json"
    if corpus_seed is None and manifest.is_file():
        corpus_seed = json.loads(manifest.read_text(encoding="utf-8")).get("seed")
    if corpus_seed is not None:
        for s in samples:
            s.mutant = _regenerate_mutant(s, corpus_seed)
    rep = verify(samples, workers=a.workers, node_modules=a.node_modules, log=lambda x: print(x, flush=True))
    if a.json:
        Path(a.json).write_text(json.dumps(rep.to_dict(), indent=2) + "\n", encoding="utf-8")
    _report_skips(skips)
    return 0 if not rep.failed else 1


def _regenerate_mutant(s, seed: int):
    """A synthetic sample's mutant: redraw its slot (id = split-index-family-domain) until the texts match."""
    from .synth.generator import generate_one

    parts = s.id.split("-")
    if not (s.family and s.domain) or len(parts) < 4 or not parts[1].isdigit():
        return None
    for attempt in range(8):
        try:
            g = generate_one(s.family, s.domain, s.split, s.id, f"{seed}:{s.split}:{int(parts[1])}:{attempt}")
        except Exception:
            return None
        if g.jsx == s.jsx and g.test == s.test:
            return g.mutant
    return None


# ---------------------------------------------------------------- mambagen dataset corpus ...

CORPUS_HELP = """TestCase2Code-open, the hand-written corpus under corpus/ (see corpus/README.md).

    mambagen dataset corpus check [PATHS]                       layout, splits, products (no browser)
    mambagen dataset corpus verify [PATHS] [--workers N] [--plain] [--retry R] [--out JSON]
    mambagen dataset corpus stats [--json | --markdown] [--out JSON]   the paper's Table 2 and coverage
    mambagen dataset corpus export --to triplets OUT             m.txt, c.txt, a.txt, siblings/, mutants/
    mambagen dataset corpus export --to jsonl OUT                corpus.jsonl (+ mutants.jsonl)
    mambagen dataset corpus augment-verify [--per N] [--sample K] [--seed S] [--plain] [--out JSON]
    mambagen dataset corpus check-leak [--fixtures DIR]          the leak guard against fixtures/

PATHS are triplet folders (corpus/triplets/<slug>) or slugs; without them, every triplet."""


def _at_least(a, name: str, minimum: int) -> None:
    value = getattr(a, name)
    if value < minimum:
        raise InputError(f"--{name} must be at least {minimum}, got {value}")


def _print_row(row: dict) -> None:
    if "layout" in row:
        print(f"FAIL {row['slug']}: layout problems (not run)")
        return
    kills = sum(m["killed"] for m in row["mutants"])
    flaky = " (flaky: failed on an earlier attempt)" if row.get("flaky") else ""
    print(f"{'ok  ' if row['ok'] else 'FAIL'} {row['slug']}: reference {'passes' if row['passed'] else 'FAILS'}; "
          f"mutants killed {kills}/{len(row['mutants'])}{flaky}")
    if not row["passed"]:
        print(f"       {row['message'][:600]}")
    for m in row["mutants"]:
        if not m["killed"]:
            print(f"       mutant survives: {m['bug']} ({m['how'][:200]})")


def _add_corpus_parser(sub) -> None:
    from .corpus import DEFAULT_ROOT

    c = sub.add_parser("corpus", help="TestCase2Code-open: check, verify, describe, export and augment corpus/",
                       description=CORPUS_HELP.split("\n\n")[0], epilog=CORPUS_HELP.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    c.set_defaults(func=lambda a: (c.print_help(), 2)[1])
    cs = c.add_subparsers(dest="corpus_command", metavar="ACTION")

    def common(p, paths: bool = True) -> None:
        if paths:
            p.add_argument("paths", nargs="*", metavar="PATHS", help="triplet folders or slugs (default: all)")
        p.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the corpus folder (default: corpus/)")

    ch = cs.add_parser("check", help="layout of every triplet, splits.json, one product per triplet (instant)")
    common(ch)
    ch.set_defaults(func=cmd_corpus_check)

    v = cs.add_parser("verify", help="each reference test on its screen (must pass) and its mutants (must fail)")
    common(v)
    v.add_argument("--workers", type=int, default=1,
                   help="browser sessions side by side (default 1; most of a mutant's time is the expect timeout "
                        "waiting, so 3 pays even on 2 cores)")
    v.add_argument("--plain", dest="mode", action="store_const", const="plain", default="fast",
                   help="the reference path: one session per triplet, a fresh browser context per test, every test "
                        "on every mutant (default: batched, see corpus.MODES)")
    v.add_argument("--retry", type=int, default=0,
                   help="run failing triplets again on the plain path up to R times, every attempt recorded "
                        "(default 0)")
    v.add_argument("--out", type=Path, default=None, help="write the verification record (JSON) here")
    v.add_argument("--node-modules", type=Path, default=None, help="node_modules with react, react-dom, esbuild")
    v.set_defaults(func=cmd_corpus_verify)

    st = cs.add_parser("stats", help="the paper's Table 2 per split, and coverage tables")
    common(st, paths=False)
    fmt = st.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--markdown", action="store_true", help="print Markdown tables")
    st.add_argument("--out", type=Path, default=None,
                    help="also write the stats as a record (JSON: date, commit, corpus fingerprint) here")
    st.set_defaults(func=cmd_corpus_stats)

    e = cs.add_parser("export", help="write the corpus in the paper's layout (triplets) or as JSONL records")
    common(e, paths=False)
    e.add_argument("--to", choices=("triplets", "jsonl"), required=True)
    e.add_argument("out", type=Path, metavar="OUT")
    e.add_argument("--split", action="append", default=[], choices=("train", "dev", "test"),
                   help="only this split (repeatable)")
    e.set_defaults(func=cmd_corpus_export)

    a = cs.add_parser("augment-verify", help="renamed variants of a sample of triplets, verified in Chromium")
    common(a)
    a.add_argument("--per", type=int, default=1, help="variants per triplet (default 1)")
    a.add_argument("--sample", type=int, default=60,
                   help="triplets drawn at random (default 60; 0 = all of the split or PATHS)")
    a.add_argument("--seed", type=int, default=0, help="seed of the renaming and of the draw")
    a.add_argument("--split", default="train", choices=("train", "dev", "test", "all"),
                   help="split the sample is drawn from (default train: the one augmentation multiplies)")
    a.add_argument("--workers", type=int, default=1)
    a.add_argument("--plain", dest="mode", action="store_const", const="plain", default="fast",
                   help="one session per variant, a fresh context per test, every test on every mutant")
    a.add_argument("--out", type=Path, default=None, help="write the record (JSON) here")
    a.set_defaults(func=cmd_corpus_augment_verify)

    lk = cs.add_parser("check-leak", help="n-gram containment of fixtures/ files in the corpus (the leak guard)")
    common(lk, paths=False)
    lk.add_argument("--fixtures", type=Path, default=Path("fixtures"))
    lk.add_argument("--threshold", type=float, default=None)
    lk.add_argument("--n", type=int, default=None, help="n-gram size (default 8)")
    lk.set_defaults(func=cmd_corpus_check_leak)


def _write_json(path: Path, data: dict) -> None:
    if path.is_dir():
        raise InputError("--out is a folder; give a file name", path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def cmd_corpus_check(a) -> int:
    from .corpus import KINDS, corpus_problems, resolve

    triplets = resolve(a.paths, a.root)
    problems = corpus_problems(triplets, a.root, whole=not a.paths)
    for p in problems:
        print(f"LAYOUT {p}")
    bad = sum(1 for t in triplets if t.problems)
    kinds = {k for t in triplets for k in t.kinds}
    splits = {s: sum(1 for t in triplets if t.split == s) for s in ("train", "dev", "test")}
    print(f"{len(triplets) - bad}/{len(triplets)} triplets have a sound layout; {len(kinds)} of {len(KINDS)} kinds; "
          f"{sum(len(t.mutants) for t in triplets)} mutants; " + ", ".join(f"{s} {n}" for s, n in splits.items()))
    return 1 if problems else 0


def cmd_corpus_verify(a) -> int:
    from .corpus import resolve, verify_run

    _at_least(a, "workers", 1)
    _at_least(a, "retry", 0)
    triplets = resolve(a.paths, a.root)
    if a.node_modules is not None and not (a.node_modules / "react").is_dir():
        raise InputError("--node-modules has no react/ in it", path=a.node_modules)
    for t in triplets:
        for problem in t.problems:
            print(f"LAYOUT {problem}")
    n_mut = sum(len(t.mutants) for t in triplets if not t.problems)
    print(f"verifying {len(triplets)} triplet(s), {n_mut} mutants, {a.workers} worker(s), {a.mode} path", flush=True)
    rec = verify_run(triplets, workers=a.workers, retry=a.retry, node_modules=a.node_modules, mode=a.mode,
                     log=lambda s: print(s, file=sys.stderr, flush=True))
    for row in rec["triplets"]:
        _print_row(row)
    t, load = rec["totals"], rec["load_average"]
    print(f"{t['verified']}/{t['triplets']} triplets verified ({t['layout_problems']} with layout problems): "
          f"reference passes {t['reference_passed']}/{t['reference_passed'] + t['reference_failed']}, "
          f"mutants killed {t['killed']}/{t['mutants']}; {rec['wall_s']:.1f}s ({rec['triplets_per_s']:.3f} triplets/s, "
          f"{rec['jobs_per_s']:.2f} jobs/s, {a.workers} worker(s), {a.mode} path); load average "
          f"{load['start_1_5_15'][0]} at start, {load['during_1min']['mean']} mean, {load['end_1_5_15'][0]} at end")
    if rec["retried"]:
        print(f"retried: {', '.join(rec['retried'])}; flaky (failed, then held): {', '.join(rec['flaky']) or 'none'}")
    if a.out:
        rec["command"] = "mambagen dataset corpus verify " + " ".join(
            [*a.paths, f"--workers {a.workers}", *(["--plain"] if a.mode == "plain" else []),
             *([f"--retry {a.retry}"] if a.retry else []), f"--out {a.out}"])
        _write_json(a.out, rec)
        print(f"record: {a.out}")
    return 0 if rec["all_hold"] else 1


def cmd_corpus_stats(a) -> int:
    import datetime

    from .corpus import corpus_stats, fingerprint, git_commit, render_stats, render_stats_markdown, resolve

    triplets = resolve([], a.root)
    st = corpus_stats(triplets)
    if a.out:
        _write_json(a.out, {
            "what": "TestCase2Code-open corpus statistics: the paper's Table 2 per split and the coverage tables",
            "command": "mambagen dataset corpus stats --out " + str(a.out),
            "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"), "git": git_commit(),
            "corpus": {"root": str(a.root), "triplets": len(triplets), "fingerprint": fingerprint(triplets)},
            **st})
    if a.json:
        print(json.dumps(st, indent=1, ensure_ascii=False))
    elif a.markdown:
        print(render_stats_markdown(st))
    else:
        print(f"corpus: {a.root}")
        print(render_stats(st))
    bad = [p for t in triplets for p in t.problems]
    for p in bad:
        _err(f"LAYOUT {p} (not counted)")
    return 0


def cmd_corpus_export(a) -> int:
    from .corpus import export_jsonl, export_triplets, resolve

    triplets = [t for t in resolve([], a.root) if not a.split or t.split in a.split]
    bad = [t for t in triplets if t.problems]
    for t in bad:
        for p in t.problems:
            _err(f"LAYOUT {p} (not exported)")
    good = [t for t in triplets if not t.problems]
    if a.to == "triplets":
        n = export_triplets(good, a.out)
        print(f"wrote {n} triplet folders under {a.out} (m.txt, c.txt, a.txt, siblings/, mutants/; dev -> validation/)")
    else:
        target, n, sha, side = export_jsonl(good, a.out)
        print(f"wrote {n} records to {target} (sha256 {sha}) and their mutants to {side}")
    return 1 if bad else 0


def cmd_corpus_augment_verify(a) -> int:
    import random

    from .augment import augment_verify_run
    from .corpus import resolve

    _at_least(a, "per", 1)
    _at_least(a, "sample", 0)
    _at_least(a, "workers", 1)
    triplets = [t for t in resolve(a.paths, a.root) if not t.problems]
    if not a.paths and a.split != "all":
        triplets = [t for t in triplets if t.split == a.split]
    if a.sample and len(triplets) > a.sample:
        triplets = sorted(random.Random(f"augment-verify:{a.seed}").sample(triplets, a.sample), key=lambda t: t.slug)
    if not triplets:
        raise InputError(f"no usable triplet in split '{a.split}'", path=a.root)
    print(f"augment-verify: {len(triplets)} triplet(s) x {a.per} variant(s), seed {a.seed}", flush=True)
    rec = augment_verify_run(triplets, per_triplet=a.per, seed=a.seed, workers=a.workers, mode=a.mode,
                             log=lambda s: print(s, file=sys.stderr, flush=True))
    for row in rec["failures"]:
        print(f"FAIL {row['slug']} v{row['variant']}: {row['reason']}")
    t = rec["totals"]
    print(f"{t['variants']} variants of {t['triplets']} triplets ({t['not_made']} not made: nothing to rename or a "
          f"computed string): reference passes {t['passed']}/{t['variants']} ({rec['pass_rate']:.1%}), mutants killed "
          f"{t['killed']}/{t['mutants']} ({rec['kill_rate']:.1%}), {t['renamed_strings']} strings renamed; "
          f"{rec['wall_s']:.1f}s")
    if a.out:
        rec["command"] = (f"mambagen dataset corpus augment-verify --per {a.per} --sample {a.sample} --seed {a.seed} "
                          f"--split {a.split} --workers {a.workers}{' --plain' if a.mode == 'plain' else ''} "
                          f"--out {a.out}")
        _write_json(a.out, rec)
        print(f"record: {a.out}")
    return 0 if not rec["failures"] else 1


def cmd_corpus_check_leak(a) -> int:
    from .corpus import leak_report, resolve
    from .leakguard import DEFAULT_N, DEFAULT_THRESHOLD

    rep = leak_report(resolve([], a.root), a.fixtures, n=a.n or DEFAULT_N,
                      threshold=a.threshold if a.threshold is not None else DEFAULT_THRESHOLD)
    print(rep["summary"])
    for sid, f, ov in rep["flagged"][:20]:
        print(f"  {sid}: {ov:.3f} of {f}")
    return 1 if rep["flagged_count"] else 0
