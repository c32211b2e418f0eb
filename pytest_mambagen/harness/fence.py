"""The network fence and the per-test limit: what keeps a mounted test in its box.

A fenced page may reach the harness's own origin (``http://127.0.0.1:<port>``) and
nothing else. Three layers, so that no single mechanism is trusted alone:

1. routes on every context (:func:`fence_context`) abort any request for another
   origin (other hosts, other ports of 127.0.0.1, ``file:``) and close WebSockets to
   them; the driver matches a regular expression, so allowed requests cost nothing;
2. every context names the harness's own server as its proxy (:func:`context_proxy`),
   which serves the harness's origin and answers 403 for any other: this also covers
   ``page.request``, which passes neither through routes nor a port-exact bypass;
3. Chromium itself is launched (:func:`launch_flags`) with a proxy port that refuses
   every connection (:class:`DeadPort`, bound and never listened on), DNS resolution
   off for every host but 127.0.0.1 and WebRTC kept off UDP, so that even a context
   made outside the harness cannot leave.

:func:`deadline` fails a test that runs past ``MAMBAGEN_TEST_TIMEOUT_S``. It is the
harness's own rather than pytest-timeout's: it needs no dependency and no configuration
in the user's project, and applies exactly to the tests that get a fenced page.
Standard library and pytest only.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import re
import signal
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from .common import ENV_TEST_TIMEOUT, HARD_STOP_GRACE_S, TEST_TIMEOUT_S, _timeout

#: At most this many blocked requests are listed per page (a polling screen would flood the report).
MAX_BLOCKED_LISTED = 20


class DeadPort:
    """A port of 127.0.0.1 bound and never listened on: every connection to it is refused at once.

    Held for as long as the browser lives, so that no other process can take it.
    """

    def __init__(self) -> None:
        self._socket: socket.socket | None = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self.port: int = self._socket.getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def launch_flags(server_port: int, dead_proxy_url: str) -> list[str]:
    """Chromium flags that fence the whole browser: every context, even one made outside the harness."""
    return [
        f"--proxy-server={dead_proxy_url}",
        # <-loopback> first: other ports of 127.0.0.1 (a dev server, the mambagen worker) go to the
        # dead proxy too; only the harness's own host:port is reached directly.
        f"--proxy-bypass-list=<-loopback>;127.0.0.1:{server_port}",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
        "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    ]


def context_options(origin: str, server_port: int) -> dict[str, Any]:
    """``new_context`` options of a fenced context: the harness's server as proxy, no service workers."""
    return {"proxy": {"server": origin, "bypass": f"127.0.0.1:{server_port}"}, "service_workers": "block"}


def fence_context(ctx: Any, origin: str, server_port: int, logs: Mapping[int, Any]) -> None:
    """Routes that refuse every request and WebSocket not for ``origin`` (``file:`` included).

    A refused request is listed in the ``blocked`` list of its page's log (``logs`` maps
    ``id(page)`` to a :class:`~pytest_mambagen.harness.mounting.PageLog`).
    """
    elsewhere = re.compile("^(?!" + re.escape(origin) + "/)")

    def refuse(route: Any) -> None:
        request = route.request
        with contextlib.suppress(Exception):
            log = logs.get(id(request.frame.page))
            if log is not None and len(log.blocked) < MAX_BLOCKED_LISTED:
                log.blocked.append(f"{request.method} {request.url[:200]}")
        with contextlib.suppress(Exception):
            route.abort("blockedbyclient")

    def refuse_socket(ws: Any) -> None:
        with contextlib.suppress(Exception):
            ws.close(code=1008, reason="blocked by the mambagen harness")

    # a regular expression, not a callback: the driver matches it, so the harness's own
    # requests never make a round trip through Python
    ctx.route(elsewhere, refuse)
    ctx.route_web_socket(re.compile(r"^(?!ws://127\.0\.0\.1:" + str(server_port) + "/)"), refuse_socket)


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
