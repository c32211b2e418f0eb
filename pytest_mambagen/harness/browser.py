"""Playwright and Chromium: one driver per thread shared by every harness, and the launch.

Playwright's sync API runs one driver (an asyncio loop in a greenlet) per thread; a
second ``sync_playwright().start()`` in the same thread fails ("Sync API inside the
asyncio loop"). So every stand-alone harness of a thread shares one driver
(reference-counted), and where pytest-playwright's ``playwright`` fixture has started a
driver, the harness *adopts* it (:func:`adopt_playwright`) instead of starting its own:
that is what lets ``mount`` and pytest-playwright's ``page`` live in one session.

Chromium is found here: an explicit path (``--mambagen-browser`` / ``MAMBAGEN_BROWSER``),
else Playwright's managed Chromium where it is installed, else Debian's
``/usr/bin/chromium`` (managed browsers cannot be downloaded on offline machines).
Playwright is imported by the callers, never at import time.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import HarnessError
from .common import DEBIAN_CHROMIUM, ENV_BROWSER

_PW_LOCK = threading.Lock()
#: The driver that stand-alone harnesses started (owned: stopped when its last user leaves).
_PW_SHARED: dict[str, Any] = {"pw": None, "users": 0, "thread": None}
#: A driver started by someone else (pytest-playwright), lent to harnesses of its thread.
_PW_ADOPTED: dict[str, Any] = {"pw": None, "thread": None}

#: Chromium switches the fence sets; the same switches from elsewhere are dropped, so that
#: launch options from a conftest cannot undo the fence by accident (the last switch wins).
FENCE_SWITCHES = ("--proxy-server", "--no-proxy-server", "--proxy-bypass-list", "--proxy-pac-url",
                  "--proxy-auto-detect", "--host-resolver-rules", "--force-webrtc-ip-handling-policy",
                  "--webrtc-ip-handling-policy")
#: Launch options the harness decides itself: a browser-wide proxy would replace the fence's.
_OWN_OPTIONS = ("args", "proxy", "executable_path", "channel", "timeout", "handle_sigint")


def adopt_playwright(pw: Any) -> None:
    """Lend a driver started elsewhere (pytest-playwright's) to the harnesses of this thread."""
    with _PW_LOCK:
        _PW_ADOPTED.update(pw=pw, thread=threading.get_ident())


def forget_playwright(pw: Any) -> None:
    """Stop lending ``pw`` (its owner is about to stop it)."""
    with _PW_LOCK:
        if _PW_ADOPTED["pw"] is pw:
            _PW_ADOPTED.update(pw=None, thread=None)


def own_driver_running() -> bool:
    """Whether a stand-alone harness of this thread runs a driver of its own."""
    with _PW_LOCK:
        return _PW_SHARED["pw"] is not None and _PW_SHARED["thread"] == threading.get_ident()


def acquire_playwright(sync_playwright: Any) -> tuple[Any, bool]:
    """The thread's driver and whether the caller shares ownership of it (then it must release it)."""
    with _PW_LOCK:
        me = threading.get_ident()
        if _PW_ADOPTED["pw"] is not None and _PW_ADOPTED["thread"] == me:
            return _PW_ADOPTED["pw"], False
        if _PW_SHARED["pw"] is not None and _PW_SHARED["thread"] != me:
            raise HarnessError("a Harness is already running Playwright in another thread; "
                               "use one thread per process for mounted screens")
        if _PW_SHARED["pw"] is None:
            try:
                _PW_SHARED["pw"] = sync_playwright().start()
            except Exception as exc:  # e.g. called inside a running asyncio loop
                raise HarnessError(f"Playwright could not start: {exc}") from None
            _PW_SHARED["thread"] = me
        _PW_SHARED["users"] += 1
        return _PW_SHARED["pw"], True


def _acquire_playwright(sync_playwright: Any) -> Any:
    """The driver alone (the shape it had in harness.py); release it only if it was not adopted."""
    return acquire_playwright(sync_playwright)[0]


def release_playwright() -> None:
    with _PW_LOCK:
        _PW_SHARED["users"] -= 1
        if _PW_SHARED["users"] <= 0 and _PW_SHARED["pw"] is not None:
            try:
                _PW_SHARED["pw"].stop()
            except Exception:  # a driver that already died is stopped enough
                pass
            _PW_SHARED.update(pw=None, users=0, thread=None)
        elif _PW_SHARED["users"] < 0:
            _PW_SHARED["users"] = 0


_release_playwright = release_playwright


def managed_chromium(pw: Any) -> str | None:
    """Playwright's managed Chromium when it is installed (None on machines that could not download it)."""
    try:
        path = pw.chromium.executable_path
    except Exception:
        return None
    return path if path and os.path.exists(path) else None


def resolve_executable(path: str) -> str:
    """An explicitly named Chromium, checked (a name on PATH is looked up)."""
    resolved = path if os.path.isfile(path) else shutil.which(path)
    if resolved is None or not os.access(resolved, os.X_OK):
        raise HarnessError(
            f"Chromium not found at {path}: install it (`apt-get install chromium`) "
            f"or fix {ENV_BROWSER} / --mambagen-browser")
    return resolved


def browser_candidates(pw: Any, explicit: str | None) -> list[str | None]:
    """Executables to try in order; ``None`` means Playwright's own choice (its managed browser)."""
    if explicit:
        return [resolve_executable(explicit)]
    candidates: list[str | None] = []
    if managed_chromium(pw):
        candidates.append(None)  # Playwright's own choice (it may use its headless shell)
    if os.path.exists(DEBIAN_CHROMIUM):
        candidates.append(DEBIAN_CHROMIUM)
    if not candidates:
        raise HarnessError(
            f"no Chromium found (neither Playwright's managed browser nor {DEBIAN_CHROMIUM}): "
            f"run `apt-get install chromium` (or set {ENV_BROWSER} / --mambagen-browser)")
    return candidates


def _without_fence_switches(args: Sequence[str]) -> list[str]:
    return [a for a in args if not any(a == s or a.startswith(s + "=") for s in FENCE_SWITCHES)]


def launch_kwargs(*, executable: str | None, flags: Sequence[str], timeout_s: float,
                  options: Mapping[str, Any] | None = None, channel: str | None = None) -> dict[str, Any]:
    """``BrowserType.launch`` keyword arguments: the user's options (pytest-playwright's
    ``browser_type_launch_args``: ``headless``, ``slow_mo``, ...) under the harness's flags."""
    options = dict(options or {})
    kwargs: dict[str, Any] = {"headless": True}
    kwargs.update({k: v for k, v in options.items() if k not in _OWN_OPTIONS})
    # the user's switches first and cleaned, the fence's last: Chromium keeps the last of a switch
    kwargs["args"] = [*_without_fence_switches(options.get("args") or []), *flags]
    kwargs["timeout"] = timeout_s * 1000
    # Ctrl-C is pytest's to handle: it tears the session down and closes the browser itself
    kwargs["handle_sigint"] = False
    if executable:
        kwargs["executable_path"] = executable
    elif channel:
        kwargs["channel"] = channel
    return kwargs


def launch(pw: Any, *, explicit: str | None, flags: Sequence[str], timeout_s: float,
           options: Mapping[str, Any] | None = None) -> tuple[Any, str, dict[str, Any]]:
    """Launch Chromium; returns the browser, its executable and the launch arguments used.

    ``explicit`` (the harness's browser setting) wins; then ``executable_path`` or
    ``channel`` from ``options``; then :func:`browser_candidates`, tried in order.
    """
    __tracebackhide__ = True
    from playwright.sync_api import Error as PlaywrightError

    options = dict(options or {})
    channel = options.get("channel") or None
    if explicit:
        candidates: list[str | None] = [resolve_executable(explicit)]
    elif options.get("executable_path"):
        candidates = [str(options["executable_path"])]
    elif channel:
        candidates = [None]
    else:
        candidates = browser_candidates(pw, None)
    pinned = explicit or options.get("executable_path") or channel
    last_error: tuple[str | None, BaseException] | None = None
    for exe in candidates:
        kwargs = launch_kwargs(executable=exe, flags=flags, timeout_s=timeout_s, options=options,
                               channel=channel)
        try:
            browser = pw.chromium.launch(**kwargs)
        except PlaywrightError as exc:
            last_error = (exe, exc)
            if pinned:
                break
            continue
        return browser, exe or (f"channel {channel}" if channel else pw.chromium.executable_path), kwargs
    exe, exc = last_error if last_error else (None, HarnessError("no Chromium found"))
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
    where = exe or (f"channel {channel}" if channel else "Playwright's managed Chromium")
    if "Timeout" in type(exc).__name__ or "Timeout" in first:
        msg = (f"Chromium at {where} did not start within {timeout_s:g} s; "
               "check that it runs (`chromium --headless --no-sandbox --version`)")
    else:
        msg = f"Chromium at {where} failed to start: {first}"
    raise HarnessError(
        f"{msg} (install it with `apt-get install chromium`, or set {ENV_BROWSER} / --mambagen-browser)")
