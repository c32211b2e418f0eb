"""Find manual cases and pair each with its screen.

``<Name>[.<case>].manual.txt`` pairs with ``<Name>.jsx`` in the same folder; a
first line ``Source: <relative path>`` overrides the pairing. The generated test
is ``test_<name>[_<case>].py`` beside the manual file. A case that cannot be used
carries an ``error`` (one line naming the file) instead of stopping discovery.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

MANUAL_SUFFIX = ".manual.txt"
SCREEN_SUFFIXES = (".jsx", ".tsx", ".js")
_SKIP_DIRS = {"node_modules", ".git", ".hg", ".tox", ".venv", "venv", "__pycache__", ".pytest_cache", "build", "dist"}
_SOURCE_LINE = re.compile(r"^\s*source\s*:\s*(?P<path>\S.*?)\s*$", re.IGNORECASE)
_IMPORT = re.compile(r"""(?:import\s[^'"]*?from\s*|import\s*\(?\s*|require\(\s*)['"](?P<spec>\.{1,2}/[^'"]+)['"]""")
_SIBLING_EXTS = ("", ".js", ".jsx", ".ts", ".tsx", ".mjs", ".json", "/index.js", "/index.jsx")
MAX_SIBLINGS = 32


@dataclass
class ManualCase:
    """One manual case and everything discovery learned about it."""

    manual_path: Path
    name: str  # the screen part of the file name, e.g. "Cart"
    case_name: str  # the case part, "" when absent
    target_path: Path
    screen_path: Path | None = None
    manual_text: str | None = None  # decoded, "Source:" line removed
    screen_text: str | None = None
    siblings: dict[str, str] = field(default_factory=dict)  # relative path -> text
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def mount_path(self) -> str:
        """The path the test passes to ``mount()``: the screen relative to the test file."""
        assert self.screen_path is not None
        return _relative(self.screen_path, self.target_path.parent)

    @property
    def label(self) -> str:
        return self.manual_path.name


def snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def split_manual_name(filename: str) -> tuple[str, str]:
    """``Cart.empty-cart.manual.txt`` -> ``("Cart", "empty-cart")``."""
    stem = filename[: -len(MANUAL_SUFFIX)]
    name, _, case = stem.partition(".")
    return name, case


def target_for(manual_path: Path) -> Path:
    name, case = split_manual_name(manual_path.name)
    base = "test_" + snake(name) + (("_" + snake(case)) if case else "")
    return manual_path.with_name(base + ".py")


def find_manual_files(paths: Iterable[str | Path], root: Path | None = None) -> list[Path]:
    """Every manual case under ``paths`` (files or folders), sorted, without duplicates."""
    found: dict[Path, None] = {}
    for raw in paths:
        text = str(raw).split("::", 1)[0]
        path = Path(text)
        if root is not None and not path.is_absolute():
            path = root / path
        if path.is_file():
            if path.name.endswith(MANUAL_SUFFIX):
                found.setdefault(path.resolve(), None)
            elif path.suffix in SCREEN_SUFFIXES:
                for manual in sorted(path.parent.glob(path.stem + "*" + MANUAL_SUFFIX)):
                    if split_manual_name(manual.name)[0] == path.stem:
                        found.setdefault(manual.resolve(), None)
            continue
        if path.is_dir():
            for manual in _walk(path):
                found.setdefault(manual.resolve(), None)
    return sorted(found)


def _walk(folder: Path) -> Iterable[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            if entry.name in _SKIP_DIRS or entry.name.startswith("."):
                continue
            yield from _walk(entry)
        elif entry.name.endswith(MANUAL_SUFFIX):
            yield entry


def read_text(path: Path, what: str) -> str:
    """Read a user file as UTF-8 text; raise ValueError with a one-line reason otherwise."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValueError(f"{what} {path.name} does not exist") from None
    except OSError as exc:
        raise ValueError(f"{what} {path.name} cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ValueError(f"{what} {path.name} is empty")
    if b"\x00" in data[:8192]:
        raise ValueError(f"{what} {path.name} is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{what} {path.name} is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_case(manual_path: Path) -> ManualCase:
    """Pair one manual file with its screen and read both; problems land in ``error``."""
    name, case_name = split_manual_name(manual_path.name)
    case = ManualCase(manual_path=manual_path, name=name, case_name=case_name, target_path=target_for(manual_path))
    try:
        text = read_text(manual_path, "manual case")
    except ValueError as exc:
        case.error = str(exc)
        return case
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    match = _SOURCE_LINE.match(lines[first])
    if match:
        screen = (manual_path.parent / match.group("path")).resolve()
        body = "\n".join(lines[:first] + lines[first + 1 :]).strip("\n")
        if not body.strip():
            case.error = f"manual case {manual_path.name} has a Source: line but no steps"
            return case
        if not screen.is_file():
            case.error = (
                f"manual case {manual_path.name} names Source: {match.group('path')}, which does not exist"
            )
            return case
    else:
        body = text.strip("\n")
        screen = next((manual_path.with_name(name + ext) for ext in SCREEN_SUFFIXES
                       if manual_path.with_name(name + ext).is_file()), None)
        if screen is None:
            case.error = (
                f"manual case {manual_path.name} has no screen: expected {name}.jsx beside it, "
                f"or a first line 'Source: <path to the .jsx>'"
            )
            return case
    case.manual_text = body
    case.screen_path = screen
    try:
        case.screen_text = read_text(screen, "screen")
    except ValueError as exc:
        case.error = f"{manual_path.name}: {exc}"
        return case
    case.siblings = collect_siblings(screen, case.screen_text)
    return case


def collect_siblings(screen: Path, text: str) -> dict[str, str]:
    """Local modules the screen imports (transitively), by path relative to the screen's folder."""
    base = screen.parent
    out: dict[str, str] = {}
    queue = [(screen, text)]
    seen = {screen.resolve()}
    while queue and len(out) < MAX_SIBLINGS:
        current, source = queue.pop(0)
        for match in _IMPORT.finditer(source):
            resolved = _resolve_import(current.parent, match.group("spec"))
            if resolved is None or resolved in seen:
                continue
            seen.add(resolved)
            try:
                sibling_text = resolved.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            out[_relative(resolved, base)] = sibling_text
            if resolved.suffix in (".js", ".jsx", ".ts", ".tsx", ".mjs"):
                queue.append((resolved, sibling_text))
    return dict(sorted(out.items()))


def _resolve_import(folder: Path, spec: str) -> Path | None:
    for ext in _SIBLING_EXTS:
        candidate = (folder / (spec + ext)).resolve()
        if candidate.is_file():
            return candidate
    return None


def _relative(path: Path, start: Path) -> str:
    import os

    return Path(os.path.relpath(path, start)).as_posix()


def discover(paths: Iterable[str | Path], root: Path | None = None) -> list[ManualCase]:
    """All manual cases under ``paths``, each loaded (or carrying its error)."""
    return [load_case(p) for p in find_manual_files(paths, root)]
