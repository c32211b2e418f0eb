import pytest
from playwright.sync_api import expect


def test_broadcaster_counts(mount):
    page = mount("ArchiveTree.jsx")
    expect(page.locator(".count")).to_have_text(["(3)", "(4)", "(2)"])


@pytest.mark.parametrize(
    "broadcaster,decades,first",
    [
        ("BBC Home Service", 2, "1940s"),
        ("Radio Luxembourg", 3, "1950s"),
        ("Radio Caroline", 1, "1960s"),
    ],
)
def test_opening_a_broadcaster_lists_its_decades(mount, broadcaster, decades, first):
    page = mount("ArchiveTree.jsx")
    page.get_by_role("button", name=broadcaster).click()
    decade_buttons = page.locator(".level-1").get_by_role("button")
    expect(decade_buttons).to_have_count(decades)
    expect(decade_buttons.first).to_have_text(first)


def test_opening_a_decade_lists_the_recordings(mount):
    page = mount("ArchiveTree.jsx")
    page.get_by_role("button", name="Radio Caroline").click()
    page.get_by_role("button", name="1960s").click()
    recordings = page.locator(".recording")
    expect(recordings).to_have_count(2)
    expect(recordings.first).to_have_text("First broadcast from MV Caroline (1964)")
    expect(recordings.last).to_contain_text("Close-down (1968)")
    expect(page.get_by_text("Not digitised - request a transfer")).to_have_count(1)


def test_one_broadcaster_at_a_time(mount):
    page = mount("ArchiveTree.jsx")
    page.get_by_role("button", name="BBC Home Service").click()
    page.get_by_role("button", name="Radio Luxembourg").click()
    expect(page.get_by_role("button", name="BBC Home Service")).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("button", name="Radio Luxembourg")).to_have_attribute("aria-expanded", "true")
