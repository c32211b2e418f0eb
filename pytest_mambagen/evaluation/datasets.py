"""What ``mambagen eval --dataset D`` reads, as a list of :class:`EvalCase`.

``D`` may be:

* ``fixtures`` (this checkout's ``fixtures/``), a fixture project such as
  ``fixtures/atlas`` or any folder with ``*.manual.txt`` cases: cases are found
  by :func:`pytest_mambagen.discovery.discover` (as the plugin finds them); the
  reference for ``src/<area>/<Screen>[.<case>].manual.txt`` is
  ``reference/<area>/test_<screen>[_<case>].py`` of the same project, and the
  mutants of a screen are ``mutants/<Screen>/*.jsx`` described in
  ``mutants/mutants.json``.
* ``synth:<split>`` (``synth:test``, ``synth:validation``): the synthetic
  generator's split, drawn in this process from the seed (``--synth-seed``,
  default 1, the seed ``scripts/gpu/train_embedded.py`` trains on), with one
  mutant per sample. The test split holds out whole (family, domain) pairs,
  so no screen of it was seen in training.
* a synthetic corpus file (``corpus.jsonl`` records or chat-message JSONL) or a
  triplet folder (``m.txt``/``c.txt``/``a.txt``), read with
  :mod:`pytest_mambagen.data.formats`; these carry no mutants.
* a CONCODE-format file (JSON lines with ``nl`` and ``code``, Java), for text
  metrics only.

A path that does not exist, or a dataset with no usable case, raises
:class:`~pytest_mambagen.errors.InputError`; unusable lines or folders are
skipped and listed in :attr:`Dataset.skipped` (which makes a run partial).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..prompts import CaseInput
from .textmetrics import normalize_mount

REPO = Path(__file__).resolve().parent.parent.parent
FIXTURES = REPO / "fixtures"
SYNTH_PREFIXES = ("synth:", "synthetic:")
DEFAULT_SYNTH_SEED = 1  # scripts/gpu/train_embedded.py --seed default
DEFAULT_SYNTH_SIZE = {"test": 1000, "validation": 500}  # the training script's --n-test / --n-val

CONCODE_NOTE = ("CONCODE: our model was never trained on CONCODE's training split (it is not available here); "
                "these numbers measure transfer only and are not comparable with models fine-tuned on it.")
MOUNT_NOTE = ("Text metrics: the reference's mount() path (relative to reference/<area>/) is rewritten to the "
              "path the generated test uses (the screen beside it) before comparing.")


@dataclass
class Mutant:
    name: str
    jsx: str  # the whole mutated screen
    bug: str = ""
    siblings: dict[str, str] | None = None  # None: the screen's own siblings; else replacements (by screen-relative path)
    path: Path | None = None  # where it lives, when it is a file


@dataclass
class EvalCase:
    """One case: what the model sees, the reference, and what execution needs."""

    id: str
    lang: str  # "python" (a pytest + Playwright test) or "java" (CONCODE)
    reference: str | None  # python: mount path already normalised to case.screen
    case: CaseInput | None = None  # python cases
    instruction: str | None = None  # CONCODE's nl
    mutants: list[Mutant] = field(default_factory=list)
    # Execution layout: files by path relative to a root; the screen; the folder the test goes in.
    files: dict[str, str] = field(default_factory=dict)
    screen_rel: str = ""
    test_dir_rel: str = ""
    source: str = ""  # where the case came from (for reports)
    reference_source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def executable(self) -> bool:
        return self.lang == "python" and bool(self.files) and bool(self.screen_rel)


@dataclass
class Dataset:
    spec: str
    kind: str  # fixtures | synthetic | records | triplets | concode
    lang: str
    cases: list[EvalCase]
    skipped: list[str] = field(default_factory=list)  # "where: why"
    notes: list[str] = field(default_factory=list)
    total: int = 0  # cases before --limit

    @property
    def has_mutants(self) -> bool:
        return any(c.mutants for c in self.cases)

    def describe(self) -> dict[str, Any]:
        return {"spec": self.spec, "kind": self.kind, "lang": self.lang, "cases": len(self.cases),
                "cases_before_limit": self.total, "with_reference": sum(c.reference is not None for c in self.cases),
                "with_mutants": sum(bool(c.mutants) for c in self.cases),
                "mutants": sum(len(c.mutants) for c in self.cases), "skipped": list(self.skipped)}


def load_dataset(spec: str | os.PathLike, *, limit: int | None = None, split: str | None = None,
                 synth_seed: int = DEFAULT_SYNTH_SEED) -> Dataset:
    """Read ``spec`` (see the module docstring); ``limit`` keeps the first cases."""
    text = str(spec).strip()
    if not text:
        raise InputError("--dataset is empty", hint="give fixtures, synth:test, a JSONL file or a folder")
    if limit is not None and limit < 1:
        raise InputError(f"--limit must be at least 1, got {limit}")
    if text.lower().startswith(SYNTH_PREFIXES):
        dataset = _synthetic(text, limit, synth_seed)
    elif text.lower().startswith("corpus:"):
        dataset = _corpus(text, limit)
    else:
        path = FIXTURES if text == "fixtures" and not Path(text).exists() else Path(text).expanduser()
        if not path.exists():
            raise InputError(f"dataset {text} does not exist", path=path,
                             hint="give fixtures, synth:test, a JSONL file, a triplet folder or a fixture project")
        if path.is_file():
            dataset = _file(path, text, split)
        else:
            dataset = _folder(path, text, split)
        dataset.total = len(dataset.cases)
        if limit is not None:
            dataset.cases = dataset.cases[:limit]
    if not dataset.cases:
        shown = "; ".join(dataset.skipped[:3]) + (f" (and {len(dataset.skipped) - 3} more)"
                                                  if len(dataset.skipped) > 3 else "")
        raise InputError(f"dataset {text} has no usable case" + (f": {shown}" if shown else " (it is empty)"))
    return dataset


# -- fixtures and any folder of manual cases -------------------------------------


def _folder(path: Path, spec: str, split: str | None) -> Dataset:
    from ..discovery import find_manual_files

    if find_manual_files([path]):
        return _fixtures(path, spec)
    if (path / "corpus.jsonl").is_file():
        return _records(path / "corpus.jsonl", spec, split, kind="records")
    if any(path.rglob("m.txt")):
        return _records(path, spec, split, kind="triplets")
    raise InputError(f"dataset folder {spec} holds no manual cases (*.manual.txt), no corpus.jsonl and no "
                     f"triplets (m.txt, c.txt, a.txt)", path=path)


def _fixtures(path: Path, spec: str) -> Dataset:
    from ..discovery import discover

    cases: list[EvalCase] = []
    skipped: list[str] = []
    mutant_index: dict[Path, dict[str, Any]] = {}
    for manual_case in discover([path]):
        where = str(_shown(manual_case.manual_path))
        if not manual_case.ok:
            skipped.append(f"{where}: {manual_case.error}")
            continue
        assert manual_case.screen_path is not None and manual_case.screen_text is not None
        project, area = _project_of(manual_case.manual_path)
        reference, reference_path = None, None
        if project is not None:
            candidate = project / "reference" / area / manual_case.target_path.name
            if candidate.is_file():
                reference_path = candidate
                reference = normalize_mount(candidate.read_text(encoding="utf-8"), manual_case.mount_path)
        mutants = _fixture_mutants(project, manual_case.screen_path, manual_case.screen_text, mutant_index)
        files, screen_rel, test_dir_rel = _layout(manual_case.screen_path, manual_case.screen_text,
                                                  manual_case.siblings, manual_case.target_path.parent)
        stem = manual_case.manual_path.name[: -len(".manual.txt")]
        case_id = (f"{project.name}/{area}/{stem}" if project is not None else
                   _shown(manual_case.manual_path).with_name(stem).as_posix())
        cases.append(EvalCase(
            id=case_id, lang="python", reference=reference,
            case=CaseInput(manual_case.manual_text or "", manual_case.screen_text, manual_case.mount_path,
                           manual_case.case_name, tuple(manual_case.siblings.items())),
            mutants=mutants, files=files, screen_rel=screen_rel, test_dir_rel=test_dir_rel,
            source=where, reference_source=str(_shown(reference_path)) if reference_path else "",
            meta={"screen": manual_case.screen_path.name, "project": str(project) if project else None},
        ))
    notes = [MOUNT_NOTE] if any(c.reference for c in cases) else []
    return Dataset(spec, "fixtures", "python", cases, skipped, notes)


def _project_of(manual: Path) -> tuple[Path | None, str]:
    """The fixture project holding ``manual`` (an ancestor with ``src/`` and ``reference/``) and its area."""
    for parent in manual.parents:
        if parent.name == "src" and (parent.parent / "reference").is_dir():
            return parent.parent, manual.parent.relative_to(parent).as_posix()
    return None, ""


def _fixture_mutants(project: Path | None, screen: Path, screen_text: str,
                     index: dict[Path, dict[str, Any]]) -> list[Mutant]:
    if project is None:
        return []
    folder = project / "mutants" / screen.stem
    if not folder.is_dir():
        return []
    if project not in index:
        described: dict[str, Any] = {}
        meta = project / "mutants" / "mutants.json"
        if meta.is_file():
            try:
                for entry in json.loads(meta.read_text(encoding="utf-8")).get("mutants", []):
                    described[str((project / entry["mutant"]).resolve())] = entry
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(f"mutants.json does not parse: {exc}", path=meta) from exc
        index[project] = described
    out = []
    for path in sorted(folder.glob("*.jsx")):
        entry = index[project].get(str(path.resolve()), {})
        if entry and (project / entry.get("screen", "")).resolve() != screen.resolve():
            continue
        text = path.read_text(encoding="utf-8")
        if text == screen_text:
            continue  # not a mutant of this screen's current text
        out.append(Mutant(name=path.stem, jsx=text, bug=str(entry.get("bug", "")), path=path))
    return out


def _layout(screen: Path, screen_text: str, siblings: dict[str, str],
            test_dir: Path) -> tuple[dict[str, str], str, str]:
    """Files (screen and siblings) by path relative to a common root, the screen's and the test folder's paths."""
    absolute = {screen.resolve(): screen_text}
    for rel, text in siblings.items():
        absolute[(screen.parent / rel).resolve()] = text
    root = Path(os.path.commonpath([*(p.parent for p in absolute), test_dir.resolve()]))
    files = {p.relative_to(root).as_posix(): t for p, t in absolute.items()}
    test_dir_rel = test_dir.resolve().relative_to(root).as_posix()
    return files, screen.resolve().relative_to(root).as_posix(), "" if test_dir_rel == "." else test_dir_rel


def _shown(path: Path | None) -> Path:
    if path is None:
        return Path("")
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        try:
            return path.resolve().relative_to(REPO)
        except ValueError:
            return path


# -- synthetic samples ---------------------------------------------------------------


def _synthetic(spec: str, limit: int | None, seed: int) -> Dataset:
    from ..data.synth.generator import SPLITS, GenOptions, generate

    split = spec.split(":", 1)[1].strip() or "test"
    if split not in SPLITS:
        raise InputError(f"unknown synthetic split {split!r} in {spec}; use one of {', '.join(SPLITS)}")
    size = limit or DEFAULT_SYNTH_SIZE.get(split, 1000)
    sizes = {"n_test": 0, "n_val": 0, "n_train": 0}
    sizes[{"test": "n_test", "validation": "n_val", "train": "n_train"}[split]] = size
    errors: list[str] = []
    samples = [s for s in generate(GenOptions(seed=seed, **sizes), errors=errors) if s.split == split]
    cases = [_sample_case(s, f"{spec}#{s.id}") for s in samples]
    notes = [f"Synthetic {split} split drawn from the generator with seed {seed} "
             f"({'held out from training: its (family, domain) pairs are never in the train split' if split != 'train' else 'the TRAINING split: not a held-out measurement'})."]
    if split == "train":
        notes.append("Warning: these samples are from the training split.")
    dataset = Dataset(spec, "synthetic", "python", cases, [f"generator: {e}" for e in errors], notes)
    dataset.total = DEFAULT_SYNTH_SIZE.get(split, len(cases))
    return dataset


def _corpus(spec: str, limit: int | None) -> Dataset:
    """``corpus:dev`` / ``corpus:test``: the hand-written corpus's held-out products, with their mutants."""
    from ..data.corpus import SPLITS, load_corpus

    split = spec.split(":", 1)[1].strip() or "dev"
    if split not in SPLITS:
        raise InputError(f"unknown corpus split {split!r} in {spec}; use one of {', '.join(SPLITS)}")
    cases, skipped = [], []
    for t in load_corpus():
        if t.split != split:
            continue
        if t.problems:
            skipped.append(f"{t.slug}: {t.problems[0]}")
            continue
        sources = t.sources()
        siblings = {p: v for p, v in sources.items() if p != t.screen}
        mutants = []
        for i, m in enumerate(t.mutants):
            mutated = sources[m.file].replace(m.original, m.mutated, 1)
            if m.file == t.screen:
                mutants.append(Mutant(name=f"m{i + 1}", jsx=mutated, bug=m.bug))
            else:
                mutants.append(Mutant(name=f"m{i + 1}", jsx=t.jsx, bug=m.bug, siblings={**siblings, m.file: mutated}))
        cases.append(EvalCase(
            id=f"corpus:{t.slug}", lang="python", reference=t.test,
            case=CaseInput(t.manual, t.jsx, t.screen, "", tuple(sorted(siblings.items()))),
            mutants=mutants, files=sources, screen_rel=t.screen, test_dir_rel="", source=f"{spec}#{t.slug}",
            reference_source=f"corpus/triplets/{t.slug}/{t.test_file}",
            meta={"kinds": t.kinds, "react": t.react, "qa_style": t.qa_style, "split": t.split}))
    notes = [f"TestCase2Code-open corpus, {split} split: products never in the train split."]
    dataset = Dataset(spec, "corpus", "python", cases, skipped, notes)
    dataset.total = len(cases)
    if limit is not None:
        dataset.cases = dataset.cases[:limit]
    return dataset


def _sample_case(sample: Any, source: str) -> EvalCase:
    siblings = dict(sample.siblings or {})
    mutants = []
    mutant = getattr(sample, "mutant", None)
    if mutant:
        mutant_siblings = dict(mutant.get("siblings") or {})
        mutants.append(Mutant(name=_slug(mutant.get("what", "mutant")), jsx=mutant["jsx"], bug=mutant.get("what", ""),
                              siblings=None if mutant_siblings == siblings else mutant_siblings))
    files = {sample.screen: sample.jsx, **siblings}
    return EvalCase(
        id=sample.id, lang="python", reference=normalize_mount(sample.test, sample.screen),
        case=CaseInput(sample.manual, sample.jsx, sample.screen, "", tuple(sorted(siblings.items()))),
        mutants=mutants, files=files, screen_rel=sample.screen, test_dir_rel="", source=source,
        reference_source=f"{source} (test)",
        meta={k: getattr(sample, k, "") for k in ("family", "domain", "react_style", "qa_style", "kind", "split")},
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "mutant"


# -- files: CONCODE or synthetic records ---------------------------------------------


def _file(path: Path, spec: str, split: str | None) -> Dataset:
    first = _first_line(path)
    if first is None:
        raise InputError(f"dataset {spec} is empty", path=path)
    try:
        obj = json.loads(first)
    except ValueError:
        obj = None
    if isinstance(obj, dict) and "nl" in obj and "code" in obj:
        return _concode(path, spec)
    return _records(path, spec, split, kind="records")


def _first_line(path: Path) -> str | None:
    with open(path, "rb") as fh:
        for raw in fh:
            if raw.strip():
                return raw.decode("utf-8", "replace")
    return None


def _records(path: Path, spec: str, split: str | None, *, kind: str) -> Dataset:
    from ..data import formats

    skips: list[Any] = []
    samples = list(formats.read_jsonl(path, skips) if path.is_file() else formats.read_triplets(path, skips))
    if split is not None:
        samples = [s for s in samples if s.split == split]
    cases = [_sample_case(s, f"{_shown(path)}#{s.id}") for s in samples]
    notes = ["These records carry no mutants, so the mutation kill rate is not measured "
             "(fixtures and synth:<split> have mutants)."]
    if any(s.split == "train" for s in samples):
        notes.append("Warning: some records are from the training split (split=train).")
    return Dataset(spec, kind, "python", cases, [str(s) for s in skips], notes)


def concode_instruction(nl: str) -> str:
    """CONCODE's ``nl`` as a plain instruction: the description, then the class's fields and methods."""
    parts = [p.strip() for p in nl.split("concode_field_sep")]
    lines = ["Write the Java method described below. Answer with the method only.", "", parts[0]]
    if len(parts) > 1:
        members = [m.strip() for part in parts[1:] for m in part.split("concode_elem_sep") if m.strip()]
        if members:
            lines += ["", "The class has: " + "; ".join(members)]
    return "\n".join(lines)


def _concode(path: Path, spec: str) -> Dataset:
    cases: list[EvalCase] = []
    skipped: list[str] = []
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{_shown(path)}:{number}"
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                skipped.append(f"{where}: not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
                continue
            except ValueError as exc:
                skipped.append(f"{where}: not JSON ({getattr(exc, 'msg', exc)})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("nl"), str) or not isinstance(obj.get("code"), str):
                skipped.append(f"{where}: needs string fields nl and code")
                continue
            if not obj["nl"].strip() or not obj["code"].strip():
                skipped.append(f"{where}: empty nl or code")
                continue
            cases.append(EvalCase(id=f"{path.stem}:{number}", lang="java", reference=obj["code"],
                                  instruction=concode_instruction(obj["nl"]), source=where, reference_source=where))
    return Dataset(spec, "concode", "java", cases, skipped, [CONCODE_NOTE])
