"""The chat page in headless Chromium: type a case, upload the screen, generate, see the verdict, download."""

from __future__ import annotations

import json
import os
import re

import pytest
from test_plugin import SCREEN
from test_worker import setup, worker  # noqa: F401  (the shared tiny worker)
from worker_kit import TOKEN, WorkerProcess, tiny_copy

from pytest_mambagen.harness import DEBIAN_CHROMIUM, Harness

pytestmark = pytest.mark.browser

GOOD = ('from playwright.sync_api import expect\n\n\ndef test_total(mount):\n    page = mount("Cart.jsx")\n'
        '    expect(page.get_by_test_id("total")).to_have_text("$12.00")\n')


@pytest.fixture(scope="module")
def browser_page():
    # fence=False: this browser visits the worker's page, not a mounted screen on the harness's origin
    harness = Harness(browser=DEBIAN_CHROMIUM if os.path.exists(DEBIAN_CHROMIUM) else None, use_env=False,
                      fence=False)
    context = harness.new_context()
    problems: list[str] = []

    def open_page(url):
        page = context.new_page()
        page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
        page.goto(url)
        return page

    open_page.problems = problems
    yield open_page
    harness.close()


def test_type_upload_generate_see_the_verdict_and_download(worker, browser_page, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    page = browser_page(worker.url + "/")
    expect(page.locator("#server")).to_have_text("this worker needs a token: enter it on the left")
    assert [p for p in browser_page.problems if "401 (Unauthorized)" not in p] == []  # the tokenless first try
    browser_page.problems.clear()
    page.fill("#token", TOKEN)
    page.locator("#token").dispatch_event("change")
    expect(page.locator("#model option")).to_have_count(3)
    expect(page.locator("#model")).to_have_value("tiny-a")  # the worker's default
    expect(page.locator("#system-prompt")).to_have_value(
        re.compile("^You are a QA automation engineer"))
    page.select_option("#model", "tiny-b")
    page.fill("#temperature", "0")
    page.fill("#lora-scale", "0.5")
    page.fill("#max-tokens", "24")
    page.fill("#manual", "1. Open the cart\nExpected: the total shows $12.00")
    screen = tmp_path / "Cart.jsx"
    screen.write_text(SCREEN)
    page.set_input_files("#jsx-file", str(screen))
    expect(page.locator("#screen")).to_have_value("Cart.jsx")
    expect(page.locator("#jsx")).to_have_value(SCREEN)

    with page.expect_request("**/v1/chat/completions") as sent:
        page.click("#generate")
    body = json.loads(sent.value.post_data)
    assert (body["model"], body["temperature"], body["lora_scale"], body["max_tokens"], body["stream"]) == \
        ("tiny-b", 0, 0.5, 24, True)
    assert body["mambagen_case"]["screen"] == "Cart.jsx" and body["mambagen_case"]["jsx"] == SCREEN
    assert body["mambagen_case"]["grounded"] is True

    # the random model's answer is rejected, and the page says why
    expect(page.locator("#status")).to_have_text(re.compile("^Rejected: "), timeout=60_000)
    assert page.locator("#output").text_content().strip()
    classes = [page.locator(f'#verdict li[data-check="{c}"]').get_attribute("class") for c in ("syntax",)]
    assert classes[0] in ("pass", "fail")
    assert page.locator("#reasons li").count() >= 1
    # a rejected candidate is not offered as a file (it is shown, so it can still be read and copied)
    expect(page.locator("#status")).to_contain_text("(nothing to download)")
    expect(page.locator("#download")).to_have_attribute("aria-disabled", "true")
    expect(page.locator('#verdict li[data-check="executed"]')).to_have_class("notrun")
    assert browser_page.problems == []


@pytest.fixture
def accepting_worker(tmp_path, tiny_model_dir):
    """The scripted double answering a test that passes every check (streamed in one piece)."""
    (tmp_path / "script.json").write_text(json.dumps([{"match": "Screen: Cart.jsx", "answer": GOOD}]))
    process = WorkerProcess(["--model", str(tiny_copy(tiny_model_dir, tmp_path / "model")),
                             "--script", str(tmp_path / "script.json")], script=True)
    yield process
    process.stop()


def test_an_accepted_test_shows_every_check_passing(accepting_worker, browser_page):
    from playwright.sync_api import expect

    page = browser_page(accepting_worker.url + "/")
    expect(page.locator("#model option")).to_have_count(1)  # no token needed on loopback without one
    page.fill("#manual", "1. Open the cart\nExpected: the total shows $12.00")
    page.fill("#jsx", SCREEN)
    page.fill("#screen", "Cart.jsx")
    page.fill("#case-name", "total")
    page.click("#generate")
    # honest: the checks that ran passed, and the test was not run
    expect(page.locator("#status")).to_have_text(re.compile("^Static checks passed .*; not run"), timeout=60_000)
    for check in ("syntax", "has_test", "policy", "mount", "grounding"):
        expect(page.locator(f'#verdict li[data-check="{check}"]')).to_have_class("pass")
    expect(page.locator('#verdict li[data-check="executed"]')).to_have_class("notrun")
    expect(page.locator("#output")).to_have_text(GOOD.strip() + "\n")
    with page.expect_download() as download:
        page.click("#download")
    assert download.value.suggested_filename == "test_cart_total.py"
    saved = open(download.value.path()).read()
    assert saved.startswith("# Generated by pytest-mambagen from Cart.total.manual.txt + Cart.jsx.\n")
    assert saved.endswith(GOOD)
    assert browser_page.problems == []
