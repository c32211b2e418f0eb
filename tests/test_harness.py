"""The component harness: bundling, caching, overrides, mounting in Chromium, bad input.

Tests that need esbuild/react (fixtures/atlas/node_modules) or Chromium carry the
``browser`` marker; the rest run anywhere. One Harness (one Chromium) is shared
by the whole module.
"""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest

from pytest_mambagen import harness as H
from pytest_mambagen.errors import HarnessError
from pytest_mambagen.execution import default_node_modules

NODE_MODULES = default_node_modules()
needs_npm = pytest.mark.skipif(
    NODE_MODULES is None, reason="fixtures/atlas/node_modules missing: run scripts/setup_browser.sh"
)

GREETING = """\
import { useState } from "react";
import { label } from "./label.js";

export default function Greeting({ name = "world", start = 0 }) {
  const [count, setCount] = useState(start);
  return (
    <main>
      <h1>Hello {name}</h1>
      <button onClick={() => setCount(count + 1)}>Add one</button>
      <p data-testid="count">{label(count)}</p>
    </main>
  );
}
"""
LABEL = 'export const label = (n) => `Clicked ${n} times`;\n'


def write_screen(folder: Path, name: str = "Greeting.jsx", text: str = GREETING) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "label.js").write_text(LABEL)
    path = folder / name
    path.write_text(text)
    return path


# -- no esbuild, no browser ------------------------------------------------------


def test_override_map_from_json_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    parsed = H.parse_overrides(json.dumps({"a/Cart.jsx": "m/Cart-bug.jsx"}))
    assert parsed == {str(tmp_path / "a/Cart.jsx"): str(tmp_path / "m/Cart-bug.jsx")}
    assert H.parse_overrides("") == {}


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '{"a": 3}'])
def test_bad_override_map_is_a_clear_error(text):
    with pytest.raises(HarnessError, match="MAMBAGEN_MOUNT_OVERRIDE"):
        H.parse_overrides(text)


def test_missing_node_modules_says_what_to_install(tmp_path):
    (tmp_path / "package.json").write_text("{}")
    screen = write_screen(tmp_path / "src")
    bundler = H.Bundler()
    try:
        with pytest.raises(HarnessError) as info:
            bundler.bundle(screen)
    finally:
        bundler.close()
    message = str(info.value)
    assert "npm install" in message and str(tmp_path) in message and "MAMBAGEN_NODE_MODULES" in message


def test_missing_esbuild_says_what_to_install(tmp_path):
    nm = tmp_path / "node_modules"
    (nm / "react").mkdir(parents=True)  # react present, esbuild absent
    screen = write_screen(tmp_path / "src")
    bundler = H.Bundler()
    try:
        with pytest.raises(HarnessError) as info:
            bundler.bundle(screen)
    finally:
        bundler.close()
    message = str(info.value)
    assert message.startswith("esbuild not found: run `npm install` in")
    assert str(tmp_path) in message and "MAMBAGEN_ESBUILD" in message and "--mambagen-esbuild" in message


def test_esbuild_path_that_does_not_exist_is_reported(tmp_path):
    nm = tmp_path / "node_modules"
    (nm / "react").mkdir(parents=True)
    screen = write_screen(tmp_path / "src")
    bundler = H.Bundler(esbuild=tmp_path / "no-such-esbuild")
    try:
        with pytest.raises(HarnessError, match=r"esbuild not found at .*no-such-esbuild"):
            bundler.bundle(screen)
    finally:
        bundler.close()


def test_missing_screen_is_reported(tmp_path):
    bundler = H.Bundler(node_modules=tmp_path)
    try:
        with pytest.raises(HarnessError, match="does not exist"):
            bundler.bundle(tmp_path / "Nope.jsx")
    finally:
        bundler.close()


def test_timeouts_default_to_five_and_three_seconds(monkeypatch):
    monkeypatch.delenv(H.ENV_ACTION_TIMEOUT, raising=False)
    monkeypatch.delenv(H.ENV_EXPECT_TIMEOUT, raising=False)
    h = H.Harness()
    assert (h.action_timeout_ms, h.expect_timeout_ms) == (5000, 3000)
    monkeypatch.setenv(H.ENV_EXPECT_TIMEOUT, "1200")
    assert H.Harness().expect_timeout_ms == 1200
    monkeypatch.setenv(H.ENV_EXPECT_TIMEOUT, "soon")
    with pytest.raises(HarnessError, match="MAMBAGEN_EXPECT_TIMEOUT_MS"):
        H.Harness()
    h.close()


# -- esbuild (no browser) ----------------------------------------------------------


@pytest.fixture
def bundler():
    b = H.Bundler(node_modules=NODE_MODULES)
    yield b
    b.close()


@pytest.mark.browser
@needs_npm
def test_bundle_includes_siblings_and_is_cached_by_content(tmp_path, bundler):
    screen = write_screen(tmp_path)
    first = bundler.bundle(screen)
    assert first.cache == "none" and first.build_s > 0
    assert b"Clicked " in first.js  # the sibling is in the bundle
    assert {Path(p).name for p, _ in first.inputs} == {"Greeting.jsx", "label.js"}
    again = bundler.bundle(screen)
    assert again.cache == "memory" and again.key == first.key and again.build_s == 0
    (tmp_path / "label.js").write_text('export const label = (n) => `Pressed ${n} times`;\n')
    changed = bundler.bundle(screen)
    assert changed.cache == "none" and changed.key != first.key and b"Pressed " in changed.js


@pytest.mark.browser
@needs_npm
def test_disk_cache_survives_a_new_bundler(tmp_path):
    screen = write_screen(tmp_path / "src")
    one = H.Bundler(node_modules=NODE_MODULES, cache_dir=tmp_path / "cache")
    two = H.Bundler(node_modules=NODE_MODULES, cache_dir=tmp_path / "cache")
    try:
        built = one.bundle(screen)
        loaded = two.bundle(screen)
    finally:
        one.close()
        two.close()
    assert built.cache == "none" and loaded.cache == "disk" and loaded.js == built.js


@pytest.mark.browser
@needs_npm
def test_replacement_is_bundled_where_the_original_stands(tmp_path, bundler):
    screen = write_screen(tmp_path / "src")
    mutant = tmp_path / "mutants" / "Greeting" / "adds-two.jsx"
    mutant.parent.mkdir(parents=True)
    mutant.write_text(GREETING.replace("count + 1", "count + 2"))
    bundle = bundler.bundle(screen, mutant)
    assert b"count + 2" in bundle.js and b"Clicked " in bundle.js  # sibling reached from the original's folder
    assert str(mutant) in dict(bundle.inputs) and bundle.key != bundler.bundle(screen).key


@pytest.mark.browser
@needs_npm
def test_syntax_error_shows_esbuild_message_with_file_and_line(tmp_path, bundler):
    screen = write_screen(tmp_path, text=GREETING.replace("</main>", "</mian>"))
    with pytest.raises(HarnessError) as info:
        bundler.bundle(screen)
    message = str(info.value)
    assert message.startswith(f"esbuild could not bundle {screen}")
    assert f"{screen}:11:" in message and "mian" in message


@pytest.mark.browser
@needs_npm
def test_broken_sibling_is_named_in_the_message(tmp_path, bundler):
    screen = write_screen(tmp_path)
    (tmp_path / "label.js").write_text("export const label = (n) => ;\n")
    with pytest.raises(HarnessError, match=rf"{tmp_path / 'label.js'}:1:"):
        bundler.bundle(screen)


@pytest.mark.browser
@needs_npm
def test_missing_import_is_reported(tmp_path, bundler):
    screen = write_screen(tmp_path, text=GREETING.replace("./label.js", "./labels.js"))
    with pytest.raises(HarnessError, match=r'Could not resolve "./labels.js"'):
        bundler.bundle(screen)


@pytest.mark.browser
@needs_npm
def test_component_without_default_export(tmp_path, bundler):
    screen = write_screen(tmp_path, "Named.jsx", GREETING.replace("export default function", "export function"))
    with pytest.raises(HarnessError, match=r"^no default export in /.*/Named\.jsx: export"):
        bundler.bundle(screen)


# -- Chromium --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def harness():
    if NODE_MODULES is None:
        pytest.skip("fixtures/atlas/node_modules missing: run scripts/setup_browser.sh")
    # the default timeouts: a click can take over a second on a loaded 2-core machine
    h = H.Harness(node_modules=NODE_MODULES)
    yield h
    h.close()


@pytest.fixture
def screens(tmp_path):
    return write_screen(tmp_path)


@pytest.mark.browser
def test_mount_renders_the_default_export_and_it_responds(harness, screens):
    from playwright.sync_api import expect

    page = harness.mount(screens)
    expect(page.get_by_role("heading")).to_have_text("Hello world")
    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_test_id("count")).to_have_text("Clicked 1 times")
    assert page.url.startswith("http://127.0.0.1:")
    page.context.close()


@pytest.mark.browser
def test_props_override_defaults(harness, screens):
    from playwright.sync_api import expect

    page = harness.mount(screens, props={"name": "Ana </script>", "start": 41})
    expect(page.get_by_role("heading")).to_have_text("Hello Ana </script>")
    expect(page.get_by_test_id("count")).to_have_text("Clicked 41 times")
    page.context.close()


@pytest.mark.browser
def test_each_mount_without_context_is_a_fresh_context(harness, screens):
    a = harness.mount(screens)
    b = harness.mount(screens)
    assert a.context is not b.context
    a.evaluate("localStorage.setItem('k', 'v')")
    assert b.evaluate("localStorage.getItem('k')") is None
    a.context.close()
    b.context.close()


@pytest.mark.browser
def test_override_map_swaps_the_screen(harness, tmp_path, monkeypatch):
    from playwright.sync_api import expect

    screen = write_screen(tmp_path / "src")
    mutant = tmp_path / "m.jsx"
    mutant.write_text(GREETING.replace("Hello {name}", "Bye {name}"))
    page = harness.mount(screen, overrides={str(screen): str(mutant)})
    expect(page.get_by_role("heading")).to_have_text("Bye world")
    page.context.close()
    monkeypatch.setenv(H.ENV_OVERRIDE, json.dumps({str(screen): str(mutant)}))
    from_env = H.Harness(node_modules=NODE_MODULES)
    try:
        assert from_env.bundle(screen).source == mutant
    finally:
        from_env.close()


@pytest.mark.browser
def test_render_error_is_a_harness_error(harness, tmp_path):
    screen = write_screen(tmp_path, "Boom.jsx", 'export default function Boom() { throw new Error("kaput"); }\n')
    with pytest.raises(HarnessError, match=r"Boom\.jsx threw while rendering: Error: kaput"):
        harness.mount(screen)


@pytest.mark.browser
def test_default_export_that_is_not_a_component(harness, tmp_path):
    screen = write_screen(tmp_path, "Data.jsx", "export default 42;\n")
    with pytest.raises(HarnessError, match=r"default export of Data\.jsx is not a React component"):
        harness.mount(screen)


@pytest.mark.browser
def test_page_errors_are_recorded(harness, tmp_path):
    screen = write_screen(tmp_path, "Crash.jsx", """\
export default function Crash() {
  return <button onClick={() => { throw new Error("click exploded"); }}>Go</button>;
}
""")
    page = harness.mount(screen)
    page.get_by_role("button", name="Go").click()
    deadline = time.monotonic() + 5
    while not harness.page_log(page).errors and time.monotonic() < deadline:
        page.wait_for_timeout(20)
    assert "click exploded" in harness.page_log(page).errors[0]
    page.context.close()


@pytest.mark.browser
def test_action_and_expect_timeouts_apply(harness, screens, monkeypatch):
    from playwright.sync_api import Error, expect

    monkeypatch.setattr(harness, "action_timeout_ms", 800)  # read by each new context and mount
    monkeypatch.setattr(harness, "expect_timeout_ms", 600)
    page = harness.mount(screens)
    t0 = time.monotonic()
    with pytest.raises(Error, match="800ms"):
        page.get_by_role("button", name="Nope").click()
    with pytest.raises(AssertionError, match="600ms"):
        expect(page.get_by_role("heading")).to_have_text("Other")
    assert time.monotonic() - t0 < 6
    page.context.close()


@pytest.mark.browser
def test_favicon_is_served_empty(harness, screens):
    page = harness.mount(screens)
    response = page.request.get(page.url.split("/m/")[0] + "/favicon.ico")
    assert response.status == 200 and response.body() == b""
    page.context.close()


# -- a browser that does not start ------------------------------------------------------


def _fake_browser(tmp_path: Path, body: str) -> Path:
    exe = tmp_path / "fake-chromium"
    exe.write_text(f"#!/bin/sh\n{body}\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


@pytest.mark.browser
def test_browser_that_hangs_fails_within_the_launch_timeout(tmp_path):
    exe = _fake_browser(tmp_path, "exec sleep 60")
    h = H.Harness(browser=exe, launch_timeout_s=2)
    t0 = time.monotonic()
    try:
        with pytest.raises(HarnessError, match=r"did not start within 2 s"):
            h.start()
    finally:
        h.close()
    assert time.monotonic() - t0 < 20


@pytest.mark.browser
def test_browser_that_crashes_is_a_clear_error(tmp_path):
    exe = _fake_browser(tmp_path, "echo 'cannot open display' >&2; exit 3")
    h = H.Harness(browser=exe, launch_timeout_s=10)
    try:
        with pytest.raises(HarnessError, match=r"failed to start.*apt-get install chromium"):
            h.start()
    finally:
        h.close()


def test_browser_path_that_does_not_exist(tmp_path):
    h = H.Harness(browser=tmp_path / "no-chromium")
    try:
        with pytest.raises(HarnessError, match=r"Chromium not found at .*no-chromium.*MAMBAGEN_BROWSER"):
            h.start()
    finally:
        h.close()


# -- the pytest fixture, in a real pytest run ------------------------------------------------


FIXTURE_TESTS = """\
import pytest
from playwright.sync_api import expect


def test_relative_mount_and_props(mount):
    page = mount("ui/Greeting.jsx", props={"name": "Bea"})
    expect(page.get_by_role("heading")).to_have_text("Hello Bea")
    page.get_by_role("button", name="Add one").click()
    expect(page.get_by_test_id("count")).to_have_text("Clicked 1 times")


def test_two_mounts_share_the_test_context(mount):
    a = mount("ui/Greeting.jsx")
    b = mount("ui/Greeting.jsx")
    assert a.context is b.context and a is not b


def test_page_error_is_in_the_failure(mount):
    page = mount("ui/Crash.jsx")
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("done")).to_be_visible()


def test_bundle_failure_is_in_the_failure(mount):
    mount("ui/Broken.jsx")


def test_no_default_export(mount):
    mount("ui/Named.jsx")
"""


@pytest.mark.browser
@needs_npm
def test_mount_fixture_in_a_pytest_session(pytester, tmp_path):
    ui = pytester.path / "ui"
    write_screen(ui)
    (ui / "Crash.jsx").write_text(
        'export default function Crash() {\n'
        '  return <button onClick={() => { throw new Error("click exploded"); }}>Go</button>;\n}\n')
    (ui / "Broken.jsx").write_text("export default function Broken() {\n  return <div>;\n}\n")
    (ui / "Named.jsx").write_text("export function Named() { return null; }\n")
    pytester.makepyfile(test_screens=FIXTURE_TESTS)
    env = {H.ENV_NODE_MODULES: str(NODE_MODULES), "PYTHONDONTWRITEBYTECODE": "1"}
    for k, v in env.items():
        pytester._monkeypatch.setenv(k, v)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q", timeout=180)
    result.assert_outcomes(passed=2, failed=3)
    out = result.stdout.str()
    assert "page errors (mambagen)" in out and "click exploded" in out
    assert "with timeout 3000ms" in out  # expect's default in mounted tests
    assert f"{ui / 'Broken.jsx'}:2:" in out and "esbuild could not bundle" in out
    assert "no default export in" in out and "Named.jsx: export the screen" in out


@pytest.mark.browser
@needs_npm
def test_mount_fixture_reports_a_browser_that_hangs(pytester, tmp_path):
    write_screen(pytester.path)
    exe = _fake_browser(tmp_path, "exec sleep 60")
    pytester.makepyfile(test_one="def test_one(mount):\n    mount('Greeting.jsx')\n")
    pytester._monkeypatch.setenv(H.ENV_NODE_MODULES, str(NODE_MODULES))
    pytester._monkeypatch.setenv(H.ENV_BROWSER, str(exe))
    pytester._monkeypatch.setenv(H.ENV_LAUNCH_TIMEOUT, "3")
    t0 = time.monotonic()
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q", timeout=120)
    assert time.monotonic() - t0 < 90
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*HarnessError*did not start within*"])


def test_harness_module_imports_no_playwright():
    import subprocess
    import sys

    code = "import sys, pytest_mambagen.harness, pytest_mambagen.execution; print('playwright' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_injected_runtime_is_a_package_file_and_part_of_the_cache_key(tmp_path, monkeypatch):
    from importlib import resources

    from pytest_mambagen.harness import bundler

    text = resources.files("pytest_mambagen.harness").joinpath("runtime.js").read_text(encoding="utf-8")
    assert "window.__mambagen_mount" in text and text == H._RUNTIME_JS
    b = H.Bundler(node_modules=tmp_path)
    before = b._options_id(tmp_path / "esbuild", tmp_path)
    monkeypatch.setattr(bundler, "_RUNTIME_JS", text + "\n// changed\n")
    assert b._options_id(tmp_path / "esbuild", tmp_path) != before  # a new runtime never hits an old bundle


def test_each_harness_module_has_one_job_and_stays_small():
    folder = Path(H.__file__).parent
    sizes = {p.name: len(p.read_text().splitlines()) for p in folder.glob("*.py")}
    assert {"bundler.py", "server.py", "browser.py", "fence.py", "fixtures.py", "mounting.py"} <= set(sizes)
    assert max(sizes.values()) < 500, sizes


def test_mount_is_a_plugin_of_its_own():
    from importlib import metadata

    eps = {ep.name: ep.value for ep in metadata.entry_points(group="pytest11")}
    assert eps.get("mambagen_mount") == "pytest_mambagen.harness.fixtures"
    assert eps.get("mambagen") == "pytest_mambagen.plugin"



def test_caches_are_bounded():
    lru = H._LRU(max_items=3, max_bytes=9, size=len)
    for key in "abcd":
        lru[key] = "xx"
    assert list(lru) == ["b", "c", "d"]
    lru.get("b")
    lru["e"] = "x" * 6  # over max_bytes: the least recently used go first
    assert list(lru) == ["b", "e"] and lru.bytes == 8


@pytest.mark.browser
@needs_npm
def test_page_isolation_reuses_one_page_and_clears_storage(tmp_path):
    from playwright.sync_api import expect

    screen = write_screen(tmp_path)
    h = H.Harness(node_modules=NODE_MODULES, isolation="page")
    try:
        first = H.Mounter(h, tmp_path, {})
        page = first("Greeting.jsx")
        page.evaluate("localStorage.setItem('k', 'v')")
        extra = first("Greeting.jsx", props={"name": "B"})  # a second mount in the same test: its own page
        assert extra is not page
        first.close()
        assert extra.is_closed() and not page.is_closed()
        second = H.Mounter(h, tmp_path, {})
        again = second("Greeting.jsx", props={"name": "C"})
        assert again is page
        assert again.evaluate("localStorage.getItem('k')") is None
        expect(again.get_by_role("heading")).to_have_text("Hello C")
        second.close()
    finally:
        h.close()
    assert screen.exists()
    with pytest.raises(HarnessError, match="isolation must be one of"):
        H.Harness(isolation="tab")
