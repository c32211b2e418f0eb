"""esbuild bundling of a screen, with content-keyed memory and disk caches.

No browser here: :class:`Bundler` turns a screen (or its replacement, bundled as if it
stood where the original stands) into a :class:`Bundle` of JavaScript and CSS. The
runtime injected into every bundle is the package file ``runtime.js``.
Standard library only.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import HarnessError
from .common import (
    _LRU,
    ENV_ESBUILD,
    ENV_NODE_MODULES,
    ESBUILD_TIMEOUT_S,
    MEMORY_CACHE_BYTES,
    _atomic_write,
    _bundle_size,
    _sha256_bytes,
    _sha256_file,
)

_LOADERS = {".jsx": "jsx", ".js": "jsx", ".mjs": "jsx", ".tsx": "tsx", ".ts": "ts"}

# Read once: it is part of every cache key and written beside every build.
_RUNTIME_JS = resources.files(__package__).joinpath("runtime.js").read_text(encoding="utf-8")

_HARNESS_VERSION = "2"  # bump when the esbuild command line changes (disk cache key)


def find_node_modules(start: Path) -> Path | None:
    """The nearest ``node_modules`` folder holding ``react`` at or above ``start``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "node_modules"
        if (candidate / "react").is_dir():
            return candidate
    return None


def _project_of(start: Path) -> Path:
    """The nearest folder with a package.json at or above ``start`` (else ``start``)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "package.json").is_file():
            return folder
    return start


def find_esbuild(node_modules: Path | None) -> Path | None:
    """esbuild's native binary inside ``node_modules`` (the platform package first)."""
    if node_modules is None:
        return None
    for candidate in sorted(node_modules.glob("@esbuild/*/bin/esbuild")):
        if os.access(candidate, os.X_OK):
            return candidate
    for candidate in (node_modules / "esbuild" / "bin" / "esbuild", node_modules / ".bin" / "esbuild"):
        if candidate.exists() and os.access(candidate, os.X_OK):
            return candidate
    return None


@dataclass(frozen=True)
class Bundle:
    """One built screen: the JavaScript (and CSS) served to the page."""

    key: str  # content hash: screen + local imports + esbuild + options
    screen: Path  # where the screen stands (the original's path)
    source: Path  # the file actually bundled (the screen, or its replacement)
    js: bytes
    css: bytes
    inputs: tuple[tuple[str, str], ...]  # (absolute path, sha256) of local inputs
    build_s: float  # esbuild wall time (0 for a cache hit)
    cache: str = "none"  # "none" (built now), "memory" or "disk"


class Bundler:
    """Builds screens with esbuild and caches the bundles by content hash."""

    def __init__(
        self,
        *,
        esbuild: str | os.PathLike | None = None,
        node_modules: str | os.PathLike | None = None,
        cache_dir: str | os.PathLike | None = None,
        react_mode: str = "production",
    ) -> None:
        if react_mode not in ("production", "development"):
            raise HarnessError(f"react_mode must be 'production' or 'development', got {react_mode!r}")
        self.esbuild = Path(esbuild) if esbuild else None
        self.node_modules = Path(node_modules).resolve() if node_modules else None
        self.cache_dir = Path(cache_dir).resolve() if cache_dir else None
        self.react_mode = react_mode
        self._lock = threading.Lock()
        # bounded: a data-verification session bundles thousands of screens (~0.7 MB each)
        self._bundles: _LRU = _LRU(max_items=256, max_bytes=MEMORY_CACHE_BYTES, size=_bundle_size)
        self._index: _LRU = _LRU(max_items=4096)
        self._workdir_path: Path | None = None  # made on the first build
        self._tool_ids: dict[str, str] = {}
        self.stats = {"built": 0, "memory_hits": 0, "disk_hits": 0}

    def close(self) -> None:
        if self._workdir_path is not None:
            shutil.rmtree(self._workdir_path, ignore_errors=True)
            self._workdir_path = None

    @property
    def _workdir(self) -> Path:
        if self._workdir_path is None or not self._workdir_path.is_dir():
            self._workdir_path = Path(tempfile.mkdtemp(prefix="mambagen-harness-"))
            (self._workdir_path / "mambagen-runtime.js").write_text(_RUNTIME_JS, encoding="utf-8")
        return self._workdir_path

    @property
    def _runtime(self) -> Path:
        return self._workdir / "mambagen-runtime.js"

    # -- tools -------------------------------------------------------------

    def node_modules_for(self, screen: Path) -> Path:
        __tracebackhide__ = True
        if self.node_modules is not None:
            if not (self.node_modules / "react").is_dir():
                raise HarnessError(
                    f"no react in {self.node_modules}: run `npm install` in {self.node_modules.parent} "
                    f"(or point {ENV_NODE_MODULES} at a node_modules folder holding react, react-dom and esbuild)"
                )
            return self.node_modules
        found = find_node_modules(screen.parent)
        if found is None:
            project = _project_of(screen.parent)
            raise HarnessError(
                f"no node_modules with react found above {screen}: run `npm install` in {project} "
                f"(react, react-dom and esbuild), or set {ENV_NODE_MODULES} to a node_modules folder"
            )
        return found

    def esbuild_for(self, node_modules: Path) -> Path:
        __tracebackhide__ = True
        if self.esbuild is not None:
            exe = self.esbuild
            if not exe.is_file() or not os.access(exe, os.X_OK):
                resolved = shutil.which(str(exe))
                if resolved is None:
                    raise HarnessError(
                        f"esbuild not found at {exe}: run `npm install` in {node_modules.parent} "
                        f"or fix {ENV_ESBUILD} / --mambagen-esbuild"
                    )
                exe = Path(resolved)
            return exe
        exe = find_esbuild(node_modules)
        if exe is None:
            raise HarnessError(
                f"esbuild not found: run `npm install` in {node_modules.parent} "
                f"(or set {ENV_ESBUILD} / --mambagen-esbuild to an esbuild binary)"
            )
        return exe

    def _tool_id(self, exe: Path, node_modules: Path) -> str:
        """Identity of the toolchain: esbuild binary and react's version, for the cache key."""
        key = f"{exe}|{node_modules}"
        if key not in self._tool_ids:
            try:
                st = exe.stat()
                exe_id = f"{exe.resolve()}:{st.st_size}:{int(st.st_mtime)}"
            except OSError:
                exe_id = str(exe)
            versions = []
            for pkg in ("react", "react-dom"):
                try:
                    meta = json.loads((node_modules / pkg / "package.json").read_text(encoding="utf-8"))
                    versions.append(f"{pkg}@{meta.get('version')}")
                except (OSError, ValueError):
                    versions.append(f"{pkg}@?")
            self._tool_ids[key] = "|".join([exe_id, str(node_modules), *versions])
        return self._tool_ids[key]

    def esbuild_version(self, screen_dir: Path | None = None) -> str:
        nm = self.node_modules or (find_node_modules(screen_dir) if screen_dir else None)
        if nm is None and self.esbuild is None:
            return "unknown"
        try:
            exe = self.esbuild_for(nm) if nm else self.esbuild
            out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=20)
            return out.stdout.strip() or "unknown"
        except (HarnessError, OSError, subprocess.SubprocessError):
            return "unknown"

    # -- building ----------------------------------------------------------

    def bundle(self, screen: str | os.PathLike, source: str | os.PathLike | None = None) -> Bundle:
        """Bundle ``source`` (default: ``screen``) as if it stood at ``screen``."""
        __tracebackhide__ = True
        screen = Path(screen).resolve()
        src = Path(source).resolve() if source is not None else screen
        if not screen.parent.is_dir():
            raise HarnessError(f"cannot mount {screen}: its folder does not exist", path=screen)
        if not src.is_file():
            what = "screen" if src == screen else f"replacement for {screen.name}"
            raise HarnessError(f"cannot mount {src}: the {what} does not exist", path=src)
        node_modules = self.node_modules_for(screen)
        exe = self.esbuild_for(node_modules)
        options = self._options_id(exe, node_modules)
        index_key = (str(screen), str(src), options)
        with self._lock:
            hit = self._lookup(index_key)
            if hit is not None:
                return hit
        bundle = self._build(screen, src, node_modules, exe, options)
        with self._lock:
            self._bundles[bundle.key] = bundle
            self._index[index_key] = (bundle.key, bundle.inputs)
            self.stats["built"] += 1
        if self.cache_dir is not None:
            self._store(index_key, bundle)
        return bundle

    def _options_id(self, exe: Path, node_modules: Path) -> str:
        return _sha256_bytes(
            "|".join([_HARNESS_VERSION, self._tool_id(exe, node_modules), self.react_mode, _RUNTIME_JS]).encode()
        )

    @staticmethod
    def _inputs_current(inputs: tuple[tuple[str, str], ...]) -> bool:
        return all(_sha256_file(Path(p)) == digest for p, digest in inputs)

    def _lookup(self, index_key: tuple[str, str, str]) -> Bundle | None:
        entry = self._index.get(index_key)
        if entry is not None:
            key, inputs = entry
            b = self._bundles.get(key)
            if b is not None and self._inputs_current(inputs):
                self.stats["memory_hits"] += 1
                return dataclasses.replace(b, build_s=0.0, cache="memory")
        if self.cache_dir is None:
            return None
        return self._load(index_key)

    def _index_path(self, index_key: tuple[str, str, str]) -> Path:
        assert self.cache_dir is not None
        return self.cache_dir / "index" / (_sha256_bytes("\0".join(index_key).encode()) + ".json")

    def _load(self, index_key: tuple[str, str, str]) -> Bundle | None:
        try:
            entry = json.loads(self._index_path(index_key).read_text(encoding="utf-8"))
            key = entry["key"]
            inputs = tuple((str(p), str(d)) for p, d in entry["inputs"])
            if not self._inputs_current(inputs):
                return None
            folder = self.cache_dir / "bundles"  # type: ignore[operator]
            js = (folder / f"{key}.js").read_bytes()
            css_path = folder / f"{key}.css"
            css = css_path.read_bytes() if css_path.exists() else b""
        except (OSError, ValueError, KeyError, TypeError):
            return None
        bundle = Bundle(key=key, screen=Path(index_key[0]), source=Path(index_key[1]), js=js, css=css,
                        inputs=inputs, build_s=0.0, cache="disk")
        self._bundles[key] = bundle
        self._index[index_key] = (key, inputs)
        self.stats["disk_hits"] += 1
        return bundle

    def _store(self, index_key: tuple[str, str, str], bundle: Bundle) -> None:
        assert self.cache_dir is not None
        try:
            folder = self.cache_dir / "bundles"
            _atomic_write(folder / f"{bundle.key}.js", bundle.js)
            if bundle.css:
                _atomic_write(folder / f"{bundle.key}.css", bundle.css)
            entry = {"key": bundle.key, "inputs": [list(i) for i in bundle.inputs]}
            _atomic_write(self._index_path(index_key), json.dumps(entry).encode())
        except OSError:
            pass  # the disk cache is an optimisation only

    def _build(self, screen: Path, src: Path, node_modules: Path, exe: Path, options: str) -> Bundle:
        __tracebackhide__ = True
        out = Path(tempfile.mkdtemp(dir=self._workdir, prefix="build-"))
        try:
            loader = _LOADERS.get(src.suffix.lower(), _LOADERS.get(screen.suffix.lower(), "jsx"))
            cmd = [
                str(exe), "--bundle", "--format=esm", "--platform=browser", "--target=es2022",
                "--jsx=automatic", f"--loader={loader}", "--loader:.js=jsx",
                "--loader:.png=dataurl", "--loader:.svg=dataurl", "--loader:.jpg=dataurl",
                f"--sourcefile={screen}", f"--inject:{self._runtime}",
                # one copy of React for the screen and the root, whatever node_modules the screen sits in
                f"--alias:react={node_modules / 'react'}", f"--alias:react-dom={node_modules / 'react-dom'}",
                f'--define:process.env.NODE_ENV="{self.react_mode}"',
                f"--outdir={out}", f"--metafile={out / 'meta.json'}",
                "--log-level=error", "--color=false", "--charset=utf8",
            ]
            env = dict(os.environ)
            env["NODE_PATH"] = os.pathsep.join(
                p for p in (str(node_modules), env.get("NODE_PATH", "")) if p
            )
            source_bytes = src.read_bytes()
            t0 = time.perf_counter()
            try:
                proc = subprocess.run(cmd, input=source_bytes, cwd=str(screen.parent), env=env,
                                      capture_output=True, timeout=ESBUILD_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                raise HarnessError(f"esbuild did not finish bundling {screen} within {ESBUILD_TIMEOUT_S:.0f} s",
                                   path=screen) from None
            except OSError as exc:
                raise HarnessError(
                    f"esbuild at {exe} cannot run ({exc}): run `npm install` in {node_modules.parent} "
                    f"(or set {ENV_ESBUILD} / --mambagen-esbuild)", path=screen) from None
            build_s = time.perf_counter() - t0
            if proc.returncode != 0:
                raise HarnessError(self._failure_message(screen, src, proc.stderr.decode("utf-8", "replace")),
                                   path=screen)
            meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
            js = b""
            css = b""
            exports: list[str] = []
            for name, info in meta.get("outputs", {}).items():
                data = (screen.parent / name).read_bytes()
                if name.endswith(".js"):
                    js = data
                    exports = info.get("exports", [])
                elif name.endswith(".css"):
                    css = data
            if "default" not in exports:
                shown = str(screen) if src == screen else f"{src} (replacing {screen.name})"
                raise HarnessError(
                    f"no default export in {shown}: export the screen's component with `export default`",
                    path=src)
            inputs = self._local_inputs(screen, src, meta)
        finally:
            shutil.rmtree(out, ignore_errors=True)
        key = _sha256_bytes(("\n".join([options, str(screen)] + [f"{p}:{d}" for p, d in inputs])).encode())
        return Bundle(key=key, screen=screen, source=src, js=js, css=css, inputs=inputs, build_s=build_s)

    def _local_inputs(self, screen: Path, src: Path, meta: dict) -> tuple[tuple[str, str], ...]:
        inputs: dict[str, str] = {}
        for name in meta.get("inputs", {}):
            if name in ("<stdin>",):
                continue
            path = (screen.parent / name).resolve()
            if "node_modules" in path.parts or path == self._runtime.resolve():
                continue
            real = src if path == screen else path
            digest = _sha256_file(real)
            if digest is not None:
                inputs[str(real)] = digest
        digest = _sha256_file(src)
        if digest is not None:
            inputs[str(src)] = digest
        return tuple(sorted(inputs.items()))

    @staticmethod
    def _failure_message(screen: Path, src: Path, stderr: str) -> str:
        # esbuild prints locations relative to its working folder (the screen's).
        def absolute(match: re.Match) -> str:
            rel, line, col = match.group(2), match.group(3), match.group(4)
            path = (screen.parent / rel).resolve()
            if path == screen and src != screen:
                path = src
            return f"{match.group(1)}{path}:{line}:{col}:"

        text = re.sub(r"^(\s+)([^\s:][^:\n]*):(\d+):(\d+):$", absolute, stderr.strip(), flags=re.M)
        what = str(screen) if src == screen else f"{src} (replacing {screen})"
        return f"esbuild could not bundle {what}:\n{text}"
