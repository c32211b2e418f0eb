"""Dataset formats: canonical JSONL records, the paper's triplet folders, chat-message JSONL.

* **Records** (``corpus.jsonl``): one sample per line, the fields of
  :class:`~pytest_mambagen.data.synth.generator.Sample` (``id``, ``family``,
  ``domain``, ``react_style``, ``qa_style``, ``kind``, ``split``, ``screen``,
  ``manual``, ``jsx``, ``test``, ``siblings``), keys sorted, UTF-8, ``\\n``
  line ends. The sha256 of this file is the corpus fingerprint.
* **Triplets**: ``<root>/<split>/<id>/m.txt`` (manual case), ``c.txt`` (JSX),
  ``a.txt`` (test), as in the TestCase2Code paper, plus ``meta.json`` (screen
  file name, family, styles, split) and ``siblings/<path>`` for imported modules.
  Importing accepts folders without ``meta.json`` (a bare paper triplet).
* **Messages** (``messages.jsonl``): ``{"id", "split", "messages", "meta"}`` per
  line, ``messages`` from :func:`pytest_mambagen.prompts.training_messages`, the
  one prompt builder.

Readers never stop half-way on bad input: every unusable line or folder is
skipped and reported as a :class:`Skip` with a reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic import atomic_open
from ..errors import InputError
from .synth.generator import Sample

SPLITS = ("train", "validation", "test")
TRIPLET_FILES = ("m.txt", "c.txt", "a.txt")
_MOUNT = re.compile(r"""mount\(\s*['"]([^'"]+\.(?:jsx|tsx|js))['"]""")
_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Skip:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# ---------------------------------------------------------------- records

def record_line(sample: Sample) -> str:
    return json.dumps(sample.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def write_jsonl(samples: Iterable[Sample], path: str | os.PathLike) -> tuple[int, str]:
    """Write records; returns (count, sha256 of the file's bytes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    n = 0
    with atomic_open(path, fsync=False) as fh:
        for s in samples:
            line = record_line(s)
            h.update(line.encode("utf-8"))
            fh.write(line)
            n += 1
    return n, h.hexdigest()


def fingerprint(samples: Iterable[Sample]) -> str:
    h = hashlib.sha256()
    for s in samples:
        h.update(record_line(s).encode("utf-8"))
    return h.hexdigest()


def validate_sample(s: Sample) -> str | None:
    """Why a sample cannot be used, or None."""
    for part, text in (("manual", s.manual), ("jsx", s.jsx), ("test", s.test)):
        if not isinstance(text, str) or not text.strip():
            return f"empty {part}"
    if not isinstance(s.screen, str) or not s.screen.strip():
        return "no screen file name"
    if "def test_" not in s.test:
        return "the test defines no test_ function"
    if s.split not in SPLITS:
        return f"unknown split {s.split!r} (expected one of {', '.join(SPLITS)})"
    if not isinstance(s.siblings, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in s.siblings.items()):
        return "siblings must map paths to texts"
    return None


def read_jsonl(path: str | os.PathLike, skips: list[Skip] | None = None) -> Iterator[Sample]:
    """Records from a JSONL file: record lines or message lines are both accepted."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"dataset file {path} does not exist", path=path)
    skips = skips if skips is not None else []
    with open(path, "rb") as fh:
        for no, raw in enumerate(fh, 1):
            where = f"{path}:{no}"
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                skips.append(Skip(where, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"))
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                skips.append(Skip(where, f"not JSON: {exc.msg} at column {exc.colno}"))
                continue
            if not isinstance(obj, dict):
                skips.append(Skip(where, f"a JSON {type(obj).__name__}, not an object"))
                continue
            try:
                sample = _from_obj(obj, no)
            except (TypeError, ValueError, KeyError) as exc:
                skips.append(Skip(where, f"bad record: {exc}"))
                continue
            why = validate_sample(sample)
            if why:
                skips.append(Skip(where, why))
                continue
            yield sample


def _from_obj(obj: dict[str, Any], no: int) -> Sample:
    if "messages" in obj and "manual" not in obj:
        return _from_messages(obj, no)
    missing = [k for k in ("manual", "jsx", "test") if k not in obj]
    if missing:
        raise ValueError(f"missing field(s) {', '.join(missing)}")
    d = dict(obj)
    d.setdefault("id", f"line-{no:06d}")
    d.setdefault("split", "train")
    d.setdefault("screen", _screen_from_test(str(d.get("test", ""))))
    for k in ("family", "domain", "react_style", "qa_style", "kind"):
        d.setdefault(k, "")
    for k in Sample.RECORD_KEYS:
        if k != "siblings" and not isinstance(d.get(k), str):
            raise TypeError(f"field {k} must be a string")
    return Sample.from_dict(d)


_USER_SCREEN = re.compile(r"^Screen: (.+)$", re.MULTILINE)
_USER_JSX = re.compile(r"```jsx\n(.*?)\n```", re.DOTALL)
_USER_MANUAL = re.compile(r"\nManual test case:\n(.*)\Z", re.DOTALL)


def _from_messages(obj: dict[str, Any], no: int) -> Sample:
    msgs = obj["messages"]
    if not isinstance(msgs, list) or not all(isinstance(m, dict) for m in msgs):
        raise TypeError("messages must be a list of objects")
    user = next((m.get("content", "") for m in msgs if m.get("role") == "user"), "")
    answer = next((m.get("content", "") for m in msgs if m.get("role") == "assistant"), "")
    screen = _USER_SCREEN.search(user)
    jsx = _USER_JSX.search(user)
    manual = _USER_MANUAL.search(user)
    if not (screen and jsx and manual):
        raise ValueError("the user message does not have the prompt builder's layout")
    meta = obj.get("meta") or {}
    return Sample(
        id=str(obj.get("id", f"line-{no:06d}")), family=str(meta.get("family", "")), domain=str(meta.get("domain", "")),
        react_style=str(meta.get("react_style", "")), qa_style=str(meta.get("qa_style", "")), kind=str(meta.get("kind", "")),
        split=str(obj.get("split", "train")), screen=screen.group(1).strip(), manual=manual.group(1).strip() + "\n",
        jsx=jsx.group(1) + "\n", test=answer, siblings=dict(meta.get("siblings") or {}),
    )


def _screen_from_test(test: str) -> str:
    m = _MOUNT.search(test)
    return m.group(1) if m else "Screen.jsx"


# ---------------------------------------------------------------- triplet folders

def write_triplets(samples: Iterable[Sample], root: str | os.PathLike) -> int:
    root = Path(root)
    n = 0
    for s in samples:
        folder = root / s.split / _safe(s.id)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "m.txt").write_text(s.manual, encoding="utf-8")
        (folder / "c.txt").write_text(s.jsx, encoding="utf-8")
        (folder / "a.txt").write_text(s.test, encoding="utf-8")
        meta = {k: getattr(s, k) for k in ("id", "family", "domain", "react_style", "qa_style", "kind", "split", "screen")}
        meta["siblings"] = sorted(s.siblings)
        (folder / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        for rel, text in sorted(s.siblings.items()):
            target = folder / "siblings" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        n += 1
    return n


def _safe(text: str) -> str:
    return _SAFE_ID.sub("_", text).strip("._") or "sample"


def read_triplets(root: str | os.PathLike, skips: list[Skip] | None = None, *, default_split: str = "train") -> Iterator[Sample]:
    """Samples from triplet folders under ``root`` (any depth), sorted by path."""
    root = Path(root)
    if not root.exists():
        raise InputError(f"triplet folder {root} does not exist", path=root)
    skips = skips if skips is not None else []
    folders = sorted({p.parent for name in TRIPLET_FILES for p in root.rglob(name) if "siblings" not in p.relative_to(root).parts})
    for folder in folders:
        where = str(folder)
        texts: dict[str, str] = {}
        why = None
        for name in TRIPLET_FILES:
            p = folder / name
            if not p.is_file():
                why = f"missing {name}"
                break
            try:
                data = p.read_bytes()
            except OSError as exc:
                why = f"{name} cannot be read: {exc.strerror or exc}"
                break
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                why = f"{name} is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
                break
            if not text.strip():
                why = f"{name} is empty"
                break
            texts[name] = text.replace("\r\n", "\n")
        meta: dict[str, Any] = {}
        if why is None and (folder / "meta.json").is_file():
            try:
                meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
                if not isinstance(meta, dict):
                    why = "meta.json is not an object"
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                why = f"meta.json does not parse: {exc}"
        if why is not None:
            skips.append(Skip(where, why))
            continue
        siblings = {}
        for rel in meta.get("siblings", []) or []:
            sp = folder / "siblings" / str(rel)
            try:
                siblings[str(rel)] = sp.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                why = f"sibling {rel} cannot be read: {exc}"
                break
        if why is not None:
            skips.append(Skip(where, why))
            continue
        split = str(meta.get("split") or (folder.parent.name if folder.parent.name in SPLITS else default_split))
        s = Sample(
            id=str(meta.get("id") or folder.relative_to(root).as_posix()), family=str(meta.get("family", "")),
            domain=str(meta.get("domain", "")), react_style=str(meta.get("react_style", "")), qa_style=str(meta.get("qa_style", "")),
            kind=str(meta.get("kind", "")), split=split,
            screen=str(meta.get("screen") or _screen_from_test(texts["a.txt"])),
            manual=texts["m.txt"], jsx=texts["c.txt"], test=texts["a.txt"], siblings=siblings,
        )
        bad = validate_sample(s)
        if bad:
            skips.append(Skip(where, bad))
            continue
        yield s


# ---------------------------------------------------------------- chat messages

def message_record(sample: Sample, *, system_prompt: str | None = None) -> dict[str, Any]:
    from .. import prompts

    case = prompts.CaseInput(manual=sample.manual, jsx=sample.jsx, screen=sample.screen,
                             siblings=tuple(sorted(sample.siblings.items())))
    msgs = prompts.training_messages(case, sample.test, system_prompt=system_prompt)
    meta = {k: getattr(sample, k) for k in ("family", "domain", "react_style", "qa_style", "kind", "screen")}
    meta["prompt_version"] = prompts.PROMPT_VERSION
    if sample.siblings:
        meta["siblings"] = dict(sorted(sample.siblings.items()))
    return {"id": sample.id, "split": sample.split, "messages": msgs, "meta": meta}


def write_messages(samples: Iterable[Sample], path: str | os.PathLike, *, system_prompt: str | None = None) -> int:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for s in samples:
            fh.write(json.dumps(message_record(s, system_prompt=system_prompt), ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


# ---------------------------------------------------------------- any source

def find_corpus(path: str | os.PathLike) -> Path:
    """A corpus file from a path: a .jsonl file, or a folder holding corpus.jsonl."""
    p = Path(path)
    if p.is_dir() and (p / "corpus.jsonl").is_file():
        return p / "corpus.jsonl"
    return p


def read_any(path: str | os.PathLike, skips: list[Skip] | None = None) -> Iterator[Sample]:
    """Records from a JSONL file (records or messages), a corpus folder, or triplet folders."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"dataset path {p} does not exist", path=p)
    p = find_corpus(p)
    if p.is_file():
        return read_jsonl(p, skips)
    return read_triplets(p, skips)
