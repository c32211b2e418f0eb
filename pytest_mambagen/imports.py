"""One reader of a screen's imports, and one resolver of where they point.

Discovery (which local modules go into the prompt and the fingerprint) and the
inventory (which child components add labels and texts) both ask this module,
so they can never disagree about a screen's import graph. The bundler in the
harness learns the same graph from esbuild's metafile; this module resolves
specifiers the way esbuild does for the cases that matter here (extension
probing with TypeScript first, ``./x.js`` naming ``x.ts``, folder index files),
so that a component reached through a barrel file (``export { default as Row }
from "./Row.jsx"`` or ``export * from "./rows"``) is part of the fingerprint and
the inventory, as it is part of the bundle.

The grammar follows the file name: ``.tsx`` parses with tree-sitter's TSX
grammar, ``.ts`` with TypeScript's, everything else with JavaScript's (which
includes JSX). Parsers are built once per grammar. tree-sitter is imported on
first use only: this module is imported by the plugin's discovery, which must
stay cheap when nothing needs parsing.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

#: Files whose imports are followed further (a ``.json`` or ``.css`` module imports nothing).
CODE_SUFFIXES = (".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts")
#: Extensions tried after a bare specifier, in esbuild's order (TypeScript first).
_PROBE_EXTS = (".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs", ".json", ".css")
#: TypeScript projects import ``./Row.js`` for a file named ``Row.ts``; esbuild follows that.
_TS_TWINS = {".js": (".ts", ".tsx"), ".jsx": (".tsx",), ".mjs": (".mts",), ".cjs": (".cts",)}
#: The most modules followed from one screen: a bound on what a prompt and a fingerprint read.
MAX_MODULES = 32

# Used only where tree-sitter is missing, and to widen a parse that has errors: a module
# named by a line the grammar could not read is still listed (fingerprints over-include, never miss).
_IMPORT_RE = re.compile(
    r"""(?:\bimport\s[^'"`;]*?\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*|\bexport\s[^'"`;]*?\bfrom\s*)"""
    r"""['"](?P<spec>\.{1,2}/[^'"]+)['"]"""
)


def grammar_for(path: str | os.PathLike[str] | None) -> str:
    """``"tsx"``, ``"typescript"`` or ``"javascript"``: the grammar a file of that name parses with."""
    suffix = Path(str(path or "")).suffix.lower()
    if suffix == ".tsx":
        return "tsx"
    if suffix in (".ts", ".mts", ".cts"):
        return "typescript"
    return "javascript"


@functools.cache
def parser(grammar: str = "javascript") -> Any:
    """A tree-sitter parser for ``grammar`` (one per process and grammar: building one costs ~1 ms)."""
    import tree_sitter

    if grammar == "javascript":
        import tree_sitter_javascript

        language = tree_sitter_javascript.language()
    else:
        try:
            import tree_sitter_typescript
        except ImportError as exc:  # a dependency, but an install may lack it
            raise ImportError("TypeScript screens need tree-sitter-typescript: pip install "
                              "'tree-sitter-typescript==0.21.2'") from exc
        language = (tree_sitter_typescript.language_tsx() if grammar == "tsx"
                    else tree_sitter_typescript.language_typescript())
    return tree_sitter.Parser(tree_sitter.Language(language))


def parse(source: str | bytes, path: str | os.PathLike[str] | None = None) -> Any:
    """The tree-sitter tree of ``source``, parsed with the grammar its ``path`` calls for."""
    data = source.encode("utf-8") if isinstance(source, str) else source
    return parser(grammar_for(path)).parse(data)


def import_specifiers(source: str, path: str | os.PathLike[str] | None = None) -> list[str]:
    """Relative module specifiers (``./x``, ``../y``) that ``source`` imports or re-exports, in order.

    Static imports (``import``, ``import type``), re-exports (``export ... from``,
    ``export * from``), dynamic ``import("./x")`` and ``require("./x")``. Packages
    (``react``) are not the project's and are left out.
    """
    try:
        tree = parse(source, path)
    except ImportError:
        return _regex_specifiers(source)
    data = source.encode("utf-8")
    found: dict[str, None] = {}
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        spec: str | None = None
        if node.type in ("import_statement", "export_statement"):
            src = node.child_by_field_name("source")
            spec = _string(src, data) if src is not None else None
        elif node.type == "call_expression":
            fn = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            if fn is not None and args is not None and (
                    fn.type == "import" or (fn.type == "identifier" and _text(fn, data) == "require")):
                first = next((c for c in args.named_children), None)
                spec = _string(first, data) if first is not None else None
        if spec is not None and spec.startswith(("./", "../")):
            found.setdefault(spec, None)
        stack.extend(reversed(node.children))
    if tree.root_node.has_error:
        for spec in _regex_specifiers(source):
            found.setdefault(spec, None)
    return list(found)


def _regex_specifiers(source: str) -> list[str]:
    return list(dict.fromkeys(m.group("spec") for m in _IMPORT_RE.finditer(source)))


def _text(node: Any, data: bytes) -> str:
    return data[node.start_byte:node.end_byte].decode("utf-8", "replace")


def _string(node: Any, data: bytes) -> str | None:
    """The value of a plain string literal node; None for anything computed."""
    if node is None or node.type != "string":
        return None
    raw = _text(node, data)
    return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"" else None


def resolve(folder: Path, spec: str) -> Path | None:
    """The file a relative ``spec`` imported from ``folder`` names (links kept), or None when none does."""
    base = folder / spec
    candidates = [base]
    candidates += [base.with_name(base.name + ext) for ext in _PROBE_EXTS]
    suffix = base.suffix.lower()
    candidates += [base.with_suffix(twin) for twin in _TS_TWINS.get(suffix, ())]
    candidates += [base / ("index" + ext) for ext in _PROBE_EXTS]
    for candidate in candidates:
        try:
            if candidate.is_file():
                return Path(os.path.normpath(os.path.abspath(candidate)))
        except OSError:  # a name too long, a permission problem: not a module we can read
            continue
    return None


def local_modules(
    screen: Path,
    source: str,
    *,
    allowed: Callable[[Path], bool] = lambda _path: True,
    limit: int = MAX_MODULES,
) -> dict[Path, str]:
    """Every local module ``screen`` reaches through imports and re-exports (breadth first), with its text.

    ``allowed`` decides whether a resolved file may be read at all (discovery refuses
    files outside the project); a refused file is not followed either. At most
    ``limit`` modules are returned.
    """
    out: dict[Path, str] = {}
    seen = {_real(screen)}
    queue: list[tuple[Path, str]] = [(screen, source)]
    while queue and len(out) < limit:
        current, text = queue.pop(0)
        for spec in import_specifiers(text, current):
            found = resolve(current.parent, spec)
            if found is None or _real(found) in seen or not allowed(found):
                continue
            seen.add(_real(found))
            try:
                module_text = found.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            out[found] = module_text
            if len(out) >= limit:
                break
            if found.suffix.lower() in CODE_SUFFIXES:
                queue.append((found, module_text))
    return out


def relative(path: Path, start: Path) -> str:
    """``path`` relative to ``start``, POSIX style: how modules are named in prompts and fingerprints."""
    return Path(os.path.relpath(path, start)).as_posix()


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def code_modules(items: Iterable[tuple[str, str]] | Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The ``(name, text)`` pairs that are code (their imports and JSX count); data files are left out."""
    return [(name, text) for name, text in items if str(name).lower().endswith(CODE_SUFFIXES)]
