import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "button,first,last",
    [
        ("Estimate", "Mauritius Post Office facsimile", "Zeppelin covers, album of 12"),
        ("Closing soonest", "Inverted Jenny reprint sheet", "Basutoland 1933 definitives"),
    ],
)
def test_sort_buttons(mount, button, first, last):
    page = mount("AuctionLots.jsx")
    page.get_by_role("button", name=button).click()
    expect(page.locator(".lot-title").first).to_have_text(first)
    expect(page.locator(".lot-title").last).to_have_text(last)


def test_lot_numbers_are_numbers_not_text(mount):
    page = mount("AuctionLots.jsx")
    expect(page.get_by_role("button", name="Lot number")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".lot-title").first).to_have_text("Machin first day covers")
    expect(page.locator(".lot-no").first).to_have_text("Lot 9")
    expect(page.locator(".lot-title").nth(1)).to_have_text("Penny Black, plate 6, four margins")
    expect(page.locator(".lot-title").last).to_have_text("Zeppelin covers, album of 12")


def test_clicking_the_pressed_button_again_reverses(mount):
    page = mount("AuctionLots.jsx")
    page.get_by_role("button", name="Estimate").click()
    page.get_by_role("button", name="Estimate").click()
    expect(page.get_by_role("button", name="Estimate")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="Lot number")).to_have_attribute("aria-pressed", "false")
    expect(page.locator(".lot-title").first).to_have_text("Zeppelin covers, album of 12")
    expect(page.locator(".lot-title").nth(1)).to_have_text("Seahorses high values set")
    expect(page.locator(".closes").first).to_have_text("closes Thu 13 Mar, 21:45")
