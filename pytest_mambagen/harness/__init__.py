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
* Fixtures: ``mambagen_harness`` (session) and ``mount`` (function), in
  :mod:`.fixtures`. With pytest-playwright, ``mount`` takes its ``--headed``,
  ``--slowmo``, ``--browser-channel``, ``--device``, ``--tracing``, ``--screenshot``,
  ``--video`` and ``--output``; see :mod:`.bridge`.

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

Where it lives (one job per module)

* :mod:`.common`: environment names, defaults, small helpers;
* :mod:`.bundler`: esbuild and its caches (the injected runtime is ``runtime.js``);
* :mod:`.server`: the HTTP server on 127.0.0.1 (and the proxy that refuses);
* :mod:`.fence`: the network fence's flags and routes, and the per-test limit;
* :mod:`.browser`: the shared Playwright driver, finding and launching Chromium;
* :mod:`.mounting`: :class:`Harness` (and :class:`PageLog`), which joins them;
* :mod:`.fixtures`: the pytest plugin (entry point ``mambagen_mount``): the
  ``mambagen_harness`` and ``mount`` fixtures and the page-error report;
* :mod:`.bridge`: running ``mount`` on pytest-playwright (its driver, options and
  artifacts) when it is installed.

Every name this package had as the single module ``harness.py`` is importable
from ``pytest_mambagen.harness`` as before. The package imports only the standard
library and pytest at import time; Playwright is imported when a harness starts.
"""

# The private names below are re-exported on purpose: code written against harness.py
# imported some of them (tests, benchmarks, other modules); they stay where they were.
# ruff: noqa: F401

from __future__ import annotations

import json
import sys

from . import bridge, browser, bundler, common, fence, fixtures, mounting, server
from .browser import (
    _PW_LOCK,
    _PW_SHARED,
    _acquire_playwright,
    _release_playwright,
    acquire_playwright,
    adopt_playwright,
    forget_playwright,
    release_playwright,
)
from .bundler import (
    _HARNESS_VERSION,
    _LOADERS,
    _RUNTIME_JS,
    Bundle,
    Bundler,
    _project_of,
    find_esbuild,
    find_node_modules,
)
from .common import (
    _LRU,
    ACTION_TIMEOUT_MS,
    CHROMIUM_FLAGS,
    DEBIAN_CHROMIUM,
    ENV_ACTION_TIMEOUT,
    ENV_BROWSER,
    ENV_CACHE_DIR,
    ENV_ESBUILD,
    ENV_EXPECT_TIMEOUT,
    ENV_ISOLATION,
    ENV_LAUNCH_TIMEOUT,
    ENV_NODE_MODULES,
    ENV_OVERRIDE,
    ENV_TEST_TIMEOUT,
    ESBUILD_TIMEOUT_S,
    EXPECT_TIMEOUT_MS,
    HARD_STOP_GRACE_S,
    ISOLATIONS,
    LAUNCH_TIMEOUT_S,
    MEMORY_CACHE_BYTES,
    TEST_TIMEOUT_S,
    _atomic_write,
    _bundle_size,
    _config_value,
    _error_text,
    _first_lines,
    _sha256_bytes,
    _sha256_file,
    _timeout,
    normalize_overrides,
    parse_overrides,
)
from .fence import deadline, per_test_timeout_s
from .fixtures import (
    _REPORTER_NAME,
    MOUNTER_KEY,
    OVERRIDES_KEY,
    Mounter,
    _node_overrides,
    _PageErrorReporter,
    mambagen_harness,
    mount,
)
from .mounting import Harness, PageLog
from .server import Server, _Server

__all__ = [
    "ACTION_TIMEOUT_MS", "CHROMIUM_FLAGS", "DEBIAN_CHROMIUM", "ENV_ACTION_TIMEOUT", "ENV_BROWSER",
    "ENV_CACHE_DIR", "ENV_ESBUILD", "ENV_EXPECT_TIMEOUT", "ENV_ISOLATION", "ENV_LAUNCH_TIMEOUT",
    "ENV_NODE_MODULES", "ENV_OVERRIDE", "ENV_TEST_TIMEOUT", "ESBUILD_TIMEOUT_S", "EXPECT_TIMEOUT_MS",
    "HARD_STOP_GRACE_S", "ISOLATIONS", "LAUNCH_TIMEOUT_S", "MEMORY_CACHE_BYTES", "MOUNTER_KEY",
    "OVERRIDES_KEY", "TEST_TIMEOUT_S", "Bundle", "Bundler", "Harness", "Mounter", "PageLog", "Server",
    "acquire_playwright", "adopt_playwright", "bridge", "browser", "bundler", "common", "deadline",
    "fence", "find_esbuild", "find_node_modules", "fixtures", "forget_playwright", "mambagen_harness",
    "mount", "mounting", "normalize_overrides", "parse_overrides", "per_test_timeout_s",
    "release_playwright", "server",
]


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
