"""The fenced browser and the per-test limit (issue 18), in a real Chromium.

A generated test that got past the validator must still not reach anything but the harness's own
origin, and must not hang the run. These tests run test files *as if* the validator had let
hostile calls through (they call ``evaluate``, ``goto``, ``page.request``, ...), against a second
HTTP server on 127.0.0.1 that records every hit: the fence holds when that server sees nothing,
although Python itself can reach it (checked first, so the tests can fail).
"""

from __future__ import annotations

import os
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pytest_mambagen.execution import default_node_modules

NODE_MODULES = default_node_modules()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(NODE_MODULES is None, reason="fixtures/atlas/node_modules missing: run scripts/setup_browser.sh"),
]

LEAKY = """import { useState } from "react";

export default function Leaky({ other = "" }) {
  const [status, setStatus] = useState("idle");
  const send = () => fetch(other + "/from-click").then(() => setStatus("sent"), () => setStatus("blocked"));
  const beacon = () => { navigator.sendBeacon(other + "/beacon", "x"); setStatus("beaconed"); };
  const socket = () => {
    const ws = new WebSocket(other.replace("http", "ws") + "/ws");
    ws.onopen = () => setStatus("socket open");
    ws.onerror = () => setStatus("socket blocked");
    ws.onclose = () => setStatus((s) => (s === "socket open" ? s : "socket blocked"));
  };
  return (
    <section>
      <h1>Leaky</h1>
      <button onClick={send}>Send</button>
      <button onClick={beacon}>Beacon</button>
      <button onClick={socket}>Socket</button>
      <a href={other + "/from-link"}>Elsewhere</a>
      <img alt="tracker" src={other + "/pixel.png"} />
      <p role="status">{status}</p>
    </section>
  );
}
"""


class Recorder:
    """An HTTP server on another port of 127.0.0.1 that records every request it gets."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorder.hits.append(self.path)
                self.send_response(200)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            do_POST = do_GET

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recorder():
    server = Recorder()
    # the control: without a fence this server is reachable, so "no hits" below means the fence held
    assert urllib.request.urlopen(server.url + "/control", timeout=5).read() == b"ok"
    assert server.hits == ["/control"]
    server.hits.clear()
    yield server
    server.close()


@pytest.fixture
def project(pytester, monkeypatch, recorder, tmp_path):
    monkeypatch.setenv("MAMBAGEN_NODE_MODULES", str(NODE_MODULES))
    monkeypatch.setenv("OTHER", recorder.url)
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret is 42")
    monkeypatch.setenv("SECRET_FILE", str(secret))
    pytester.makefile(".jsx", Leaky=LEAKY)
    return pytester


HOSTILE_TESTS = '''
import os
import re

from playwright.sync_api import expect

OTHER = os.environ["OTHER"]
SECRET = os.environ["SECRET_FILE"]


def page_of(mount):
    return mount("Leaky.jsx", props={"other": OTHER})


def test_fetch_to_another_origin_fails(mount):
    page = page_of(mount)
    outcome = page.evaluate("u => fetch(u).then(r => 'reached ' + r.status, e => 'failed: ' + e)", OTHER + "/fetch")
    assert outcome.startswith("failed"), outcome
    for host in ("http://localhost:" + OTHER.rsplit(":", 1)[1], "http://example.com", "http://93.184.216.34"):
        outcome = page.evaluate("u => fetch(u).then(r => 'reached', e => 'failed')", host + "/x")
        assert outcome == "failed", host


def test_goto_elsewhere_fails(mount):
    page = page_of(mount)
    for url in (OTHER + "/goto", "http://example.com/"):
        try:
            page.goto(url)
        except Exception as exc:
            assert "ERR_BLOCKED_BY_CLIENT" in str(exc), str(exc)
        else:
            raise AssertionError("goto " + url + " succeeded")


def test_file_url_fails(mount):
    page = page_of(mount)
    try:
        page.goto("file://" + SECRET)
    except Exception as exc:
        assert "ERR_BLOCKED_BY_CLIENT" in str(exc)
    else:
        raise AssertionError("file: URL loaded: " + page.content())


def test_new_page_and_api_request_fail(mount):
    page = page_of(mount)
    other = page.context.new_page()
    try:
        other.goto(OTHER + "/new-page")
    except Exception as exc:
        assert "ERR_BLOCKED_BY_CLIENT" in str(exc)
    else:
        raise AssertionError("a new page reached another origin")
    # page.request goes through the harness's own server as a proxy: its own origin is served,
    # every other origin refused (a 403, or a refused tunnel)
    for url in (OTHER + "/api", "http://example.com/"):
        try:
            status = page.request.get(url).status
        except Exception as exc:
            assert "403" in str(exc) or "tunnel" in str(exc).lower(), str(exc)
        else:
            assert status == 403, url
    assert page.request.get(page.url.split("/m/")[0] + "/favicon.ico").status == 200


def test_a_context_made_outside_the_harness_is_fenced_too(mount):
    page = page_of(mount)
    raw = page.context.browser.new_context()
    try:
        loose = raw.new_page()
        outcome = "reached"
        try:
            loose.goto(OTHER + "/raw-context")
        except Exception as exc:
            outcome = str(exc)
        assert "ERR_PROXY_CONNECTION_FAILED" in outcome or "ERR_TUNNEL" in outcome, outcome
    finally:
        raw.close()


def test_allowed_calls_cannot_leave_the_page_either(mount):
    page = page_of(mount)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("status")).to_have_text("blocked")
    page.get_by_role("button", name="Beacon").click()
    expect(page.get_by_role("status")).to_have_text("beaconed")
    page.get_by_role("button", name="Socket").click()
    expect(page.get_by_role("status")).to_have_text("socket blocked")
    page.get_by_role("link", name="Elsewhere").click()
    expect(page.get_by_role("heading", name="Leaky")).to_be_hidden()  # the click navigated to an error page
    assert not page.url.startswith(OTHER), page.url


def test_blocked_requests_are_named_in_the_failure_report(mount):
    page = page_of(mount)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("status")).to_have_text("sent", timeout=1000)
'''


def test_generated_tests_cannot_reach_another_host_a_file_or_another_port(project, recorder):
    project.makepyfile(test_hostile=HOSTILE_TESTS)
    result = project.runpytest("-p", "no:cacheprovider", "-v")
    result.stdout.fnmatch_lines([
        "*test_fetch_to_another_origin_fails PASSED*",
        "*test_goto_elsewhere_fails PASSED*",
        "*test_file_url_fails PASSED*",
        "*test_new_page_and_api_request_fail PASSED*",
        "*test_a_context_made_outside_the_harness_is_fenced_too PASSED*",
        "*test_allowed_calls_cannot_leave_the_page_either PASSED*",
        "*test_blocked_requests_are_named_in_the_failure_report FAILED*",
        "*blocked by the harness's network fence: GET *pixel.png*",
    ])
    out = result.stdout.str()
    assert "blocked by the harness's network fence: POST " + recorder.url + "/from-click" in out or \
        "blocked by the harness's network fence: GET " + recorder.url + "/from-click" in out
    time.sleep(0.5)  # a beacon is sent after the page moved on
    assert recorder.hits == [], recorder.hits
    assert "the secret is 42" not in out


def test_a_hanging_test_is_stopped_and_the_next_one_runs(project, monkeypatch):
    monkeypatch.setenv("MAMBAGEN_TEST_TIMEOUT_S", "8")  # a loaded 2-core machine mounts in ~2.5 s
    project.makepyfile(test_hang='''
def test_python_loop(mount):
    mount("Leaky.jsx")
    while True:
        pass


def test_playwright_wait(mount):
    page = mount("Leaky.jsx")
    page.wait_for_timeout(600_000)


def test_after_the_hangs(mount):
    page = mount("Leaky.jsx")
    assert page.get_by_role("heading").inner_text() == "Leaky"
''')
    began = time.monotonic()
    result = project.runpytest("-p", "no:cacheprovider", "-v")
    elapsed = time.monotonic() - began
    result.stdout.fnmatch_lines([
        "*test_python_loop FAILED*",
        "*test_playwright_wait FAILED*",
        "*test_after_the_hangs PASSED*",
        "*ran for more than 8 s and was stopped*MAMBAGEN_TEST_TIMEOUT_S*",
    ])
    assert elapsed < 90, elapsed  # two 8 s limits, not two 600 s waits


def test_an_outer_alarm_is_put_back_with_what_is_left(project):
    project.makepyfile(test_outer='''
import signal, time
from pytest_mambagen.harness import deadline


def test_outer_alarm_survives():
    fired = []
    signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    signal.setitimer(signal.ITIMER_REAL, 2.0)
    with deadline(10, "inner"):
        time.sleep(0.2)
    left = signal.getitimer(signal.ITIMER_REAL)[0]
    assert 1.0 < left < 2.0, left
    signal.setitimer(signal.ITIMER_REAL, 0)
''')
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_the_timeout_can_be_turned_off_and_a_bad_value_is_named(project, monkeypatch):
    project.makepyfile(test_quick='def test_quick(mount):\n    mount("Leaky.jsx")\n')
    monkeypatch.setenv("MAMBAGEN_TEST_TIMEOUT_S", "0")
    project.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)
    monkeypatch.setenv("MAMBAGEN_TEST_TIMEOUT_S", "soon")
    result = project.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*MAMBAGEN_TEST_TIMEOUT_S must be a number, got 'soon'*"])


def test_unfenced_harness_is_only_for_tools(tmp_path, recorder):
    """The chat page's tests browse the worker with ``Harness(fence=False)``; the default is fenced."""
    from pytest_mambagen.harness import Harness

    screen = Path(tmp_path / "Leaky.jsx")
    screen.write_text(LEAKY)
    with Harness(node_modules=NODE_MODULES, use_env=False) as fenced:
        page = fenced.mount(screen, {"other": recorder.url})
        assert page.evaluate("u => fetch(u).then(() => 'reached', () => 'failed')", recorder.url + "/f") == "failed"
    assert recorder.hits == []
    with Harness(node_modules=NODE_MODULES, use_env=False, fence=False) as open_harness:
        page = open_harness.new_context().new_page()
        page.goto(recorder.url + "/open")
    assert recorder.hits[:1] == ["/open"]
    assert os.environ.get("MAMBAGEN_FENCE") is None  # there is no switch to turn the fence off from outside
