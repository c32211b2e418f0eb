"""The ``mount`` fixture, as a pytest plugin of its own (entry point ``mambagen_mount``).

Registered under its own pytest11 entry point, apart from the generator
(``pytest_mambagen.plugin``): ``-p no:mambagen``, or a run without generation, still
has ``mount``, so generated tests run wherever the package is installed. The
generator's plugin registers this module too (same name), for sessions that load
plugins by hand.

Fixtures: ``mambagen_harness`` (session: one fenced Chromium, started on the first
``mount``) and ``mount`` (function: ``mount(path, props=None) -> Page`` in a fresh
fenced context). Hooks: the page errors of a failing test go into its report, and
pytest-playwright's driver is lent to stand-alone harnesses of the session.

Two ways to run, chosen per session:

* with pytest-playwright (installed and not disabled with ``-p no:playwright``):
  its driver, launch options, context options and artifacts (see :mod:`.bridge`);
* stand-alone: the harness's own driver, headless. Bulk runs of
  :mod:`pytest_mambagen.execution` always take this way (no artifacts to keep,
  ``isolation="page"`` available).

Either way: the fence, the per-test limit (``MAMBAGEN_TEST_TIMEOUT_S``) and
``expect``'s 3 s timeout apply to the tests that use ``mount`` and to no other.
Standard library and pytest only at import time.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Generator, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from . import bridge
from . import browser as _browser
from .common import _config_value
from .fence import deadline, per_test_timeout_s
from .mounting import Harness, PageLog

#: Pytest stash key: a ``{original: replacement}`` map set on a node (a job
#: collector of the execution runner) applies to every test below it.
OVERRIDES_KEY = pytest.StashKey[dict]()
#: Pytest stash key: the ``Mounter`` of a test, whose page errors go into its failure report.
MOUNTER_KEY = pytest.StashKey[Any]()
_REPORTER_NAME = "mambagen-page-errors"
_SECTION = "page errors (mambagen)"


class Mounter:
    """The callable behind the ``mount`` fixture: one browser context per test.

    ``context_options`` go to every context it opens (pytest-playwright's device and
    video settings); ``recorder`` is pytest-playwright's artifacts recorder, told of each
    context when it opens and before it closes (traces, screenshots, videos).
    """

    def __init__(self, harness: Harness, base_dir: Path, overrides: Mapping[str, str], item: Any = None,
                 *, context_options: Mapping[str, Any] | None = None, recorder: Any = None) -> None:
        self.harness = harness
        self.base_dir = base_dir
        self.overrides = dict(overrides)
        self.item = item
        self.context_options = dict(context_options or {})
        self.recorder = recorder
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
            self.context = self.harness.new_context(**self.context_options)
            if self.recorder is not None:
                self.recorder.on_did_create_browser_context(self.context)
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
            try:
                if self.recorder is not None:
                    # before the close: the trace is saved and the screenshots taken from the live pages
                    self.recorder.on_will_close_browser_context(self.context)
            finally:
                self.harness.close_context(self.context)
                self.context = None


def _node_overrides(node: Any) -> dict[str, str]:
    merged: dict[str, str] = {}
    for n in reversed(list(node.iter_parents()) if hasattr(node, "iter_parents") else node.listchain()):
        found = n.stash.get(OVERRIDES_KEY, None)
        if found:
            merged.update(found)
    return merged


@contextlib.contextmanager
def scoped_expect_timeout(timeout_ms: float) -> Iterator[None]:
    """Playwright's ``expect`` timeout for one test; the previous value is put back afterwards.

    ``expect.set_options`` is process-wide in Playwright: set for good, the harness's 3 s
    would leak into every later test, pytest-playwright's ``page`` tests included.
    """
    try:
        from playwright.sync_api import expect
    except ImportError:  # the harness says so when it starts
        yield
        return
    previous = getattr(expect, "_timeout", None)
    expect.set_options(timeout=timeout_ms)
    try:
        yield
    finally:
        expect.set_options(timeout=previous)


# -- hooks -------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    bridge.register(config)


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: pytest.FixtureDef, request: pytest.FixtureRequest) -> Generator[None, Any, Any]:
    value = yield
    # pytest-playwright's driver is the thread's driver from now on: a stand-alone Harness
    # started by a test or fixture shares it (a second driver in one thread cannot start)
    if bridge.is_driver_fixture(fixturedef, value):
        _browser.adopt_playwright(value)
        fixturedef.addfinalizer(lambda: _browser.forget_playwright(value))
    return value


def _add_page_errors(item: pytest.Item, report: pytest.TestReport) -> None:
    mounter = item.stash.get(MOUNTER_KEY, None)
    lines = mounter.log_lines() if (mounter is not None and report.failed) else []
    if not lines:
        return
    text = "\n".join(lines)
    longrepr = report.longrepr
    if hasattr(longrepr, "addsection"):
        longrepr.addsection(_SECTION, text)
    else:
        report.sections.append((_SECTION, text))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Generator[None, Any, Any]:
    report = yield
    _add_page_errors(item, report)
    return report


class _PageErrorReporter:
    """The page-error hook as a plugin object (its form in harness.py; this module now is the plugin)."""

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo) -> Generator[None, Any, Any]:
        report = yield
        _add_page_errors(item, report)
        return report


# -- fixtures ----------------------------------------------------------------


@pytest.fixture(scope="session")
def mambagen_harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    """The session's :class:`Harness`: one fenced browser, started on the first ``mount``."""
    config = request.config
    settings: dict[str, Any] = {
        "esbuild": _config_value(config, "esbuild"),
        "node_modules": _config_value(config, "node-modules"),
        "browser": _config_value(config, "browser"),
        "cache_dir": _config_value(config, "cache-dir"),
        "manage_expect": False,  # the mount fixture scopes it to each test
    }
    # a stand-alone harness of this thread already runs its own driver: pytest-playwright could
    # not start a second one, so this session's mounts share that driver instead
    if bridge.active(config) and not _browser.own_driver_running():
        pw, launch = bridge.driver_and_launch_options(request)
        settings.update(playwright=pw, launch_options=launch)
    harness = Harness(**settings)
    try:
        yield harness
    finally:
        harness.close()


@pytest.fixture
def mount(mambagen_harness: Harness, request: pytest.FixtureRequest) -> Iterator[Mounter]:
    """``mount(path, props=None) -> Page``: render a screen's default export in a fresh, fenced context.

    ``path`` is relative to the test file. Page errors (and requests the fence blocked) are added
    to the report of a failing test. The test must finish within ``MAMBAGEN_TEST_TIMEOUT_S``.
    With pytest-playwright, its ``--headed``, ``--slowmo``, ``--device``, ``--tracing``,
    ``--screenshot`` and ``--video`` apply (artifacts in ``--output``).
    """
    harness = mambagen_harness
    options: dict[str, Any] = {}
    recorder = None
    if harness.lent_driver and harness.isolation == "context":
        options = bridge.context_options(request)
        recorder = bridge.artifacts_recorder(request)
    base = Path(str(request.path)).parent
    mounter = Mounter(harness, base, _node_overrides(request.node), request.node,
                      context_options=options, recorder=recorder)
    request.node.stash[MOUNTER_KEY] = mounter
    try:
        with deadline(per_test_timeout_s(), request.node.nodeid), scoped_expect_timeout(harness.expect_timeout_ms):
            yield mounter
    finally:
        mounter.close()
