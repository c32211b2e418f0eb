import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "text,counter",
    [
        ("Forever yours", "13/24"),
        ("J & M 12.06.2021", "16/24"),
    ],
)
def test_line_one_accepts(mount, text, counter):
    page = mount("EngravingRequest.jsx")
    page.get_by_label("Email").fill("maya.r@inbox.test")
    page.get_by_label("Order number").fill("LJ-30917")
    page.get_by_label("Engraving line 1").fill(text)
    expect(page.get_by_text(counter)).to_be_visible()
    expect(page.get_by_role("button", name="Send request")).to_be_enabled()


@pytest.mark.parametrize(
    "text,counter,message",
    [
        ("To Ana with all my love x", "25/24", "Line 1 is 1 character too long"),
        ("To Ana, with all my love x", "26/24", "Line 1 is 2 characters too long"),
        ("Love you ♥", "10/24", "Only letters, numbers and . , & ' - can be engraved"),
    ],
)
def test_line_one_refuses(mount, text, counter, message):
    page = mount("EngravingRequest.jsx")
    page.get_by_label("Email").fill("maya.r@inbox.test")
    page.get_by_label("Order number").fill("LJ-30917")
    page.get_by_label("Engraving line 1").fill(text)
    expect(page.get_by_text(counter)).to_be_visible()
    expect(page.get_by_text(message)).to_be_visible()
    expect(page.get_by_role("button", name="Send request")).to_be_disabled()


def test_two_lines_are_priced_per_line(mount):
    page = mount("EngravingRequest.jsx")
    page.get_by_label("Email").fill("maya.r@inbox.test")
    page.get_by_label("Order number").fill("LJ-30917")
    page.get_by_label("Engraving line 1").fill("Forever yours")
    page.get_by_label("Engraving line 2").fill("Always, Tomasz")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_text("Request sent: 2 line engraving for order LJ-30917. Price £18.00")).to_be_visible()


def test_an_empty_second_line_is_not_charged(mount):
    page = mount("EngravingRequest.jsx")
    page.get_by_label("Email").fill("maya.r@inbox.test")
    page.get_by_label("Order number").fill("LJ-30917")
    page.get_by_label("Engraving line 1").fill("Forever yours")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_text("Request sent: 1 line engraving for order LJ-30917. Price £9.00")).to_be_visible()
