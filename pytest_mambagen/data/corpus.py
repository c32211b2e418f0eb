"""TestCase2Code-open: the hand-written corpus of manual cases, React screens and tests.

Layout (``corpus/`` at the repository root; one folder per triplet, one imaginary product each)::

    corpus/triplets/<slug>/
        triplet.json              product, kinds, react styles, QA style, mutants (see below)
        <Screen>.jsx              the screen (the paper's c.txt); default export, mounts with no props
        <Screen>.manual.txt       the manual case (m.txt), paired with the screen as the plugin pairs it
        test_<screen>.py          the reference test (a.txt): pytest + Playwright sync API + ``mount``
        *.jsx / *.js, subfolders  sibling components and helper modules the screen imports

``triplet.json``::

    {"product": "Fernway bike rental", "kinds": ["multi-step-flow", "form-validation"],
     "react": ["useReducer", "siblings", "htmlFor"], "qa_style": "gherkin",
     "mutants": [{"file": "Screen.jsx", "original": "total > 100", "mutated": "total >= 100",
                  "bug": "free delivery from exactly 100 instead of above it"}]}

A mutant is recorded as its one edit (``original`` occurs exactly once in ``file``
and is replaced by ``mutated``); :func:`materialize` writes the full copy of the
triplet with the bug in a temporary folder, so any file of the triplet may carry it.
The reference test kills a mutant when at least one of its test functions fails on it.

    python -m pytest_mambagen.data.corpus verify [corpus/triplets/<slug> ...] [--workers N]
    python -m pytest_mambagen.data.corpus check  [...]     # layout only, no browser

The command users run is ``mambagen dataset corpus check|verify|stats|export|augment-verify|check-leak``
(data/cli.py), built on :func:`resolve`, :func:`verify_run`, :func:`corpus_stats`, :func:`export_triplets`,
:func:`export_jsonl` and :func:`leak_report` below (the augmenter's check is
:func:`pytest_mambagen.data.augment.augment_verify_run`).

Size (~930 lines): it reads one thing, the corpus, with the checks each triplet must pass; it also
holds the batched verification, which would move out beside ``execution.py`` in a split.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

REPO = Path(__file__).resolve().parents[2]
DEFAULT_ROOT = REPO / "corpus"
TRIPLETS = "triplets"
META = "triplet.json"
QA_STYLES = ("numbered", "gherkin", "verify", "testrail", "jira", "terse", "table", "prose")
MIN_SCREEN_LINES, MAX_SCREEN_LINES = 60, 300
KINDS = frozenset("""form-validation signup-password-rules address-form profile-edit multi-step-flow survey-quiz
contact-form-char-limit file-upload-mockup search-list filter-list sort-list paginated-table sortable-table
bulk-select-table autocomplete tree-expand cart pricing-calculator loan-tip-calculator invoice-line-items promo-code
stepper-quantity seat-grid-selection unit-converter confirm-dialog drawer-panel tabs accordion modal-add-form
toast-notifications dismissible-banners actions-menu settings-toggles permissions-matrix inline-edit reorder-buttons
todo-list status-board tag-input undo-redo comments-thread chat rating-stars votes-polls date-picker
time-slot-picker dashboard-counters states-from-props keyboard-interactions""".split())
REACT_STYLES = frozenset("""hooks useReducer context custom-hook class siblings helper-module controlled uncontrolled
test-ids no-test-ids aria-label htmlFor wrapping-label placeholder-only plain-error role-alert
quirk-unlabelled-checkbox quirk-unnamed-grid quirk-counter-no-role quirk-overlapping-names quirk-rows-without-ids
conditional-rendering""".split())


@dataclass
class Mutant:
    file: str
    original: str
    mutated: str
    bug: str


@dataclass
class Triplet:
    slug: str
    folder: Path
    product: str = ""
    kinds: list[str] = field(default_factory=list)
    react: list[str] = field(default_factory=list)
    qa_style: str = ""
    split: str = ""
    screen: str = ""  # file name of the screen, e.g. "RentalCheckout.jsx"
    manual_file: str = ""
    test_file: str = ""
    mutants: list[Mutant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def manual(self) -> str:
        return (self.folder / self.manual_file).read_text(encoding="utf-8")

    @property
    def jsx(self) -> str:
        return (self.folder / self.screen).read_text(encoding="utf-8")

    @property
    def test(self) -> str:
        return (self.folder / self.test_file).read_text(encoding="utf-8")

    def sources(self) -> dict[str, str]:
        """Every screen-side file of the triplet (screen and siblings), by path relative to the folder."""
        out = {}
        for path in sorted(self.folder.rglob("*")):
            if path.is_file() and path.suffix in (".jsx", ".js", ".tsx", ".ts", ".css", ".json") \
                    and path.name != META:
                out[path.relative_to(self.folder).as_posix()] = path.read_text(encoding="utf-8")
        return out


def triplet_folders(root: Path = DEFAULT_ROOT) -> list[Path]:
    base = root / TRIPLETS if (root / TRIPLETS).is_dir() else root
    if (base / META).is_file():
        return [base]
    return sorted(p for p in base.iterdir() if p.is_dir() and (p / META).is_file()) if base.is_dir() else []


def load_triplet(folder: Path, splits: dict[str, str] | None = None) -> Triplet:
    """Read one triplet folder; layout problems are collected in ``problems``, never raised."""
    from ..discovery import load_case, target_for

    t = Triplet(slug=folder.name, folder=folder)
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        t.problems.append(f"{folder.name}/{META} cannot be read: {exc}")
        return t
    t.product = str(meta.get("product", ""))
    t.kinds = [str(k) for k in meta.get("kinds", [])]
    t.react = [str(k) for k in meta.get("react", [])]
    t.qa_style = str(meta.get("qa_style", ""))
    t.split = (splits or {}).get(t.slug) or split_of(t.slug)
    for field_name in ("product", "kinds", "react", "qa_style"):
        if not meta.get(field_name):
            t.problems.append(f"{folder.name}/{META}: field '{field_name}' is missing or empty")
    unknown = [k for k in t.kinds if k not in KINDS] + [r for r in t.react if r not in REACT_STYLES]
    if unknown:
        t.problems.append(f"{folder.name}/{META}: unknown kind or react style {', '.join(unknown)} "
                          "(see corpus/WRITING.md for the ids)")
    if t.qa_style and t.qa_style not in QA_STYLES:
        t.problems.append(f"{folder.name}/{META}: qa_style '{t.qa_style}' is not one of {', '.join(QA_STYLES)}")
    manuals = sorted(folder.glob("*.manual.txt"))
    if len(manuals) != 1:
        t.problems.append(f"{folder.name}: expected exactly one *.manual.txt, found {len(manuals)}")
        return t
    case = load_case(manuals[0])
    if not case.ok:
        t.problems.append(f"{folder.name}: {case.error}")
        return t
    t.manual_file = manuals[0].name
    t.screen = case.screen_path.name
    t.test_file = target_for(manuals[0]).name
    if not (folder / t.test_file).is_file():
        t.problems.append(f"{folder.name}: the reference test {t.test_file} is missing")
    lines = len(case.screen_text.strip().splitlines())
    if not MIN_SCREEN_LINES <= lines <= MAX_SCREEN_LINES:
        t.problems.append(f"{folder.name}/{t.screen}: {lines} lines (want {MIN_SCREEN_LINES}-{MAX_SCREEN_LINES})")
    raw_mutants = meta.get("mutants") or []
    if not 1 <= len(raw_mutants) <= 3:
        t.problems.append(f"{folder.name}/{META}: wants 1-3 mutants, has {len(raw_mutants)}")
    for i, m in enumerate(raw_mutants):
        try:
            mutant = Mutant(str(m["file"]), str(m["original"]), str(m["mutated"]), str(m.get("bug", "")))
        except (KeyError, TypeError):
            t.problems.append(f"{folder.name}/{META}: mutant {i + 1} needs file, original, mutated, bug")
            continue
        target = folder / mutant.file
        if not target.is_file():
            t.problems.append(f"{folder.name}/{META}: mutant {i + 1} edits {mutant.file}, which does not exist")
            continue
        count = target.read_text(encoding="utf-8").count(mutant.original)
        if count != 1 or mutant.original == mutant.mutated or not mutant.bug:
            t.problems.append(f"{folder.name}/{META}: mutant {i + 1}: 'original' occurs {count} times in "
                              f"{mutant.file} (must be once), differs from 'mutated' and has a 'bug' text")
            continue
        t.mutants.append(mutant)
    return t


def load_corpus(root: Path = DEFAULT_ROOT, only: Iterable[str] = ()) -> list[Triplet]:
    splits = read_splits(root)
    wanted = set(only)
    return [load_triplet(f, splits) for f in triplet_folders(root) if not wanted or f.name in wanted]


def read_splits(root: Path = DEFAULT_ROOT) -> dict[str, str]:
    path = root / "splits.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {slug: split for split, slugs in data.get("splits", {}).items() for slug in slugs}


SPLITS = ("train", "dev", "test")


def split_of(slug: str) -> str:
    """The split of a product, from its slug alone: stable however many triplets are added.

    About a tenth each for dev and test; a product's triplet (and all its augmented
    variants) stays in one split.
    """
    import hashlib

    bucket = int(hashlib.sha256(slug.encode("utf-8")).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def write_splits(root: Path = DEFAULT_ROOT) -> dict[str, list[str]]:
    slugs = [f.name for f in triplet_folders(root)]
    splits = {name: sorted(s for s in slugs if split_of(s) == name) for name in SPLITS}
    (root / "splits.json").write_text(json.dumps(
        {"rule": "sha256(slug) % 10: 0 test, 1 dev, else train", "splits": splits}, indent=1) + "\n")
    return splits


def materialize(t: Triplet, mutant: Mutant | None, dest: Path) -> Path:
    """Copy the triplet (with one mutant's edit applied) into ``dest``; returns the test's path there."""
    shutil.copytree(t.folder, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    if mutant is not None:
        target = dest / mutant.file
        text = target.read_text(encoding="utf-8")
        target.write_text(text.replace(mutant.original, mutant.mutated, 1), encoding="utf-8")
    return dest / t.test_file


@dataclass
class TripletResult:
    slug: str
    passed: bool
    message: str = ""
    mutants: list[tuple[str, bool, str]] = field(default_factory=list)  # (bug, killed, how)
    tests: int = 0  # test functions (parametrized cases counted) run on the correct screen
    seconds: float = 0.0  # time of the triplet's jobs (reference + mutants) inside their sessions

    @property
    def ok(self) -> bool:
        return self.passed and all(killed for _, killed, _ in self.mutants)

    def to_dict(self) -> dict:
        return {"slug": self.slug, "passed": self.passed, "message": self.message, "tests": self.tests,
                "seconds": round(self.seconds, 2),
                "mutants": [{"bug": b, "killed": k, "how": h} for b, k, h in self.mutants]}


#: The two ways of running a verification. "plain" is the reference path: each triplet in a pytest session of
#: its own, a fresh browser context per test, every test function run on every mutant. "fast" is the batched
#: path: the references and every mutant copy of many triplets in few sessions (``workers`` side by side), one
#: page reused by every test (storage cleared per mount), and a mutant's remaining tests skipped once one has
#: failed (one failure is the kill). A failing fast verdict is re-checked on the plain path (see
#: :func:`verify_run`); tests/test_corpus_cli.py holds the two verdicts equal.
MODES = ("fast", "plain")
EXPECT_TIMEOUT_MS, ACTION_TIMEOUT_MS = 1500, 2500
FAST_JOBS_PER_SESSION = 120  # fresh sessions now and then: the workers stay balanced, a crash costs little


def verify(triplets: Sequence[Triplet], *, workers: int = 1, node_modules: Path | None = None,
           progress=None, mode: str = "plain") -> tuple[list[TripletResult], float]:
    """Run every reference test on its screen and on each of its mutants in Chromium (see :data:`MODES`)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    if mode == "plain":
        results, wall, done = [], 0.0, 0
        total = sum(1 + len(t.mutants) for t in triplets)
        for t in triplets:
            n = 1 + len(t.mutants)

            def step(d: int, _total: int, base: int = done) -> None:
                if progress is not None:
                    progress(base + d, total)

            rs, w = _verify_batch([t], workers=1, node_modules=node_modules, progress=step, fast=False)
            results += rs
            wall += w
            done += n
        return results, wall
    return _verify_batch(triplets, workers=workers, node_modules=node_modules, progress=progress, fast=True)


def _verify_batch(triplets: Sequence[Triplet], *, workers: int, node_modules: Path | None, progress,
                  fast: bool) -> tuple[list[TripletResult], float]:
    from ..execution import Job, default_node_modules, run_jobs

    node_modules = node_modules or corpus_node_modules()
    jobs, owners = [], []
    with tempfile.TemporaryDirectory(prefix="mambagen-corpus-") as tmp:
        for t in triplets:
            jobs.append(Job(str(materialize(t, None, Path(tmp) / t.slug / "ok")), name=f"{t.slug}"))
            owners.append((t, None))
            for i, m in enumerate(t.mutants):
                jobs.append(Job(str(materialize(t, m, Path(tmp) / t.slug / f"m{i}")), name=f"{t.slug}/m{i}",
                                stop_at_first_failure=fast))
                owners.append((t, m))
        t0 = time.monotonic()
        extra = {"isolation": "page", "max_jobs_per_session": FAST_JOBS_PER_SESSION} if fast else {}
        report = run_jobs(jobs, workers=workers, node_modules=node_modules or default_node_modules(),
                          expect_timeout_ms=EXPECT_TIMEOUT_MS, action_timeout_ms=ACTION_TIMEOUT_MS,
                          progress=progress, **extra)
        wall = time.monotonic() - t0
    results: dict[str, TripletResult] = {}
    for (t, m), res in zip(owners, report.results, strict=True):
        if m is None:
            failing = [r for r in res.tests if r.outcome != "passed"]
            msg = "" if res.outcome == "passed" else (
                res.message or "; ".join(f"{r.name}: {r.message}" for r in failing[:3]))
            if res.outcome == "passed" and not res.tests:
                msg = "no test ran"
            results[t.slug] = TripletResult(t.slug, res.outcome == "passed" and bool(res.tests), msg,
                                            tests=len(res.tests), seconds=res.duration_s)
        else:
            results[t.slug].seconds += res.duration_s
            killed = res.outcome == "failed" and any(r.outcome == "failed" for r in res.tests)
            how = next((f"{r.name}: {r.message}" for r in res.tests if r.outcome == "failed"), res.message or "")
            results[t.slug].mutants.append((m.bug, killed, how[:300]))
    return [results[t.slug] for t in triplets], wall


def corpus_node_modules() -> Path | None:
    for candidate in (DEFAULT_ROOT / "node_modules", REPO / "fixtures" / "atlas" / "node_modules"):
        if (candidate / "react").is_dir():
            return candidate
    return None


# ---------------------------------------------------------------- the corpus as users run it
# (``mambagen dataset corpus check|verify|stats|export|augment-verify``; see data/cli.py)

#: The project's dataset formats call the model-selection split "validation" (data/formats.py); the corpus
#: calls it "dev". Exports write the project's name and keep the corpus's in ``corpus_split``.
EXPORT_SPLIT = {"train": "train", "dev": "validation", "test": "test"}


def resolve(paths: Sequence[str | Path], root: Path = DEFAULT_ROOT) -> list[Triplet]:
    """Triplets from folders or slugs (``corpus/triplets/<slug>`` or just ``<slug>``); every triplet without paths.

    A path that is no triplet folder is an :class:`InputError` naming it; a folder's layout problems are
    collected in its ``problems`` (reported by the caller), never raised.
    """
    root = Path(root)
    if not paths:
        triplets = load_corpus(root)
        if not triplets:
            raise InputError(f"no triplet folders under {root / TRIPLETS}", path=root)
        return triplets
    splits = read_splits(root)
    out, seen = [], set()
    for raw in paths:
        folder = Path(raw)
        if not folder.exists() and (root / TRIPLETS / str(raw)).is_dir():
            folder = root / TRIPLETS / str(raw)
        if not folder.is_dir():
            raise InputError("no such triplet folder (give corpus/triplets/<slug> or a slug)", path=raw)
        found = triplet_folders(folder)
        if not found:
            raise InputError(f"not a triplet folder: {META} is missing", path=folder)
        for f in found:
            if f.resolve() not in seen:
                seen.add(f.resolve())
                out.append(load_triplet(f.resolve(), splits))
    return out


def corpus_problems(triplets: Sequence[Triplet], root: Path = DEFAULT_ROOT, *, whole: bool = True) -> list[str]:
    """Layout problems of every triplet, and (``whole``: the entire corpus was loaded) corpus-level ones:
    splits.json in step with the folders and the split rule, one product per triplet."""
    problems = [p for t in triplets for p in t.problems]
    if not whole:
        return problems
    recorded = read_splits(root)
    where = (Path(root) / "splits.json").as_posix()
    for t in triplets:
        if t.slug not in recorded:
            problems.append(f"{where}: {t.slug} is in no split (run write_splits)")
        elif recorded[t.slug] != split_of(t.slug):
            problems.append(f"{where}: {t.slug} is in '{recorded[t.slug]}', the rule says '{split_of(t.slug)}'")
    slugs = {t.slug for t in triplets}
    problems += [f"{where}: {s} names no triplet folder" for s in sorted(set(recorded) - slugs)]
    by_product: dict[str, list[str]] = {}
    for t in triplets:
        by_product.setdefault(t.product.strip().lower(), []).append(t.slug)
    problems += [f"{t}/{META}: field 'product' repeats another triplet's ({', '.join(v)})"
                 for v in by_product.values() if len(v) > 1 for t in v[1:]]
    return problems


def fingerprint(triplets: Sequence[Triplet]) -> str:
    """sha256 over every file of the triplets (path and bytes): ties a record to the corpus it measured."""
    import hashlib

    h = hashlib.sha256()
    for t in sorted(triplets, key=lambda x: x.slug):
        for path in sorted(t.folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(f"{t.slug}/{path.relative_to(t.folder).as_posix()}\0".encode())
                h.update(path.read_bytes())
    return h.hexdigest()


class LoadSampler:
    """The 1-minute load average, sampled every ``every`` seconds in a thread while a run goes on."""

    def __init__(self, every: float = 10.0) -> None:
        import threading

        self.every = every
        self.start = _loadavg()
        self.samples: list[float] = [self.start[0]]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.samples.append(_loadavg()[0])

    def __enter__(self) -> LoadSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.end = _loadavg()

    def to_dict(self) -> dict:
        s = self.samples
        return {"start_1_5_15": self.start, "end_1_5_15": getattr(self, "end", _loadavg()),
                "during_1min": {"min": min(s), "mean": round(sum(s) / len(s), 2), "max": max(s),
                                "samples": len(s), "every_s": self.every}}


def _loadavg() -> list[float]:
    import os

    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # not on this platform
        return [0.0, 0.0, 0.0]


def machine_info() -> dict:
    """What the numbers were measured on: CPU, memory, Python, Chromium."""
    import os
    import platform
    import subprocess

    info: dict = {"platform": platform.platform(), "python": platform.python_version(),
                  "cpus": os.cpu_count(), "cpu": platform.processor() or platform.machine()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gib"] = round(int(line.split()[1]) / 2**20, 1)
                break
    except OSError:
        pass
    import shutil as _shutil

    browser = os.environ.get("MAMBAGEN_BROWSER") or _shutil.which("chromium") or "/usr/bin/chromium"
    try:
        out = subprocess.run([browser, "--version"], capture_output=True, text=True, timeout=20)
        info["chromium"] = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
    except (OSError, subprocess.SubprocessError):
        info["chromium"] = ""
    try:
        from importlib.metadata import version

        info["playwright"] = version("playwright")
    except Exception:
        pass
    return info


def git_commit() -> dict:
    """The checkout the numbers were measured on: HEAD and whether the corpus or data/ code had local edits."""
    import subprocess

    def git(*args: str) -> str:
        try:
            out = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.SubprocessError):
            return ""
        return out.stdout if out.returncode == 0 else ""

    head = git("rev-parse", "HEAD").strip()
    edited = git("status", "--porcelain", "--", "corpus", "pytest_mambagen/data/corpus.py",
                 "pytest_mambagen/data/augment.py", "pytest_mambagen/execution.py",
                 "pytest_mambagen/harness").splitlines()
    return {"commit": head, "edited_files": sorted(line[3:] for line in edited if line.strip())} if head else {}


def _totals(triplets: Sequence[Triplet], results: Sequence[TripletResult]) -> dict:
    bad = [t for t in triplets if t.problems]
    mutants = [k for r in results for _, k, _ in r.mutants]
    return {"triplets": len(triplets), "verified": sum(r.ok for r in results), "layout_problems": len(bad),
            "reference_passed": sum(r.passed for r in results),
            "reference_failed": sum(not r.passed for r in results),
            "mutants": len(mutants), "killed": sum(mutants), "survived": len(mutants) - sum(mutants),
            "tests": sum(r.tests for r in results)}


def verify_run(triplets: Sequence[Triplet], *, workers: int = 1, retry: int = 0, node_modules: Path | None = None,
               log=None, mode: str = "fast") -> dict:
    """Verify ``triplets`` (layout problems count as failures) and return the record (JSON-ready).

    ``mode``: "fast" (batched) or "plain" (one session per triplet), see :data:`MODES`. ``retry``: triplets
    that fail are run again, up to that many more times, on the plain path (so a failure of the fast path is
    checked on the reference one), each attempt recorded; the record's verdict per triplet is its last
    attempt's, and a triplet that failed then held is "flaky".
    """
    import datetime

    log = log or (lambda _s: None)
    good = [t for t in triplets if not t.problems]
    done = {"n": 0}
    n_jobs = sum(1 + len(t.mutants) for t in good)

    def progress(d: int, total: int) -> None:
        if d - done["n"] >= 50 or d == total:
            done["n"] = d
            log(f"  {d}/{total} jobs")

    started = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    with LoadSampler() as load:
        results, wall = verify(good, workers=workers, node_modules=node_modules, progress=progress, mode=mode)
        first = {r.slug: r for r in results}
        attempts: dict[str, list[TripletResult]] = {r.slug: [r] for r in results}
        retry_wall = 0.0
        for _ in range(retry):
            again = [t for t in good if not attempts[t.slug][-1].ok]
            if not again:
                break
            log(f"  retrying {len(again)} triplet(s) on the plain path: {', '.join(t.slug for t in again)}")
            done["n"] = 0
            rerun, w = verify(again, node_modules=node_modules, progress=progress, mode="plain")
            retry_wall += w
            for r in rerun:
                attempts[r.slug].append(r)
    last = [attempts[t.slug][-1] for t in good]
    by_slug = {t.slug: t for t in triplets}
    rows = []
    for t in triplets:
        if t.problems:
            rows.append({"slug": t.slug, "split": t.split, "ok": False, "layout": t.problems})
            continue
        tries = attempts[t.slug]
        r = tries[-1]
        row = {"slug": t.slug, "split": t.split, "ok": r.ok, **r.to_dict()}
        if len(tries) > 1:
            row["attempts"] = [x.to_dict() | {"ok": x.ok} for x in tries]
            row["flaky"] = r.ok
        rows.append(row)
    totals = _totals(triplets, last)
    first_totals = _totals(triplets, [first[t.slug] for t in good])
    return {
        "what": "TestCase2Code-open corpus: each reference test on its screen (must pass) and on each mutant "
                "(must fail), in Chromium",
        "started": started,
        "corpus": {"triplets": len(triplets), "fingerprint": fingerprint(triplets),
                   "splits": {s: sum(1 for t in triplets if by_slug[t.slug].split == s) for s in SPLITS}},
        "totals": totals,
        "all_hold": totals["verified"] == len(triplets),
        "first_attempt": {**first_totals, "wall_s": round(wall, 1),
                          "triplets_per_s": round(len(good) / wall, 3) if wall else 0.0},
        "retried": sorted(s for s, v in attempts.items() if len(v) > 1),
        "flaky": sorted(s for s, v in attempts.items() if len(v) > 1 and v[-1].ok),
        "retry_wall_s": round(retry_wall, 1),
        "wall_s": round(wall, 1),
        "triplets_per_s": round(len(good) / wall, 3) if wall else 0.0,
        "jobs": n_jobs,
        "jobs_per_s": round(n_jobs / wall, 3) if wall else 0.0,
        "workers": workers,
        "mode": mode,
        "how": {"fast": "references and mutant copies of many triplets batched into few pytest sessions "
                        f"(at most {FAST_JOBS_PER_SESSION} jobs each, {workers} side by side), one Chromium per "
                        "session, one page reused by every test (storage cleared per mount), a mutant's remaining "
                        "tests skipped once one failed; retries on the plain path",
                "plain": "one pytest session per triplet, a fresh browser context per test, every test on every "
                         "mutant"}[mode],
        "timeouts_ms": {"expect": EXPECT_TIMEOUT_MS, "action": ACTION_TIMEOUT_MS},
        "machine": machine_info(),
        "git": git_commit(),
        "load_average": load.to_dict(),
        "triplets": rows,
    }


# ---------------------------------------------------------------- stats (the paper's Table 2) and coverage

def _test_shape(code: str) -> tuple[int, int, Counter]:
    """(test functions, collected tests with parametrize rows expanded, Playwright methods called)."""
    import ast

    calls: Counter = Counter()
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return 0, 0, calls
    functions = collected = 0
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test_")):
            continue
        functions += 1
        rows = 1
        for dec in node.decorator_list:
            if isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute) and dec.func.attr == "parametrize" \
                    and len(dec.args) >= 2 and isinstance(dec.args[1], (ast.List, ast.Tuple)):
                rows *= max(1, len(dec.args[1].elts))
        collected += rows
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            root = node.func
            while isinstance(root, ast.Attribute):
                root = root.value
            if not (isinstance(root, ast.Name) and root.id in ("pytest", "re")):  # Playwright calls only
                calls[node.func.attr] += 1
    return functions, collected, calls


def to_sample(t: Triplet):
    """The triplet as a :class:`~pytest_mambagen.data.synth.generator.Sample` (the project's record).

    ``family`` is the main kind, ``domain`` the product, ``kind`` every kind (``+``), ``react_style`` the
    styles (``/``); the split keeps the corpus's name (see :data:`EXPORT_SPLIT` for exports).
    """
    from .synth.generator import Sample

    sources = t.sources()
    return Sample(id=t.slug, family=t.kinds[0] if t.kinds else "", domain=t.product, react_style="/".join(t.react),
                  qa_style=t.qa_style, kind="+".join(t.kinds), split=t.split, screen=t.screen, manual=t.manual,
                  jsx=t.jsx, test=t.test, siblings={p: v for p, v in sources.items() if p != t.screen})


def _hist(values: Iterable[int]) -> dict[str, int]:
    c = Counter(values)
    return {str(k): c[k] for k in sorted(c)}


#: The embedded model's byte-level BPE (8,192 entries): token counts in the stats are in its tokens.
STATS_TOKENIZER = REPO / "pytest_mambagen" / "embedded" / "base" / "tokenizer.json"


def _token_counter(path: Path = STATS_TOKENIZER):
    """(count(text) -> int, identity) with the embedded tokenizer; (None, None) where it or ``tokenizers`` is
    missing (the stats then have no token columns)."""
    import hashlib

    try:
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(path))
    except Exception:  # not installed, no file: tokens are optional
        return None, None
    ident = {"file": path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else str(path),
             "sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16], "vocab_size": tok.get_vocab_size()}
    return (lambda text: len(tok.encode(text, add_special_tokens=False).ids)), ident


def corpus_stats(triplets: Sequence[Triplet]) -> dict:
    """Table 2 per split (files, words, vocabulary, lexical diversity, lengths of m.txt, c.txt, a.txt and the
    siblings in lines, characters and the embedded model's tokens) and the corpus's coverage: kinds, React
    styles, QA styles, scenarios (test functions) per case, mutants."""
    from . import stats

    usable = [t for t in triplets if not t.problems]
    samples = [to_sample(t) for t in usable]
    table = stats.compute(samples)["splits"]
    for split in [*SPLITS, "all"]:
        chosen = [s for s in samples if split in ("all", s.split)]
        if not chosen:
            continue
        texts = [v for s in chosen for v in s.siblings.values()]
        words = [w for v in texts for w in v.split()]
        table.setdefault(split, {})["siblings"] = {
            "files": len(texts), "words": len(words), "vocabulary": len(set(words)),
            "lexical_diversity": round(len(set(words)) / len(words), 4) if words else 0.0,
            "lines": stats._dist([v.count("\n") + (0 if v.endswith("\n") else 1) for v in texts]),
            "chars": stats._dist([len(v) for v in texts]),
            "per_screen": stats._dist([len(s.siblings) for s in chosen])}
    count, tokenizer = _token_counter()
    if count is not None:
        for split in [*SPLITS, "all"]:
            chosen = [s for s in samples if split in ("all", s.split)]
            for part in ("manual", "jsx", "test", "siblings"):
                if not chosen or part not in table.get(split, {}):
                    continue
                texts = [v for s in chosen for v in s.siblings.values()] if part == "siblings" else \
                    [getattr(s, part) for s in chosen]
                n = [count(v) for v in texts]
                table[split][part]["tokens"] = {**stats._dist(n), "total": sum(n)}
    shapes = {t.slug: _test_shape(t.test) for t in usable}
    calls: Counter = Counter()
    for _, _, c in shapes.values():
        calls.update(c)
    main_kinds = Counter(t.kinds[0] for t in usable if t.kinds)
    any_kinds = Counter(k for t in usable for k in t.kinds)
    mutant_files = Counter("screen" if m.file == t.screen else "sibling" for t in usable for m in t.mutants)
    coverage = {
        "triplets": len(triplets), "usable": len(usable), "products": len({t.product for t in usable}),
        "splits": {s: sum(1 for t in usable if t.split == s) for s in SPLITS},
        "kinds_covered": len(any_kinds), "kinds_known": len(KINDS),
        "kinds_main": dict(main_kinds.most_common()), "kinds_any": dict(any_kinds.most_common()),
        "react_styles": dict(Counter(r for t in usable for r in t.react).most_common()),
        "qa_styles": dict(Counter(t.qa_style for t in usable).most_common()),
        "test_functions_per_case": {**stats._dist([f for f, _, _ in shapes.values()]),
                                    "histogram": _hist(f for f, _, _ in shapes.values())},
        "tests_per_case_parametrize_expanded": {**stats._dist([c for _, c, _ in shapes.values()]),
                                                "histogram": _hist(c for _, c, _ in shapes.values())},
        "parametrized_cases": sum(1 for t in usable if "parametrize" in t.test),
        "mutants": {"total": sum(len(t.mutants) for t in usable), "per_triplet": _hist(len(t.mutants) for t in usable),
                    "in_screen": mutant_files["screen"], "in_sibling": mutant_files["sibling"]},
        "screens_with_siblings": sum(1 for s in samples if s.siblings),
        "playwright_methods": dict(calls.most_common()),
    }
    return {"splits": table, "coverage": coverage, "tokenizer": tokenizer,
            "units": {"words": "whitespace-separated", "tokens": "the embedded model's BPE (see tokenizer)",
                      "distributions": "mean, p50 (median), p95, max per file"}}


_STAT_PARTS = (("manual", "m.txt (manual)"), ("jsx", "c.txt (screen)"), ("siblings", "siblings"),
               ("test", "a.txt (test)"))


def _stat_rows(st: dict) -> list[tuple[str, str, dict]]:
    return [(split, label, st["splits"][split][part]) for split in [*SPLITS, "all"] if split in st["splits"]
            for part, label in _STAT_PARTS if part in st["splits"][split]]


def _fmt_dist(d: dict) -> str:
    return "{}/{:g}/{:g}/{}".format(d["mean"], d["p50"], d["p95"], d["max"])


def _coverage_lines(st: dict, top: int = 0) -> list[tuple[str, str]]:
    c = st["coverage"]

    def items(d: dict) -> str:
        pairs = list(d.items())
        more = f", ... ({len(pairs) - top} more)" if top and len(pairs) > top else ""
        return ", ".join(f"{k} {v}" for k, v in (pairs[:top] if top else pairs)) + more

    tf, tc = c["test_functions_per_case"], c["tests_per_case_parametrize_expanded"]
    return [
        ("triplets", f"{c['triplets']} ({c['products']} products; "
                     + ", ".join(f"{s} {n}" for s, n in c["splits"].items()) + ")"),
        (f"kinds ({c['kinds_covered']} of {c['kinds_known']}), main kind", items(c["kinds_main"])),
        ("kinds, any (a screen has 1-3)", items(c["kinds_any"])),
        (f"React styles ({len(c['react_styles'])})", items(c["react_styles"])),
        (f"QA styles ({len(c['qa_styles'])})", items(c["qa_styles"])),
        ("test functions per case (one per scenario)",
         f"mean {tf['mean']}, median {tf['p50']:g}, max {tf['max']}; " + items(tf["histogram"])),
        ("tests per case, parametrize rows expanded",
         f"mean {tc['mean']}, median {tc['p50']:g}, max {tc['max']}; {c['parametrized_cases']} cases parametrized"),
        ("mutants", f"{c['mutants']['total']} ({c['mutants']['in_screen']} in the screen, "
                    f"{c['mutants']['in_sibling']} in a sibling); per triplet " + items(c["mutants"]["per_triplet"])),
        ("screens with siblings", str(c["screens_with_siblings"])),
        ("Playwright methods", items(c["playwright_methods"]) if not top else items(
            dict(list(c["playwright_methods"].items())[:top]))),
    ]


def render_stats(st: dict) -> str:
    head = (f"{'split':<7}{'part':<16}{'files':>6}{'words':>9}{'vocab':>8}{'lex.div':>9}"
            f"{'lines mean/p50/p95/max':>26}{'tokens mean/p50/p95/max':>28}{'chars mean/p50/p95/max':>30}")
    out = [head, "-" * len(head)]
    for split, label, r in _stat_rows(st):
        tokens = _fmt_dist(r["tokens"]) if "tokens" in r else "-"
        out.append(f"{split:<7}{label:<16}{r['files']:>6}{r['words']:>9}{r['vocabulary']:>8}"
                   f"{r['lexical_diversity']:>9.4f}{_fmt_dist(r['lines']):>26}{tokens:>28}{_fmt_dist(r['chars']):>30}")
    out.append("")
    out += [f"{k}: {v}" for k, v in _coverage_lines(st)]
    return "\n".join(out)


def render_stats_markdown(st: dict) -> str:
    out = ["| split | part | files | words | vocabulary | lexical diversity | lines mean/p50/p95/max | "
           "tokens mean/p50/p95/max | chars mean/p50/p95/max |",
           "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for split, label, r in _stat_rows(st):
        tokens = _fmt_dist(r["tokens"]) if "tokens" in r else "-"
        out.append(f"| {split} | {label} | {r['files']} | {r['words']} | {r['vocabulary']} | "
                   f"{r['lexical_diversity']:.4f} | {_fmt_dist(r['lines'])} | {tokens} | {_fmt_dist(r['chars'])} |")
    out += ["", "| coverage | |", "| --- | --- |"]
    out += [f"| {k} | {v} |" for k, v in _coverage_lines(st, top=12)]
    return "\n".join(out)


# ---------------------------------------------------------------- exports

def _files_with(t: Triplet, mutant: Mutant | None) -> dict[str, str]:
    files = t.sources()
    if mutant is not None:
        if mutant.file in files:
            files[mutant.file] = files[mutant.file].replace(mutant.original, mutant.mutated, 1)
        else:  # a bug in the case or the test itself (allowed by the layout, unusual)
            text = (t.folder / mutant.file).read_text(encoding="utf-8")
            files[mutant.file] = text.replace(mutant.original, mutant.mutated, 1)
    return files


def export_triplets(triplets: Sequence[Triplet], out: Path) -> int:
    """The paper's layout: ``OUT/<split>/<slug>/m.txt, c.txt, a.txt``, ``meta.json``, ``siblings/<path>``, and
    ``mutants/<n>/``: a full copy of the screen and its siblings (under their own names, ready to mount) with
    the n-th bug, and ``bug.json``. :func:`pytest_mambagen.data.formats.read_triplets` reads it back."""
    import json as _json

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError("the export target is a file, not a folder", path=out)
    n = 0
    for t in triplets:
        folder = out / EXPORT_SPLIT[t.split] / t.slug
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "siblings").mkdir(parents=True)
        sources = t.sources()
        siblings = {p: v for p, v in sources.items() if p != t.screen}
        for name, text in (("m.txt", t.manual), ("c.txt", t.jsx), ("a.txt", t.test)):
            (folder / name).write_text(text, encoding="utf-8")
        for rel, text in siblings.items():
            (folder / "siblings" / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / "siblings" / rel).write_text(text, encoding="utf-8")
        if not siblings:
            (folder / "siblings").rmdir()
        mutants = []
        for i, m in enumerate(t.mutants, 1):
            mdir = folder / "mutants" / str(i)
            for rel, text in _files_with(t, m).items():
                (mdir / rel).parent.mkdir(parents=True, exist_ok=True)
                (mdir / rel).write_text(text, encoding="utf-8")
            bug = {"file": m.file, "original": m.original, "mutated": m.mutated, "bug": m.bug}
            (mdir / "bug.json").write_text(_json.dumps(bug, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            mutants.append({"folder": f"mutants/{i}", **bug})
        s = to_sample(t)
        meta = {"id": t.slug, "family": s.family, "domain": s.domain, "react_style": s.react_style,
                "qa_style": s.qa_style, "kind": s.kind, "split": EXPORT_SPLIT[t.split], "corpus_split": t.split,
                "screen": t.screen, "manual_file": t.manual_file, "test_file": t.test_file, "product": t.product,
                "kinds": t.kinds, "react": t.react, "siblings": sorted(siblings), "mutants": mutants,
                "source": f"corpus/triplets/{t.slug}"}
        (folder / "meta.json").write_text(_json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        n += 1
    return n


def export_jsonl(triplets: Sequence[Triplet], out: Path) -> tuple[Path, int, str, Path]:
    """``corpus.jsonl`` in the project's record format (data/formats.py), and ``mutants.jsonl`` beside it
    (``{"id", "mutants": [{"file", "original", "mutated", "bug"}]}`` per line: records carry no mutants)."""
    import json as _json

    from . import formats

    out = Path(out)
    target = out if out.suffix == ".jsonl" else out / "corpus.jsonl"
    if target.is_dir():
        raise InputError("the export target is a folder; give a .jsonl file or a folder for corpus.jsonl", path=target)
    samples = []
    for t in triplets:
        s = to_sample(t)
        s.split = EXPORT_SPLIT[t.split]
        samples.append(s)
    n, sha = formats.write_jsonl(samples, target)
    side = target.with_name(target.stem + ".mutants.jsonl") if target.name != "corpus.jsonl" \
        else target.with_name("mutants.jsonl")
    with open(side, "w", encoding="utf-8", newline="\n") as fh:
        for t in triplets:
            fh.write(_json.dumps({"id": t.slug, "mutants": [
                {"file": m.file, "original": m.original, "mutated": m.mutated, "bug": m.bug} for m in t.mutants]},
                ensure_ascii=False, sort_keys=True) + "\n")
    return target, n, sha, side


def leak_report(triplets: Sequence[Triplet], fixtures: Path, **kw) -> dict:
    """The project's leak guard (data/leakguard.py) over every triplet (screen, siblings, case, test) against
    ``fixtures``: the largest containment of one evaluation file in one triplet, and those over the threshold."""
    from .leakguard import LeakGuard

    guard = LeakGuard(fixtures, **kw)
    for t in triplets:
        if not t.problems:
            s = to_sample(t)
            guard.check(s)
    return guard.report.to_dict() | {"summary": guard.report.summary()}


def _print_result(r: TripletResult) -> None:
    mark = "ok  " if r.ok else "FAIL"
    kills = sum(k for _, k, _ in r.mutants)
    print(f"{mark} {r.slug}: reference {'passes' if r.passed else 'FAILS'}; mutants killed {kills}/{len(r.mutants)}")
    if not r.passed:
        print(f"       {r.message[:600]}")
    for bug, killed, how in r.mutants:
        if not killed:
            print(f"       mutant survives: {bug} ({how[:200]})")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pytest_mambagen.data.corpus", description=__doc__.splitlines()[0])
    p.add_argument("action", choices=("check", "verify"))
    p.add_argument("paths", nargs="*", help="triplet folders (default: every triplet under corpus/)")
    p.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--mode", choices=MODES, default="fast", help="fast: batched; plain: one session per triplet")
    args = p.parse_args(argv)
    if args.paths:
        triplets = [load_triplet(Path(x).resolve()) for x in args.paths]
    else:
        triplets = load_corpus(args.root)
    if not triplets:
        raise InputError(f"no triplet folders under {args.root}")
    bad = [t for t in triplets if t.problems]
    for t in bad:
        for problem in t.problems:
            print(f"LAYOUT {problem}")
    if args.action == "check":
        print(f"{len(triplets) - len(bad)}/{len(triplets)} triplets have a sound layout")
        return 1 if bad else 0
    good = [t for t in triplets if not t.problems]
    results, wall = verify(good, workers=args.workers, mode=args.mode)
    for r in results:
        _print_result(r)
    ok = sum(r.ok for r in results)
    print(f"{ok}/{len(triplets)} triplets verified ({len(bad)} with layout problems) in {wall:.1f}s "
          f"({len(good) / wall if wall else 0:.2f} triplets/s)")
    return 0 if ok == len(triplets) else 1


if __name__ == "__main__":
    sys.exit(main())
