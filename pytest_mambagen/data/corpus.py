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
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
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

    @property
    def ok(self) -> bool:
        return self.passed and all(killed for _, killed, _ in self.mutants)

    def to_dict(self) -> dict:
        return {"slug": self.slug, "passed": self.passed, "message": self.message,
                "mutants": [{"bug": b, "killed": k, "how": h} for b, k, h in self.mutants]}


def verify(triplets: Sequence[Triplet], *, workers: int = 1, node_modules: Path | None = None,
           progress=None) -> tuple[list[TripletResult], float]:
    """Run every reference test on its screen and on each of its mutants in Chromium."""
    from ..execution import Job, default_node_modules, run_jobs

    node_modules = node_modules or corpus_node_modules()
    jobs, owners = [], []
    with tempfile.TemporaryDirectory(prefix="mambagen-corpus-") as tmp:
        for t in triplets:
            jobs.append(Job(str(materialize(t, None, Path(tmp) / t.slug / "ok")), name=f"{t.slug}"))
            owners.append((t, None))
            for i, m in enumerate(t.mutants):
                jobs.append(Job(str(materialize(t, m, Path(tmp) / t.slug / f"m{i}")), name=f"{t.slug}/m{i}"))
                owners.append((t, m))
        t0 = time.monotonic()
        report = run_jobs(jobs, workers=workers, node_modules=node_modules or default_node_modules(),
                          expect_timeout_ms=1500, action_timeout_ms=2500, progress=progress)
        wall = time.monotonic() - t0
    results: dict[str, TripletResult] = {}
    for (t, m), res in zip(owners, report.results, strict=True):
        if m is None:
            failing = [r for r in res.tests if r.outcome != "passed"]
            msg = "" if res.outcome == "passed" else (
                res.message or "; ".join(f"{r.name}: {r.message}" for r in failing[:3]))
            if res.outcome == "passed" and not res.tests:
                msg = "no test ran"
            results[t.slug] = TripletResult(t.slug, res.outcome == "passed" and bool(res.tests), msg)
        else:
            killed = res.outcome == "failed" and any(r.outcome == "failed" for r in res.tests)
            how = next((f"{r.name}: {r.message}" for r in res.tests if r.outcome == "failed"), res.message or "")
            results[t.slug].mutants.append((m.bug, killed, how[:300]))
    return [results[t.slug] for t in triplets], wall


def corpus_node_modules() -> Path | None:
    for candidate in (DEFAULT_ROOT / "node_modules", REPO / "fixtures" / "atlas" / "node_modules"):
        if (candidate / "react").is_dir():
            return candidate
    return None


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
    results, wall = verify(good, workers=args.workers)
    for r in results:
        _print_result(r)
    ok = sum(r.ok for r in results)
    print(f"{ok}/{len(triplets)} triplets verified ({len(bad)} with layout problems) in {wall:.1f}s "
          f"({len(good) / wall if wall else 0:.2f} triplets/s)")
    return 0 if ok == len(triplets) else 1


if __name__ == "__main__":
    sys.exit(main())
