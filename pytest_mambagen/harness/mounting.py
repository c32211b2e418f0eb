"""The :class:`Harness`: one Chromium, fenced contexts, and ``mount`` (bundle, serve, render).

It joins the other modules: a :class:`~.bundler.Bundler` builds the screen, the
:class:`~.server.Server` serves it, :mod:`.browser` starts Playwright and Chromium,
:mod:`.fence` fences every context. Usable with or without pytest (scripts, the bulk
runner in :mod:`pytest_mambagen.execution`); inside pytest the ``mount`` fixture of
:mod:`.fixtures` drives it, either on its own driver or on pytest-playwright's.
Playwright is imported when a harness starts, never at import time.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import HarnessError
from . import browser as _browser
from . import fence as _fence
from .bundler import Bundle, Bundler
from .common import (
    ACTION_TIMEOUT_MS,
    CHROMIUM_FLAGS,
    ENV_ACTION_TIMEOUT,
    ENV_BROWSER,
    ENV_CACHE_DIR,
    ENV_ESBUILD,
    ENV_EXPECT_TIMEOUT,
    ENV_ISOLATION,
    ENV_LAUNCH_TIMEOUT,
    ENV_NODE_MODULES,
    ENV_OVERRIDE,
    EXPECT_TIMEOUT_MS,
    ISOLATIONS,
    LAUNCH_TIMEOUT_S,
    _error_text,
    _first_lines,
    _timeout,
    normalize_overrides,
    parse_overrides,
)
from .server import Server


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


class Harness:
    """Bundles screens and mounts them in one Chromium; usable with or without pytest.

    Nothing starts until the first :meth:`mount` (or :meth:`start`). Each
    :meth:`mount` without ``context`` opens a fresh browser context; pass a
    context from :meth:`new_context` to put several pages in one.

    Inside pytest with pytest-playwright, the fixtures pass ``playwright`` (its
    driver, which the harness then never stops), ``launch_options`` (its
    ``browser_type_launch_args``: ``--headed``, ``--slowmo``, ``--browser-channel``)
    and ``manage_expect=False`` (the fixture scopes ``expect``'s timeout to each test).
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
        playwright: Any = None,
        launch_options: Mapping[str, Any] | None = None,
        manage_expect: bool = True,
    ) -> None:
        env = os.environ if use_env else {}
        #: Pages may reach only the harness's own origin (see :mod:`.fence`). Only tools
        #: that browse other pages with the harness's Chromium (the chat page's tests) turn it off.
        self.fence = fence
        self._dead_proxy: _fence.DeadPort | None = None
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
        #: Set Playwright's process-wide ``expect`` timeout on start and on every mount. Right for
        #: scripts and bulk runs; the pytest fixture turns it off and scopes the timeout per test.
        self.manage_expect = manage_expect
        self.launch_options: dict[str, Any] = dict(launch_options or {})
        #: The ``BrowserType.launch`` arguments of the running browser (None before start).
        self.launch_kwargs: dict[str, Any] | None = None
        self._lent_pw: Any = playwright
        self._pw: Any = None
        self._pw_owned = False
        self._browser: Any = None
        self._server: Server | None = None
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

    @property
    def lent_driver(self) -> bool:
        """Whether the driver is lent (pytest-playwright's) rather than started by this harness."""
        return self._lent_pw is not None

    def start(self) -> Harness:
        """Start Playwright, Chromium and the HTTP server (idempotent)."""
        __tracebackhide__ = True
        if self._browser is not None:
            return self
        if self._server is None:
            self._server = Server()
        if self.fence and self._dead_proxy is None:
            self._dead_proxy = _fence.DeadPort()
        t0 = time.perf_counter()
        try:
            from playwright.sync_api import expect, sync_playwright
        except ImportError:
            raise HarnessError("playwright is not installed: `pip install playwright`") from None
        if self._pw is None:
            if self._lent_pw is not None:
                self._pw, self._pw_owned = self._lent_pw, False
            else:
                self._pw, self._pw_owned = _browser.acquire_playwright(sync_playwright)
        self.timings["playwright_start_s"] = time.perf_counter() - t0
        if self.manage_expect:
            expect.set_options(timeout=self.expect_timeout_ms)
        t0 = time.perf_counter()
        try:
            self._browser, self.browser_executable, self.launch_kwargs = _browser.launch(
                self._pw, explicit=self.browser_path, flags=[*CHROMIUM_FLAGS, *self._fence_flags()],
                timeout_s=self.launch_timeout_s, options=self.launch_options)
        except HarnessError:
            self._stop_playwright()
            raise
        self.timings["browser_launch_s"] = time.perf_counter() - t0
        return self

    # -- the network fence (see fence.py) ------------------------------------

    @property
    def origin(self) -> str | None:
        """``http://127.0.0.1:<port>``, the one origin fenced pages may reach (None before start)."""
        return self._server.origin if self._server is not None else None

    def _fence_flags(self) -> list[str]:
        if not self.fence or self._server is None or self._dead_proxy is None:
            return []
        return _fence.launch_flags(self._server.port, self._dead_proxy.url)

    def _fence_context(self, ctx: Any) -> None:
        assert self._server is not None
        _fence.fence_context(ctx, self._server.origin, self._server.port, self._logs)

    def _stop_playwright(self) -> None:
        if self._pw is not None:
            if self._pw_owned:
                _browser.release_playwright()
            self._pw = None
            self._pw_owned = False

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

    def new_context(self, **options: Any) -> Any:
        """A fresh browser context with the harness's timeouts; closed by :meth:`close`.

        ``options`` go to ``Browser.new_context`` (a device's viewport, a video folder); the
        fence's own (proxy, service workers) win over them.
        """
        self.start()
        options = {k: v for k, v in options.items() if k != "base_url"}  # mounted pages have their own origin
        if self.fence:
            assert self._server is not None
            options.update(_fence.context_options(self._server.origin, self._server.port))
            ctx = self._browser.new_context(**options)
            self._fence_context(ctx)
        else:
            ctx = self._browser.new_context(**options)
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
        if self.manage_expect:
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
