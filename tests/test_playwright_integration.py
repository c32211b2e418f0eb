"""``mount`` as a citizen of pytest-playwright (issue 14), in real Chromium sessions.

Each test runs a small project in a pytest subprocess (one Playwright driver per process:
the outer test session must not hold one). The screen is mounted with the fixtures'
node_modules; Chromium is whatever the harness finds (Debian's here: Playwright's managed
browsers cannot be downloaded on these machines, so ``page`` working at all shows that
pytest-playwright launches the harness's Chromium).
"""

from __future__ import annotations

import json
import threading
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
pytest.importorskip("pytest_playwright", reason="pytest-playwright is not installed (pip install '.[playwright]')")

SCREEN = """import { useState } from "react";

export default function Hello({ name = "world" }) {
  const [n, setN] = useState(0);
  return (
    <main>
      <h1>Hello {name}</h1>
      <button onClick={() => setN(n + 1)}>Add</button>
      <p data-testid="count">{n}</p>
    </main>
  );
}
"""

# A conftest that records every BrowserType.launch and then launches headless: the launch
# arguments show what reached Chromium, and no display is needed for --headed.
SPY_CONFTEST = """
import json, os
from playwright.sync_api import BrowserType

_launch = BrowserType.launch

def spy(self, **kwargs):
    with open(os.environ["LAUNCH_LOG"], "a") as fh:
        fh.write(json.dumps({"type": self.name, **{k: v for k, v in kwargs.items() if k != "env"}}) + "\\n")
    kwargs["headless"] = True
    if kwargs.pop("channel", None):
        kwargs["executable_path"] = "/usr/bin/chromium"
    return _launch(self, **kwargs)

BrowserType.launch = spy
"""


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.setenv("MAMBAGEN_NODE_MODULES", str(NODE_MODULES))
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    pytester.makefile(".jsx", Hello=SCREEN)
    return pytester


def run(project: pytest.Pytester, *args: str) -> pytest.RunResult:
    return project.runpytest_subprocess("-p", "no:cacheprovider", "-v", *args, timeout=240)


PAGE_FIRST = '''
from pathlib import Path

from playwright.sync_api import expect

from pytest_mambagen.harness import Harness


def test_page_first(page):
    page.set_content("<p>plain page</p>")
    expect(page.locator("p")).to_have_text("plain page")


def test_mount_second(mount):
    page = mount("Hello.jsx", props={"name": "Ana"})
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_test_id("count")).to_have_text("1")


def test_page_and_mount_in_one_test(page, mount):
    page.set_content("<p>beside</p>")
    expect(mount("Hello.jsx").get_by_role("heading")).to_have_text("Hello world")
    expect(page.locator("p")).to_have_text("beside")
    assert page.context.browser is not mount.context.browser  # mount's own, fenced Chromium


def test_a_stand_alone_harness_shares_the_sessions_driver():
    with Harness() as h:
        page = h.mount("Hello.jsx", base_dir=Path(__file__).parent)
        expect(page.get_by_role("heading")).to_have_text("Hello world")
'''

MOUNT_FIRST = '''
from playwright.sync_api import expect


def test_mount_first(mount):
    expect(mount("Hello.jsx").get_by_role("heading")).to_have_text("Hello world")


def test_page_second_keeps_playwrights_expect_timeout(page):
    assert getattr(expect, "_timeout", None) is None  # the harness's 3 s did not leak
    page.set_content("<h2>plain</h2>")
    expect(page.get_by_role("heading")).to_have_text("plain")
'''


def order_of(result: pytest.RunResult, *names: str) -> list[int]:
    lines = result.stdout.lines
    return [next(i for i, line in enumerate(lines) if f"::{name}" in line and "PASSED" in line) for name in names]


def test_page_then_mount_in_one_session(project):
    project.makepyfile(test_both=PAGE_FIRST)
    result = run(project)
    result.assert_outcomes(passed=4)
    # pytest-playwright runs its parametrized tests first; mount's carry no [chromium]
    first, second = order_of(result, "test_page_first[chromium]", "test_mount_second")
    assert first < second
    order_of(result, "test_page_and_mount_in_one_test[chromium]",
             "test_a_stand_alone_harness_shares_the_sessions_driver")


def test_mount_then_page_in_one_session(project):
    project.makepyfile(test_order=MOUNT_FIRST)
    result = run(project)
    result.assert_outcomes(passed=2)
    first, second = order_of(result, "test_mount_first", "test_page_second_keeps_playwrights_expect_timeout[chromium]")
    assert first < second


def launches(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_headed_slowmo_and_channel_reach_the_mount_launch_under_the_fence(project, monkeypatch):
    log = project.path / "launches.jsonl"
    monkeypatch.setenv("LAUNCH_LOG", str(log))
    project.makeconftest(SPY_CONFTEST)
    project.makepyfile(test_headed='''
def test_mount(mount):
    mount("Hello.jsx")
''')
    run(project, "--headed", "--slowmo", "7").assert_outcomes(passed=1)
    (launch,) = launches(log)
    assert launch["type"] == "chromium"
    assert launch["headless"] is False and launch["slow_mo"] == 7
    # the fence's browser-wide layer is there, last (the last of a switch wins in Chromium)
    assert any(a.startswith("--host-resolver-rules=MAP * ~NOTFOUND") for a in launch["args"])
    assert any(a.startswith("--proxy-server=http://127.0.0.1:") for a in launch["args"])
    assert launch["args"][-1].startswith("--webrtc-ip-handling-policy")
    assert launch["executable_path"]  # the Chromium the harness found (no managed browser here)

    log.unlink()
    run(project, "--browser-channel", "chrome").assert_outcomes(passed=1)
    (launch,) = launches(log)
    assert launch["channel"] == "chrome" and "executable_path" not in launch
    assert launch["headless"] is True


def test_a_conftests_launch_args_cannot_undo_the_fence(project, monkeypatch):
    log = project.path / "launches.jsonl"
    monkeypatch.setenv("LAUNCH_LOG", str(log))
    project.makeconftest(SPY_CONFTEST + '''
import pytest


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "args": ["--no-proxy-server", "--lang=de"],
            "proxy": {"server": "http://example.com:3128"}}
''')
    project.makepyfile(test_x='def test_mount(mount):\n    mount("Hello.jsx")\n')
    run(project).assert_outcomes(passed=1)
    (launch,) = launches(log)
    assert "--lang=de" in launch["args"] and "--no-proxy-server" not in launch["args"]
    assert "proxy" not in launch


FAILING = '''
from playwright.sync_api import expect


def test_passes(mount):
    expect(mount("Hello.jsx").get_by_role("heading")).to_have_text("Hello world")


def test_fails(mount):
    page = mount("Hello.jsx")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_test_id("count")).to_have_text("2", timeout=300)
'''


def test_tracing_retain_on_failure_keeps_the_trace_of_a_failing_mount_test(project):
    project.makepyfile(test_trace=FAILING)
    result = run(project, "--tracing", "retain-on-failure", "--output", "out")
    result.assert_outcomes(passed=1, failed=1)
    out = project.path / "out"
    kept = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert kept == ["test-trace-py-test-fails/trace.zip"], kept
    import zipfile

    with zipfile.ZipFile(out / kept[0]) as trace:
        assert any(name.endswith(".trace") for name in trace.namelist())


def test_screenshot_only_on_failure(project):
    project.makepyfile(test_shot=FAILING)
    result = run(project, "--screenshot", "only-on-failure", "--output", "shots")
    result.assert_outcomes(passed=1, failed=1)
    out = project.path / "shots"
    kept = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert kept == ["test-shot-py-test-fails/test-failed-1.png"], kept
    assert (out / kept[0]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_device_and_marker_context_args_reach_the_mounted_context(project):
    project.makepyfile(test_ctx='''
import pytest


def test_device(mount):
    page = mount("Hello.jsx")
    assert page.viewport_size == {"width": 390, "height": 664}, page.viewport_size


@pytest.mark.browser_context_args(locale="de-DE")
def test_marker(mount):
    assert mount("Hello.jsx").evaluate("navigator.language") == "de-DE"
''')
    run(project, "--device", "iPhone 12").assert_outcomes(passed=2)


def test_no_mambagen_still_provides_mount(project):
    project.makepyfile(test_plain='''
from playwright.sync_api import expect


def test_mount(mount):
    expect(mount("Hello.jsx").get_by_role("heading")).to_have_text("Hello world")
''')
    result = run(project, "-p", "no:mambagen")
    result.assert_outcomes(passed=1)
    assert "--mambagen" not in run(project, "-p", "no:mambagen", "--help").stdout.str()
    run(project, "-p", "no:mambagen", "-p", "no:playwright").assert_outcomes(passed=1)


class Recorder:
    """An HTTP server on another port of 127.0.0.1 that records every request it gets."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


FENCE = '''
import os

OTHER = os.environ["OTHER"]


def test_fenced(mount):
    page = mount("Hello.jsx")
    assert page.evaluate("u => fetch(u).then(() => 'reached', () => 'failed')", OTHER + "/fetch") == "failed"
    try:  # the harness's server, as the context's proxy, answers 403 (Playwright may call it "aborted")
        status = page.request.get(OTHER + "/api").status
    except Exception as exc:
        assert "403" in str(exc), str(exc)
    else:
        assert status == 403, status
    raw = page.context.browser.new_context()  # made outside the harness: the launch flags fence it
    try:
        try:
            raw.new_page().goto(OTHER + "/raw")
        except Exception as exc:
            assert "ERR_PROXY_CONNECTION_FAILED" in str(exc) or "ERR_TUNNEL" in str(exc), str(exc)
        else:
            raise AssertionError("a raw context reached another origin")
    finally:
        raw.close()
'''


@pytest.mark.parametrize("path", ["pytest-playwright", "stand-alone"])
def test_the_fence_holds_on_both_paths(project, monkeypatch, path):
    recorder = Recorder()
    try:
        assert urllib.request.urlopen(recorder.url + "/control", timeout=5).read() == b"ok"
        recorder.hits.clear()
        monkeypatch.setenv("OTHER", recorder.url)
        project.makepyfile(test_fence=FENCE)
        args = ["-p", "no:playwright"] if path == "stand-alone" else []
        run(project, *args).assert_outcomes(passed=1)
        assert recorder.hits == []
    finally:
        recorder.server.shutdown()
        recorder.server.server_close()
