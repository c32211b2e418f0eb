"""Find manual cases and pair each with its screen.

``<Name>[.<case>].manual.txt`` pairs with ``<Name>.jsx`` in the same folder; a
first line ``Source: <relative path>`` overrides the pairing. The generated test
is ``test_<name>[_<case>].py`` beside the manual file. A case that cannot be used
carries an ``error`` (one line naming the file) instead of stopping discovery.

What a manual case may make mambagen read is confined to the project (the
``project`` roots: pytest's rootdir and the folder it was started from; by
default the nearest folder above the case with a ``.git``, ``pyproject.toml``,
``package.json``, ... in it): a ``Source:`` line, the screen beside the case, a
linked manual file and the local modules a screen imports must all resolve
inside it, and ``Source:`` must name a screen (``.jsx``, ``.tsx``, ``.js``).
Anything else is refused without being read, so a hostile case cannot send a
file from outside the project (or a ``.env``) to a worker, nor print its first
line in an error. Paths are kept as the user gave them (links are not resolved
to their targets), so a linked case is generated beside the link. File names
with control characters are refused: they end up in the generated file's header.
Two cases that map to one test file are both refused, naming each other.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

MANUAL_SUFFIX = ".manual.txt"
SCREEN_SUFFIXES = (".jsx", ".tsx", ".js")
_SKIP_DIRS = {"node_modules", ".git", ".hg", ".tox", ".venv", "venv", "__pycache__", ".pytest_cache", "build", "dist"}
_SOURCE_LINE = re.compile(r"^\s*source\s*:\s*(?P<path>\S.*?)\s*$", re.IGNORECASE)
MAX_SIBLINGS = 32
#: Whether a folder or file found while walking is left out (pytest's ignore hooks, in a pytest run).
Ignore = Callable[[Path], bool]
#: Files whose folder is taken as the project when no project root is given.
PROJECT_MARKERS = (".git", "pyproject.toml", "setup.cfg", "setup.py", "tox.ini", "pytest.ini", "package.json")
_DEFAULT_EXPORT = re.compile(r"\bexport\s+default\b|\bexport\s*\{[^}]*\bdefault\b[^}]*\}")


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
        return printable(self.manual_path.name)


def printable(text: str) -> str:
    """``text`` with every control or line-breaking character escaped (``\\n``, ``\\u2028``): safe on one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _control_character(text: str) -> str | None:
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            return f"U+{ord(ch):04X}"
    return None


def project_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding a project marker (else ``start`` itself)."""
    start = Path(os.path.abspath(start))
    for folder in (start, *start.parents):
        if any((folder / marker).exists() for marker in PROJECT_MARKERS):
            return folder
    return start


def _roots(root: Path | Sequence[Path] | None, near: Path) -> list[Path]:
    if root is None:
        roots = [project_root(near)]
    elif isinstance(root, (str, os.PathLike)):
        roots = [Path(root)]
    else:
        roots = [Path(r) for r in root]
    return [Path(r).resolve() for r in roots]


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    """Whether ``path`` (resolved: links followed) lies in one of ``roots`` (already resolved)."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a link loop
        return False
    return any(real == r or real.is_relative_to(r) for r in roots)


def _normal(path: Path) -> Path:
    """Absolute and without ``..``, but with links kept as the user gave them."""
    return Path(os.path.normpath(os.path.abspath(path)))


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
    """The generated test beside a manual case (the one place the name is made; the worker uses it too)."""
    name, case = split_manual_name(manual_path.name)
    base = "test_" + snake(name) + (("_" + snake(case)) if case else "")
    return manual_path.with_name(base + ".py")


def find_manual_files(paths: Iterable[str | Path], root: Path | None = None,
                      project: Path | Sequence[Path] | None = None,
                      ignore: Ignore | None = None) -> list[Path]:
    """Every manual case under ``paths`` (files or folders), sorted, without duplicates.

    ``root`` is the folder relative paths start from. Paths are kept as given (links are not
    resolved); a linked folder is walked only when it stays inside the ``project``. ``ignore``
    says whether a folder or file met while walking is left out (in a pytest run: pytest's own
    ``pytest_ignore_collect``, so ``--ignore``, ``--ignore-glob``, ``norecursedirs`` and
    ``collect_ignore`` leave out the same folders for generation as for collection). A path
    named explicitly is never ignored: the user asked for it.
    """
    found: dict[Path, None] = {}
    for raw in paths:
        text = str(raw).split("::", 1)[0]
        path = Path(text)
        if root is not None and not path.is_absolute():
            path = root / path
        path = _normal(path)
        if path.is_file():
            if path.name.endswith(MANUAL_SUFFIX):
                found.setdefault(path, None)
            elif path.suffix in SCREEN_SUFFIXES:
                for manual in sorted(path.parent.glob(path.stem + "*" + MANUAL_SUFFIX)):
                    if split_manual_name(manual.name)[0] == path.stem:
                        found.setdefault(manual, None)
            continue
        if path.is_dir():
            roots = _roots(project, path)
            for manual in _walk(path, roots, set(), ignore):
                found.setdefault(manual, None)
    return sorted(found)


def _walk(folder: Path, roots: Sequence[Path], seen: set[Path], ignore: Ignore | None = None) -> Iterable[Path]:
    try:
        real = folder.resolve()
        entries = sorted(folder.iterdir())
    except (OSError, RuntimeError):
        return
    if real in seen:  # a link back up the tree
        return
    seen.add(real)
    for entry in entries:
        if entry.is_dir():
            if entry.name in _SKIP_DIRS or entry.name.startswith("."):
                continue
            if entry.is_symlink() and not _inside(entry, roots):
                continue  # a linked folder outside the project is not the project's
            if ignore is not None and ignore(entry):
                continue
            yield from _walk(entry, roots, seen, ignore)
        elif entry.name.endswith(MANUAL_SUFFIX) and not (ignore is not None and ignore(entry)):
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


def load_case(manual_path: Path, root: Path | Sequence[Path] | None = None) -> ManualCase:
    """Pair one manual file with its screen and read both; problems land in ``error``.

    ``root`` is the project (one folder or several) that the case, its screen and the
    screen's local imports must stay inside; by default the nearest project folder above it.
    """
    manual_path = _normal(Path(manual_path))
    name, case_name = split_manual_name(manual_path.name)
    case = ManualCase(manual_path=manual_path, name=name, case_name=case_name, target_path=target_for(manual_path))
    shown = printable(manual_path.name)
    control = _control_character(manual_path.name)
    if control is not None:
        case.error = (f"manual case {shown} has a control character ({control}) in its file name; rename it "
                      "(the name is written into the generated test)")
        return case
    roots = _roots(root, manual_path.parent)
    if not _inside(manual_path, roots):
        case.error = (f"manual case {shown} is a link to a file outside the project ({roots[0]}); copy the case "
                      "into the project instead of linking it")
        return case
    try:
        text = read_text(manual_path, "manual case")
    except ValueError as exc:
        case.error = printable(str(exc))
        return case
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    match = _SOURCE_LINE.match(lines[first])
    if match:
        given = match.group("path")
        screen = _normal(manual_path.parent / given)
        body = "\n".join(lines[:first] + lines[first + 1 :]).strip("\n")
        problem = None
        if _control_character(given) is not None:
            problem = "which has a control character in it"
        elif not _inside(screen, roots):
            problem = (f"which is outside the project ({roots[0]}); a Source: line must point at a screen inside "
                       "the project")
        elif screen.suffix.lower() not in SCREEN_SUFFIXES:
            problem = "which is not a screen: Source: must name a .jsx, .tsx or .js screen"
        elif not screen.is_file():
            problem = "which does not exist"
        if problem is not None:
            case.error = f"manual case {shown} names Source: {printable(given)}, {problem}"
            return case
        if not body.strip():
            case.error = f"manual case {shown} has a Source: line but no steps"
            return case
    else:
        body = text.strip("\n")
        screen = next((manual_path.with_name(name + ext) for ext in SCREEN_SUFFIXES
                       if manual_path.with_name(name + ext).is_file()), None)
        if screen is None:
            case.error = (
                f"manual case {shown} has no screen: expected {printable(name)}.jsx beside it, "
                f"or a first line 'Source: <path to the .jsx>'"
            )
            return case
        if not _inside(screen, roots):
            case.error = (f"{shown}: its screen {printable(screen.name)} is a link to a file outside the project "
                          f"({roots[0]}); copy the screen into the project")
            return case
    case.manual_text = body
    case.screen_path = screen
    try:
        case.screen_text = read_text(screen, "screen")
    except ValueError as exc:
        case.error = f"{shown}: {exc}"
        return case
    case.siblings = collect_siblings(screen, case.screen_text, roots)
    return case


def check_screen(source: str, path: Path | str = "screen.jsx") -> str | None:
    """Why a screen cannot be mounted, found without running the model; None when it looks mountable.

    Checked: a default export (the harness renders it), and that every JSX element is closed by
    a tag of its own name (tree-sitter parses ``<p>x</span>`` without an error). Syntax errors
    are the inventory's to report (``inventory.parse_check``).
    """
    name = printable(Path(path).name)
    if not _DEFAULT_EXPORT.search(source):
        return f"{name} has no default export: export the screen's component with `export default`"
    from . import imports

    data = source.encode("utf-8")
    try:
        tree = imports.parse(data, path)  # the grammar follows the suffix: a .tsx screen parses as TSX
    except ImportError:  # the inventory needs the grammars too, and says so
        return None
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "jsx_element":
            opening, closing = node.child_by_field_name("open_tag"), node.child_by_field_name("close_tag")
            open_name = opening.child_by_field_name("name") if opening is not None else None
            close_name = closing.child_by_field_name("name") if closing is not None else None
            a = data[open_name.start_byte:open_name.end_byte].decode("utf-8", "replace") if open_name else ""
            b = data[close_name.start_byte:close_name.end_byte].decode("utf-8", "replace") if close_name else ""
            if a != b:
                line = (closing or node).start_point[0] + 1
                return (f"{name} line {line}: closes <{a}> with </{b}>; fix the JSX (the screen would not "
                        "bundle), then run again")
        stack.extend(node.children)
    return None


def collect_siblings(screen: Path, text: str, roots: Sequence[Path] | None = None) -> dict[str, str]:
    """Local modules the screen imports or re-exports (transitively), by path relative to the screen's folder.

    The graph is :mod:`.imports`' (shared with the inventory), so a component behind a barrel
    file is included. Modules that resolve outside ``roots`` (default: the screen's project) are
    left out and not read: they would be sent to a worker with the prompt.
    """
    from . import imports

    roots = list(roots) if roots is not None else _roots(None, screen.parent)
    found = imports.local_modules(screen, text, allowed=lambda path: _inside(path, roots), limit=MAX_SIBLINGS)
    return dict(sorted((imports.relative(path, screen.parent), body) for path, body in found.items()))


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()


def discover(paths: Iterable[str | Path], root: Path | None = None,
             project: Path | Sequence[Path] | None = None, ignore: Ignore | None = None) -> list[ManualCase]:
    """All manual cases under ``paths``, each loaded (or carrying its error).

    ``root`` is where relative ``paths`` start; ``project`` the folder(s) nothing may be read
    outside of (default: each case's nearest project folder); ``ignore`` as for
    :func:`find_manual_files`.
    """
    paths = list(paths)
    if project is None:  # the project of each path given (the folder itself when it has no marker)
        project = []
        for raw in paths:
            path = Path(str(raw).split("::", 1)[0])
            path = _normal(root / path if root is not None and not path.is_absolute() else path)
            project.append(project_root(path if path.is_dir() else path.parent))
    cases = [load_case(p, project or None) for p in find_manual_files(paths, root, project or None, ignore)]
    _refuse_collisions(cases)
    return cases


def _refuse_collisions(cases: Sequence[ManualCase]) -> None:
    """Two manual cases that map to one test file would overwrite each other: refuse both, naming both.

    The case's own folder is listed, so a collision is seen even when only one of the two files
    was asked for (pre-commit passes the files that changed).
    """
    listings: dict[Path, list[Path]] = {}
    for case in cases:
        folder = case.manual_path.parent
        if folder not in listings:
            try:
                listings[folder] = sorted(p for p in folder.iterdir() if p.name.endswith(MANUAL_SUFFIX))
            except OSError:
                listings[folder] = []
        same = [p.name for p in listings[folder] if target_for(p) == case.target_path]
        if len(same) > 1:
            names = " and ".join(printable(n) for n in same)
            case.error = f"{names} both map to {case.target_path.name}; rename one (neither is generated)"
