"""Component harness: bundle a React screen with esbuild and mount it in Chromium.

Generated tests (and the reference tests in ``fixtures/``) use the ``mount``
fixture::

    def test_cart_total(mount):
        page = mount("Cart.jsx")            # path relative to the test file
        expect(page.get_by_test_id("total")).to_have_text("$12.00")

``mount(path, props=None) -> playwright.sync_api.Page`` bundles the file's
default export (and everything it imports) with esbuild, renders it with React's
``createRoot`` into ``<div id="root">`` of an empty page served from 127.0.0.1 on
an ephemeral port, and returns the page once the first render has committed.

Outside pytest the same machinery is the :class:`Harness` class::

    with Harness() as h:
        page = h.mount("fixtures/atlas/src/shop/Cart.jsx", props={"currency": "EUR"})
        ...

How it is put together

* One browser per :class:`Harness` (one per pytest session through the
  ``mambagen_harness`` fixture), a fresh browser context per test, a new page per
  ``mount`` call. Bulk verification may opt into ``isolation="page"``
  (``MAMBAGEN_ISOLATION=page``): one page reused by every test, its storage and
  cookies cleared before each mount, about three times cheaper per test.
* Bundles are cached by content: the key hashes the screen, every local file it
  imports (esbuild's ``--metafile`` lists them), the esbuild binary and the build
  options. A memory cache lives as long as the harness; a disk cache is used when
  ``cache_dir`` (or ``MAMBAGEN_CACHE_DIR``) is given. Files under ``node_modules``
  are keyed by their folder, not re-hashed on every mount.
* The screen is fed to esbuild on stdin with ``--sourcefile`` set to its path
  and esbuild's working folder set to its folder, so a *replacement* (a mutant)
  is bundled as if it stood where the original stands: its relative imports
  reach the original's siblings.
* Replacements come from ``overrides`` (``{original: replacement}``, absolute
  paths), from the environment variable ``MAMBAGEN_MOUNT_OVERRIDE`` (a JSON
  object of the same shape) or, inside pytest, from a node's stash under
  :data:`OVERRIDES_KEY` (the execution runner sets it per job).
* JSX uses the automatic runtime, React's production build, and one small
  runtime injected into every bundle (``__mambagen_mount``) that renders with
  ``flushSync`` so the page is ready as soon as the document has loaded.
* Tests on mounted screens fail fast: actions time out after 5 s and ``expect``
  after 3 s (arguments, or ``MAMBAGEN_ACTION_TIMEOUT_MS`` /
  ``MAMBAGEN_EXPECT_TIMEOUT_MS``); uncaught page errors and console errors are
  recorded per page and added to the failure report of the test. Chromium must
  start within 30 s (``MAMBAGEN_LAUNCH_TIMEOUT_S``) or the harness raises.
* The browser is fenced (``fence=True``, always so for the ``mount`` fixture): a
  page can reach the harness's own origin (``http://127.0.0.1:<port>``) and
  nothing else. Three layers, so that no single mechanism is trusted alone:
  every context routes any request for another origin (other hosts, other
  ports of 127.0.0.1, ``file:``) to an abort and closes WebSockets to them;
  every context names the harness's own server as its proxy, which serves the
  harness's origin and answers 403 for any other (it never forwards): this also
  covers ``page.request``, which passes neither through routes nor a port-exact
  proxy bypass; and Chromium itself is launched with a proxy port that refuses
  every connection (bound, never listened on), with DNS resolution
  turned off for every host but 127.0.0.1 and with WebRTC kept off UDP, so even
  a context made outside the harness cannot leave. Service workers are blocked.
  ``data:`` and ``blob:`` URLs stay allowed: they carry no network (esbuild
  inlines small images as ``data:`` URLs), and any request a ``data:`` document
  makes meets the same fence. Blocked requests are listed in the page's errors.
* Every test that uses ``mount`` must finish within ``MAMBAGEN_TEST_TIMEOUT_S``
  seconds (60; 0 turns it off): an alarm fails it with a clear reason, so a test
  that hangs cannot hang CI. The harness does this itself rather than through
  pytest-timeout: it needs no dependency and no configuration in the user's
  project, applies exactly to the tests that get a fenced page (generated tests
  included, in a plain ``pytest`` run too), and leaves every other test alone.
  Where no alarm signal exists (Windows, a thread), ``faulthandler`` stops the
  process instead.
* Every problem a user can fix raises :class:`~pytest_mambagen.errors.HarnessError`
  naming the file: esbuild's own message with absolute ``file:line:col``, "no
  default export in X.jsx", "esbuild not found: run `npm install` in <project>",
  a render error, a browser that does not start.

API (see each docstring)

* ``Harness(*, esbuild, node_modules, browser, cache_dir, overrides,
  action_timeout_ms, expect_timeout_ms, launch_timeout_s, react_mode, isolation)``;
  ``start()``, ``mount(path, props=None, *, context=None, page=None, base_dir=None,
  overrides=None) -> Page``, ``bundle(path, ...) -> Bundle``, ``new_context()``,
  ``close_context(ctx)``, ``page_log(page) -> PageLog``, ``versions()``, ``close()``;
  a context manager.
* ``Bundler`` (esbuild + caches, no browser) and ``Bundle`` (key, js, css,
  inputs, build_s, cache) for scripts that only need bundles.
* Fixtures: ``mambagen_harness`` (session) and ``mount`` (function).

Where things are found (first match wins)

* esbuild: the ``esbuild`` argument, ``--mambagen-esbuild`` / ini
  ``mambagen_esbuild``, ``MAMBAGEN_ESBUILD``, then ``<node_modules>/@esbuild/<platform>/bin/esbuild``
  and ``<node_modules>/.bin/esbuild``.
* bundle disk cache: the ``cache_dir`` argument, ``--mambagen-cache-dir`` (when
  registered), ``MAMBAGEN_CACHE_DIR``; none by default.
* node_modules: the ``node_modules`` argument, ``--mambagen-node-modules`` (when
  registered), ``MAMBAGEN_NODE_MODULES``, then the nearest ``node_modules`` folder
  holding ``react`` above the screen. ``react`` and ``react-dom`` are aliased to
  it (one copy of React for the screen and the root), and it is given to esbuild
  as ``NODE_PATH``, so screens in folders without one (synthetic samples) resolve
  their packages there.
* Chromium: the ``browser`` argument, ``--mambagen-browser`` / ini
  ``mambagen_browser``, ``MAMBAGEN_BROWSER``, Playwright's managed Chromium where
  it is installed, then Debian's ``/usr/bin/chromium``.

This module imports only the standard library and pytest at import time;
Playwright is imported when a harness starts.
"""

from __future__ import annotations

import contextlib
import dataclasses
import faulthandler
import hashlib
import html
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from .errors import HarnessError

ENV_ESBUILD = "MAMBAGEN_ESBUILD"
ENV_NODE_MODULES = "MAMBAGEN_NODE_MODULES"
ENV_BROWSER = "MAMBAGEN_BROWSER"
ENV_OVERRIDE = "MAMBAGEN_MOUNT_OVERRIDE"
ENV_CACHE_DIR = "MAMBAGEN_CACHE_DIR"
ENV_ACTION_TIMEOUT = "MAMBAGEN_ACTION_TIMEOUT_MS"
ENV_EXPECT_TIMEOUT = "MAMBAGEN_EXPECT_TIMEOUT_MS"
ENV_LAUNCH_TIMEOUT = "MAMBAGEN_LAUNCH_TIMEOUT_S"
ENV_ISOLATION = "MAMBAGEN_ISOLATION"
ENV_TEST_TIMEOUT = "MAMBAGEN_TEST_TIMEOUT_S"
#: "context": a fresh browser context per test (the default, full isolation);
#: "page": one context and page reused by every test, storage and cookies cleared
#: before each mount: ~3x cheaper per test, for bulk verification of samples that
#: follow the test idiom (no init scripts, routes or page-level handlers).
ISOLATIONS = ("context", "page")

DEBIAN_CHROMIUM = "/usr/bin/chromium"
#: Launch flags that work on a machine with no network and no GPU.
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
ACTION_TIMEOUT_MS = 5_000
EXPECT_TIMEOUT_MS = 3_000
LAUNCH_TIMEOUT_S = 30.0
#: Most seconds a test that uses ``mount`` may run (setup and call); a generated test must not hang CI.
TEST_TIMEOUT_S = 60.0
#: Where no alarm can interrupt the test, the process is stopped this much later than the limit.
HARD_STOP_GRACE_S = 30.0
ESBUILD_TIMEOUT_S = 60.0
MEMORY_CACHE_BYTES = 192 * 1024 * 1024

#: Pytest stash key: a ``{original: replacement}`` map set on a node (a job
#: collector of the execution runner) applies to every test below it.
OVERRIDES_KEY = pytest.StashKey[dict]()
#: Pytest stash key: the ``Mounter`` of a test, whose page errors go into its failure report.
MOUNTER_KEY = pytest.StashKey[Any]()

_LOADERS = {".jsx": "jsx", ".js": "jsx", ".mjs": "jsx", ".tsx": "tsx", ".ts": "ts"}

# Injected into every bundle. It must not import anything but React: the same
# copy of React then serves the screen and the root.
_RUNTIME_JS = r"""
import { createElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

function describe(error) {
  if (error && error.stack) return String(error.stack);
  return String(error);
}

window.__mambagen_mount = function (mod, name) {
  const status = (window.__mambagen_status = { rendered: false, errors: [] });
  const Component = mod.default;
  if (Component === undefined || Component === null) {
    status.errors.push("no default export in " + name);
    return;
  }
  const isComponent = typeof Component === "function" ||
    (typeof Component === "object" && Component.$$typeof !== undefined);
  if (!isComponent) {
    status.errors.push("the default export of " + name + " is not a React component (got " +
      typeof Component + ")");
    return;
  }
  const propsNode = document.getElementById("mambagen-props");
  const props = propsNode ? JSON.parse(propsNode.textContent) : {};
  const root = createRoot(document.getElementById("root"), {
    onUncaughtError(error) {
      status.errors.push(describe(error));
      if (typeof reportError === "function") reportError(error);
    },
  });
  try {
    flushSync(() => root.render(createElement(Component, props)));
  } catch (error) {
    status.errors.push(describe(error));
  }
  status.rendered = true;
};
"""

_HARNESS_VERSION = "2"  # bump when the esbuild command line changes (disk cache key)


class _LRU(OrderedDict):
    """A dict that forgets its least recently used entries past ``max_items`` / ``max_bytes``."""

    def __init__(self, max_items: int, max_bytes: int | None = None, size=len) -> None:
        super().__init__()
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._size = size
        self.bytes = 0

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self:
            self.move_to_end(key)
            return super().__getitem__(key)
        return default

    def __setitem__(self, key: Any, value: Any) -> None:
        if key in self:
            self.bytes -= self._size(super().__getitem__(key))
        super().__setitem__(key, value)
        self.move_to_end(key)
        self.bytes += self._size(value)
        while len(self) > 1 and (len(self) > self.max_items or
                                 (self.max_bytes is not None and self.bytes > self.max_bytes)):
            _, old = self.popitem(last=False)
            self.bytes -= self._size(old)


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sha256_file(path: Path) -> str | None:
    try:
        return _sha256_bytes(path.read_bytes())
    except OSError:
        return None


def _bundle_size(bundle: Any) -> int:
    return len(bundle.js) + len(bundle.css)


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def parse_overrides(text: str | None, *, source: str = ENV_OVERRIDE) -> dict[str, str]:
    """Parse an override map (JSON object ``{original: replacement}``) into absolute paths."""
    if not text or not text.strip():
        return {}
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise HarnessError(f"{source} must be a JSON object of paths, got invalid JSON: {exc}") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise HarnessError(f"{source} must be a JSON object mapping an original screen to its replacement")
    return normalize_overrides(data)


def normalize_overrides(overrides: Mapping[str, str | os.PathLike] | None) -> dict[str, str]:
    """Make every path of an override map absolute and resolved."""
    if not overrides:
        return {}
    return {str(Path(k).resolve()): str(Path(v).resolve()) for k, v in overrides.items()}


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


@dataclass
class PageLog:
    """What a mounted page reported: uncaught errors and console errors."""

    screen: str
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)  # requests the fence refused

    def lines(self) -> list[str]:
        out = [f"{self.screen}: uncaught: {e}" for e in self.errors]
        out += [f"{self.screen}: console.error: {c}" for c in self.console]
        out += [f"{self.screen}: blocked by the harness's network fence: {b}" for b in self.blocked]
        return out


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


class _Server:
    """A tiny HTTP server on 127.0.0.1 serving mount pages and bundles."""

    def __init__(self) -> None:
        # bounded: pages and bundles of the last mounts only (a reload of an old page 404s)
        self.bundles: _LRU = _LRU(max_items=32, size=_bundle_size)
        self.pages: _LRU = _LRU(max_items=512)
        self._counter = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # silence
                return

            def do_GET(self) -> None:
                target = self.path
                if target.startswith(("http://", "https://")):
                    # Asked as a proxy (fenced contexts name this server as theirs, so that
                    # page.request, which ignores a port in a proxy bypass, is fenced too): serve
                    # our own origin, refuse every other one. Nothing is ever forwarded.
                    scheme, _, rest = target.partition("://")
                    netloc, _, tail = rest.partition("/")
                    if f"{scheme}://{netloc}" != server.origin:
                        self._refuse()
                        return
                    target = "/" + tail
                path = target.split("?", 1)[0]
                body, ctype, status = server.lookup(path)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def do_CONNECT(self) -> None:
                # A tunnel (Playwright's API client tunnels even plain http) to this very server is
                # the same as talking to it: say yes and go on serving on this connection. A tunnel
                # anywhere else is refused.
                if self.path != f"127.0.0.1:{server.port}":
                    self._refuse()
                    return
                self.send_response(200, "Connection established")
                self.end_headers()

            def _refuse(self) -> None:
                body = b"blocked by the mambagen harness's network fence\n"
                self.send_response(403)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                return  # a page closed mid-transfer (broken pipe) is not an error

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="mambagen-http", daemon=True)
        self.thread.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def lookup(self, path: str) -> tuple[bytes, str, int]:
        if path == "/favicon.ico":
            return b"", "image/x-icon", 200
        if path.startswith("/m/"):
            with self._lock:
                page = self.pages.get(path[3:])
            if page is not None:
                return page, "text/html; charset=utf-8", 200
        if path.startswith("/b/"):
            name = path[3:]
            key, _, ext = name.rpartition(".")
            with self._lock:
                bundle = self.bundles.get(key)
            if bundle is not None and ext == "js":
                return bundle.js, "text/javascript; charset=utf-8", 200
            if bundle is not None and ext == "css":
                return bundle.css, "text/css; charset=utf-8", 200
        return b"not found", "text/plain", 404

    def add_page(self, bundle: Bundle, props: Any) -> str:
        with self._lock:
            self._counter += 1
            token = f"{self._counter}-{bundle.key[:16]}"
            self.bundles[bundle.key] = bundle
        try:
            props_json = json.dumps(props if props is not None else {})
        except (TypeError, ValueError) as exc:
            raise HarnessError(f"props for {bundle.screen.name} must be JSON-serialisable: {exc}") from None
        props_json = props_json.replace("<", "\\u003c")
        name = json.dumps(bundle.screen.name)
        css = f'<link rel="stylesheet" href="/b/{bundle.key}.css">' if bundle.css else ""
        page = (
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(bundle.screen.name)}</title>"
            f'<link rel="icon" href="/favicon.ico">{css}</head>\n<body><div id="root"></div>\n'
            f'<script id="mambagen-props" type="application/json">{props_json}</script>\n'
            f'<script type="module">import * as screen from "/b/{bundle.key}.js";\n'
            f"window.__mambagen_mount(screen, {name});</script>\n</body></html>\n"
        )
        with self._lock:
            self.pages[token] = page.encode("utf-8")
        return f"{self.origin}/m/{token}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# One sync Playwright driver per thread can run at a time; harnesses share it.
_PW_LOCK = threading.Lock()
_PW_SHARED: dict[str, Any] = {"pw": None, "users": 0, "thread": None}


def _acquire_playwright(sync_playwright: Any) -> Any:
    with _PW_LOCK:
        if _PW_SHARED["pw"] is not None and _PW_SHARED["thread"] != threading.get_ident():
            raise HarnessError("a Harness is already running Playwright in another thread; "
                               "use one thread per process for mounted screens")
        if _PW_SHARED["pw"] is None:
            try:
                _PW_SHARED["pw"] = sync_playwright().start()
            except Exception as exc:  # e.g. called inside a running asyncio loop
                raise HarnessError(f"Playwright could not start: {exc}") from None
            _PW_SHARED["thread"] = threading.get_ident()
        _PW_SHARED["users"] += 1
        return _PW_SHARED["pw"]


def _release_playwright() -> None:
    with _PW_LOCK:
        _PW_SHARED["users"] -= 1
        if _PW_SHARED["users"] <= 0 and _PW_SHARED["pw"] is not None:
            with contextlib.suppress(Exception):
                _PW_SHARED["pw"].stop()
            _PW_SHARED.update(pw=None, users=0, thread=None)


class Harness:
    """Bundles screens and mounts them in one Chromium; usable with or without pytest.

    Nothing starts until the first :meth:`mount` (or :meth:`start`). Each
    :meth:`mount` without ``context`` opens a fresh browser context; pass a
    context from :meth:`new_context` to put several pages in one.
    """

    def __init__(
        self,
        *,
        esbuild: str | os.PathLike | None = None,
        node_modules: str | os.PathLike | None = None,
        browser: str | os.PathLike | None = None,
        cache_dir: str | os.PathLike | None = None,
        overrides: Mapping[str, str | os.PathLike] | None = None,
        action_timeout_ms: float | None = None,
        expect_timeout_ms: float | None = None,
        launch_timeout_s: float | None = None,
        react_mode: str = "production",
        isolation: str | None = None,
        use_env: bool = True,
        fence: bool = True,
    ) -> None:
        env = os.environ if use_env else {}
        #: Pages may reach only the harness's own origin (see the module docstring). Only tools
        #: that browse other pages with the harness's Chromium (the chat page's tests) turn it off.
        self.fence = fence
        self._dead_proxy: socket.socket | None = None
        self.bundler = Bundler(
            esbuild=esbuild or env.get(ENV_ESBUILD) or None,
            node_modules=node_modules or env.get(ENV_NODE_MODULES) or None,
            cache_dir=cache_dir or env.get(ENV_CACHE_DIR) or None,
            react_mode=react_mode,
        )
        self.browser_path = str(browser or env.get(ENV_BROWSER) or "") or None
        self.overrides = parse_overrides(env.get(ENV_OVERRIDE)) if use_env else {}
        self.overrides.update(normalize_overrides(overrides))
        self.action_timeout_ms = _timeout(action_timeout_ms, env.get(ENV_ACTION_TIMEOUT), ACTION_TIMEOUT_MS,
                                          ENV_ACTION_TIMEOUT)
        self.expect_timeout_ms = _timeout(expect_timeout_ms, env.get(ENV_EXPECT_TIMEOUT), EXPECT_TIMEOUT_MS,
                                          ENV_EXPECT_TIMEOUT)
        self.launch_timeout_s = _timeout(launch_timeout_s, env.get(ENV_LAUNCH_TIMEOUT), LAUNCH_TIMEOUT_S,
                                         ENV_LAUNCH_TIMEOUT)
        self._pw: Any = None
        self._browser: Any = None
        self._server: _Server | None = None
        self._contexts: list[Any] = []
        self._logs: dict[int, PageLog] = {}
        self.browser_executable: str | None = None
        self.timings: dict[str, float] = {}
        isolation = isolation or (env.get(ENV_ISOLATION) if use_env else None) or "context"
        if isolation not in ISOLATIONS:
            raise HarnessError(f"isolation must be one of {', '.join(ISOLATIONS)}, got {isolation!r} "
                               f"(argument or {ENV_ISOLATION})")
        self.isolation = isolation
        self._shared_context: Any = None
        self._shared_page: Any = None

    # -- lifecycle ---------------------------------------------------------

    def __enter__(self) -> Harness:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def started(self) -> bool:
        return self._browser is not None

    def start(self) -> Harness:
        """Start Playwright, Chromium and the HTTP server (idempotent)."""
        __tracebackhide__ = True
        if self._browser is not None:
            return self
        if self._server is None:
            self._server = _Server()
        if self.fence and self._dead_proxy is None:
            # A port bound and never listened on: every connection to it is refused at once,
            # and no other process can take it while the harness lives.
            self._dead_proxy = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self._dead_proxy.bind(("127.0.0.1", 0))
        t0 = time.perf_counter()
        try:
            from playwright.sync_api import Error as PlaywrightError
            from playwright.sync_api import expect, sync_playwright
        except ImportError:
            raise HarnessError("playwright is not installed: `pip install playwright`") from None
        if self._pw is None:
            self._pw = _acquire_playwright(sync_playwright)
        self.timings["playwright_start_s"] = time.perf_counter() - t0
        expect.set_options(timeout=self.expect_timeout_ms)
        t0 = time.perf_counter()
        last_error = None
        for exe in self._browser_candidates():
            try:
                self._browser = self._launch(exe)
                self.browser_executable = exe or self._pw.chromium.executable_path
                break
            except PlaywrightError as exc:
                last_error = (exe, exc)
                if self.browser_path:
                    break
        if self._browser is None:
            exe, exc = last_error if last_error else (None, "no Chromium found")
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            where = exe or "Playwright's managed Chromium"
            if "Timeout" in type(exc).__name__ or "Timeout" in first:
                msg = (f"Chromium at {where} did not start within {self.launch_timeout_s:g} s; "
                       "check that it runs (`chromium --headless --no-sandbox --version`)")
            else:
                msg = f"Chromium at {where} failed to start: {first}"
            self._stop_playwright()
            raise HarnessError(
                f"{msg} (install it with `apt-get install chromium`, or set {ENV_BROWSER} / --mambagen-browser)")
        self.timings["browser_launch_s"] = time.perf_counter() - t0
        return self

    def _browser_candidates(self) -> list[str | None]:
        if self.browser_path:
            path = self.browser_path
            resolved = path if os.path.isfile(path) else shutil.which(path)
            if resolved is None or not os.access(resolved, os.X_OK):
                raise HarnessError(
                    f"Chromium not found at {path}: install it (`apt-get install chromium`) "
                    f"or fix {ENV_BROWSER} / --mambagen-browser")
            return [resolved]
        candidates: list[str | None] = []
        try:
            managed = self._pw.chromium.executable_path
        except Exception:
            managed = ""
        if managed and os.path.exists(managed):
            candidates.append(None)  # Playwright's own choice (it may use its headless shell)
        if os.path.exists(DEBIAN_CHROMIUM):
            candidates.append(DEBIAN_CHROMIUM)
        if not candidates:
            self._stop_playwright()
            raise HarnessError(
                f"no Chromium found (neither Playwright's managed browser nor {DEBIAN_CHROMIUM}): "
                f"run `apt-get install chromium` (or set {ENV_BROWSER} / --mambagen-browser)")
        return candidates

    def _launch(self, exe: str | None) -> Any:
        kwargs: dict[str, Any] = {
            "headless": True,
            "args": list(CHROMIUM_FLAGS) + self._fence_flags(),
            "timeout": self.launch_timeout_s * 1000,
            "handle_sigint": False,
        }
        if exe:
            kwargs["executable_path"] = exe
        return self._pw.chromium.launch(**kwargs)

    # -- the network fence -------------------------------------------------

    @property
    def origin(self) -> str | None:
        """``http://127.0.0.1:<port>``, the one origin fenced pages may reach (None before start)."""
        return self._server.origin if self._server is not None else None

    def _dead_proxy_url(self) -> str:
        assert self._dead_proxy is not None
        return f"http://127.0.0.1:{self._dead_proxy.getsockname()[1]}"

    def _fence_flags(self) -> list[str]:
        """Chromium flags that fence the whole browser: every context, even one made outside the harness."""
        if not self.fence or self._server is None or self._dead_proxy is None:
            return []
        return [
            f"--proxy-server={self._dead_proxy_url()}",
            # <-loopback> first: other ports of 127.0.0.1 (a dev server, the mambagen worker) go to the
            # dead proxy too; only the harness's own host:port is reached directly.
            f"--proxy-bypass-list=<-loopback>;127.0.0.1:{self._server.port}",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
            "--webrtc-ip-handling-policy=disable_non_proxied_udp",
        ]

    def _fence_context(self, ctx: Any) -> None:
        """Routes that refuse every request and WebSocket not for the harness's origin (``file:`` included)."""
        assert self._server is not None
        elsewhere = re.compile("^(?!" + re.escape(self._server.origin) + "/)")
        logs = self._logs

        def refuse(route: Any) -> None:
            request = route.request
            with contextlib.suppress(Exception):
                log = logs.get(id(request.frame.page))
                if log is not None and len(log.blocked) < 20:
                    log.blocked.append(f"{request.method} {request.url[:200]}")
            with contextlib.suppress(Exception):
                route.abort("blockedbyclient")

        def refuse_socket(ws: Any) -> None:
            with contextlib.suppress(Exception):
                ws.close(code=1008, reason="blocked by the mambagen harness")

        # a regular expression, not a callback: the driver matches it, so the harness's own
        # requests never make a round trip through Python
        ctx.route(elsewhere, refuse)
        ctx.route_web_socket(re.compile(r"^(?!ws://127\.0\.0\.1:" + str(self._server.port) + "/)"),
                             refuse_socket)

    def _stop_playwright(self) -> None:
        if self._pw is not None:
            _release_playwright()
            self._pw = None

    def close(self) -> None:
        """Close every context, the browser, Playwright and the server (idempotent)."""
        for ctx in self._contexts:
            with contextlib.suppress(Exception):
                ctx.close()
        self._contexts.clear()
        self._shared_context = self._shared_page = None
        if self._browser is not None:
            with contextlib.suppress(Exception):
                self._browser.close()
            self._browser = None
        self._stop_playwright()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._dead_proxy is not None:
            self._dead_proxy.close()
            self._dead_proxy = None
        self.bundler.close()

    # -- mounting ----------------------------------------------------------

    def resolve(self, path: str | os.PathLike, base_dir: str | os.PathLike | None = None) -> Path:
        p = Path(path)
        if not p.is_absolute():
            p = Path(base_dir or os.getcwd()) / p
        return p.resolve()

    def bundle(self, path: str | os.PathLike, *, base_dir: str | os.PathLike | None = None,
               overrides: Mapping[str, str] | None = None) -> Bundle:
        """Bundle a screen (honouring the override maps) without starting the browser."""
        __tracebackhide__ = True
        screen = self.resolve(path, base_dir)
        merged = {**self.overrides, **(overrides or {})}
        replacement = merged.get(str(screen))
        return self.bundler.bundle(screen, replacement)

    def new_context(self) -> Any:
        """A fresh browser context with the harness's timeouts; closed by :meth:`close`."""
        self.start()
        if self.fence:
            assert self._server is not None
            ctx = self._browser.new_context(
                proxy={"server": self._server.origin, "bypass": f"127.0.0.1:{self._server.port}"},
                service_workers="block")
            self._fence_context(ctx)
        else:
            ctx = self._browser.new_context()
        ctx.set_default_timeout(self.action_timeout_ms)
        ctx.set_default_navigation_timeout(max(self.action_timeout_ms, 15_000))
        self._contexts.append(ctx)
        return ctx

    def close_context(self, ctx: Any) -> None:
        with contextlib.suppress(Exception):
            ctx.close()
        with contextlib.suppress(ValueError):
            self._contexts.remove(ctx)

    def _watch(self, page: Any) -> None:
        """Record a page's uncaught errors and console errors into its current :class:`PageLog`."""
        key = id(page)

        def on_error(exc: Any) -> None:
            log = self._logs.get(key)
            if log is not None:
                log.errors.append(_error_text(exc))

        def on_console(msg: Any) -> None:
            log = self._logs.get(key)
            if log is not None and msg.type == "error":
                log.console.append(msg.text)

        page.on("pageerror", on_error)
        page.on("console", on_console)
        page.on("close", lambda _p: self._logs.pop(key, None))

    def _reset_page(self, page: Any) -> None:
        """Make a reused page as close to fresh as cheaply possible: storage, cookies, timeouts."""
        with contextlib.suppress(Exception):
            page.evaluate("() => { try { localStorage.clear(); sessionStorage.clear(); } catch (e) {} }")
        with contextlib.suppress(Exception):
            page.context.clear_cookies()
        page.set_default_timeout(self.action_timeout_ms)
        page.set_default_navigation_timeout(max(self.action_timeout_ms, 15_000))

    def shared_page(self) -> Any:
        """The page reused by every test in ``isolation="page"`` mode (created on first use)."""
        if self._shared_page is None or self._shared_page.is_closed():
            if self._shared_context is None:
                self._shared_context = self.new_context()
            self._shared_page = self._shared_context.new_page()
            self._watch(self._shared_page)
        return self._shared_page

    def page_log(self, page: Any) -> PageLog | None:
        """Errors recorded for a page returned by :meth:`mount`."""
        return self._logs.get(id(page))

    def mount(
        self,
        path: str | os.PathLike,
        props: Mapping[str, Any] | None = None,
        *,
        context: Any = None,
        page: Any = None,
        base_dir: str | os.PathLike | None = None,
        overrides: Mapping[str, str] | None = None,
    ) -> Any:
        """Render the default export of ``path`` with ``props`` and return the Playwright page.

        A new page is opened (in ``context``, else in a fresh context) unless ``page``
        is given: that page is reused (storage cleared, then navigated to the screen).
        """
        __tracebackhide__ = True
        bundle = self.bundle(path, base_dir=base_dir, overrides=overrides)
        self.start()
        from playwright.sync_api import expect

        expect.set_options(timeout=self.expect_timeout_ms)  # global in Playwright: set per mount
        assert self._server is not None
        url = self._server.add_page(bundle, dict(props) if props is not None else None)
        if page is not None and not page.is_closed():
            self._reset_page(page)
        else:
            ctx = context if context is not None else self.new_context()
            page = ctx.new_page()
            self._watch(page)
        log = PageLog(screen=bundle.screen.name)
        self._logs[id(page)] = log
        try:
            page.goto(url, wait_until="load")
            status = page.evaluate("() => window.__mambagen_status || null")
        except Exception as exc:
            raise HarnessError(f"{bundle.screen.name} did not load: {str(exc).splitlines()[0]}",
                               path=bundle.screen) from None
        shown = bundle.screen.name if bundle.source == bundle.screen else f"{bundle.source} (as {bundle.screen.name})"
        if status is None:
            detail = "; ".join(log.errors) or "the bundle did not run"
            raise HarnessError(f"{shown} failed before rendering: {detail}", path=bundle.screen)
        if status.get("errors"):
            first = str(status["errors"][0])
            if first.startswith("no default export") or first.startswith("the default export"):
                raise HarnessError(first, path=bundle.screen)
            raise HarnessError(f"{shown} threw while rendering: {_first_lines(first)}", path=bundle.screen)
        return page

    # -- information -------------------------------------------------------

    def versions(self) -> dict[str, str]:
        """Versions of Playwright, Chromium and esbuild (starts the browser)."""
        from importlib import metadata

        self.start()
        try:
            pw_version = metadata.version("playwright")
        except metadata.PackageNotFoundError:
            pw_version = "unknown"
        return {
            "playwright": pw_version,
            "chromium": self._browser.version,
            "chromium_executable": str(self.browser_executable),
            "esbuild": self.bundler.esbuild_version(Path.cwd()),
        }


def _timeout(value: float | None, env_value: str | None, default: float, name: str) -> float:
    if value is not None:
        return float(value)
    if env_value:
        try:
            parsed = float(env_value)
        except ValueError:
            raise HarnessError(f"{name} must be a number, got {env_value!r}") from None
        if parsed <= 0:
            raise HarnessError(f"{name} must be positive, got {env_value!r}")
        return parsed
    return float(default)


def _error_text(exc: Any) -> str:
    name = getattr(exc, "name", "") or ""
    message = getattr(exc, "message", None) or str(exc)
    text = f"{name}: {message}" if name and not message.startswith(name) else message
    return _first_lines(text)


def _first_lines(text: str, n: int = 3) -> str:
    lines = [ln for ln in str(text).splitlines() if ln.strip()]
    return " | ".join(lines[:n])


# -- pytest integration ----------------------------------------------------


def _config_value(config: pytest.Config, name: str) -> str | None:
    """``--mambagen-<name>`` or ini ``mambagen_<name>`` when that option is registered."""
    dest = "mambagen_" + name.replace("-", "_")
    value = None
    with contextlib.suppress(ValueError, AttributeError):
        value = config.getoption(dest, default=None)
    if not value:
        with contextlib.suppress(ValueError, KeyError, AttributeError):
            value = config.getini(dest)
    return str(value) if value else None


class _PageErrorReporter:
    """Adds the page errors a test's screens reported to its failure report."""

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo) -> Iterator[Any]:
        report = yield
        mounter = item.stash.get(MOUNTER_KEY, None)
        lines = mounter.log_lines() if (mounter is not None and report.failed) else []
        if lines:
            text = "\n".join(lines)
            longrepr = report.longrepr
            if hasattr(longrepr, "addsection"):
                longrepr.addsection("page errors (mambagen)", text)
            else:
                report.sections.append(("page errors (mambagen)", text))
        return report


_REPORTER_NAME = "mambagen-page-errors"


@pytest.fixture(scope="session")
def mambagen_harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    """The session's :class:`Harness`: one browser, started on the first ``mount``."""
    config = request.config
    harness = Harness(
        esbuild=_config_value(config, "esbuild"),
        node_modules=_config_value(config, "node-modules"),
        browser=_config_value(config, "browser"),
        cache_dir=_config_value(config, "cache-dir"),
    )
    if not config.pluginmanager.has_plugin(_REPORTER_NAME):
        config.pluginmanager.register(_PageErrorReporter(), _REPORTER_NAME)
    try:
        yield harness
    finally:
        harness.close()


class Mounter:
    """The callable behind the ``mount`` fixture: one browser context per test."""

    def __init__(self, harness: Harness, base_dir: Path, overrides: Mapping[str, str], item: Any = None):
        self.harness = harness
        self.base_dir = base_dir
        self.overrides = dict(overrides)
        self.item = item
        self.context: Any = None
        self.pages: list[Any] = []
        self.logs: list[PageLog] = []

    def __call__(self, path: str | os.PathLike, props: Mapping[str, Any] | None = None) -> Any:
        __tracebackhide__ = True
        reuse = None
        if self.harness.isolation == "page":
            # the first mount of a test reuses the shared page; later ones open pages beside it
            if not self.pages:
                reuse = self.harness.shared_page()
            else:
                self.context = self.harness.shared_page().context
        if self.context is None and reuse is None:
            self.context = self.harness.new_context()
        page = self.harness.mount(path, props, context=self.context, page=reuse, base_dir=self.base_dir,
                                  overrides=self.overrides)
        self.pages.append(page)
        log = self.harness.page_log(page)
        if log is not None:
            self.logs.append(log)
        return page

    def log_lines(self) -> list[str]:
        return [line for log in self.logs for line in log.lines()]

    def close(self) -> None:
        if self.harness.isolation == "page":
            shared = self.harness._shared_page
            for page in self.pages:
                if page is not shared:
                    with contextlib.suppress(Exception):
                        page.close()
            self.context = None
            return
        if self.context is not None:
            self.harness.close_context(self.context)
            self.context = None


def _node_overrides(node: Any) -> dict[str, str]:
    merged: dict[str, str] = {}
    for n in reversed(list(node.iter_parents()) if hasattr(node, "iter_parents") else node.listchain()):
        found = n.stash.get(OVERRIDES_KEY, None)
        if found:
            merged.update(found)
    return merged


def per_test_timeout_s() -> float:
    """The per-test limit for tests that use ``mount`` (``MAMBAGEN_TEST_TIMEOUT_S``; 0 turns it off)."""
    raw = os.environ.get(ENV_TEST_TIMEOUT, "").strip()
    if raw in ("0", "0.0", "off"):
        return 0.0
    return _timeout(None, raw, TEST_TIMEOUT_S, ENV_TEST_TIMEOUT)


@contextlib.contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Fail the running test (``pytest.fail``) when it is still running after ``seconds``.

    SIGALRM interrupts Python code and Playwright's waits alike and leaves the browser usable
    for the next test. An alarm already set (pytest-timeout, say) is put back afterwards with
    what is left of it. Without SIGALRM (Windows) or off the main thread, ``faulthandler``
    dumps the stacks and ends the process a little later instead: a hung run is worse.
    """
    if seconds <= 0:
        yield
        return
    message = (f"{what} ran for more than {seconds:g} s and was stopped (the mambagen harness's per-test "
               f"limit; raise {ENV_TEST_TIMEOUT} if a test really needs longer)")
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        faulthandler.dump_traceback_later(seconds + HARD_STOP_GRACE_S, exit=True)
        try:
            yield
        finally:
            faulthandler.cancel_dump_traceback_later()
        return

    def on_alarm(_signum: int, _frame: Any) -> None:
        pytest.fail(message, pytrace=False)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay > 0:
            left = max(outer_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, outer_interval)


@pytest.fixture
def mount(mambagen_harness: Harness, request: pytest.FixtureRequest) -> Iterator[Mounter]:
    """``mount(path, props=None) -> Page``: render a screen's default export in a fresh, fenced context.

    ``path`` is relative to the test file. Page errors (and requests the fence blocked) are added
    to the report of a failing test. The test must finish within ``MAMBAGEN_TEST_TIMEOUT_S``.
    """
    base = Path(str(request.path)).parent
    mounter = Mounter(mambagen_harness, base, _node_overrides(request.node), request.node)
    request.node.stash[MOUNTER_KEY] = mounter
    try:
        with deadline(per_test_timeout_s(), request.node.nodeid):
            yield mounter
    finally:
        mounter.close()


def _main(argv: list[str] | None = None) -> int:  # pragma: no cover - manual smoke test
    """``python -m pytest_mambagen.harness SCREEN.jsx``: mount a screen and print its text."""
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print("usage: python -m pytest_mambagen.harness SCREEN.jsx [PROPS_JSON]")
        return 2
    props = json.loads(args[1]) if len(args) > 1 else None
    with Harness() as h:
        page = h.mount(args[0], props)
        print(page.inner_text("#root"))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
