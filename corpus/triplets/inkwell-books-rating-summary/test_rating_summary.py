import pytest
from playwright.sync_api import expect


def test_headline(mount):
    page = mount("RatingSummary.jsx")
    expect(page.locator(".avg")).to_have_text("4.0 out of 5")
    expect(page.locator(".total")).to_have_text("(24 ratings)")


@pytest.mark.parametrize("level,pct", [
    ("5 stars", "50%"),
    ("4 stars", "25%"),
    ("3 stars", "13%"),
    ("2 stars", "4%"),
    ("1 star", "8%"),
])
def test_bars(mount, level, pct):
    page = mount("RatingSummary.jsx")
    expect(page.locator(".bar-row").filter(has_text=level).locator(".pct")).to_have_text(pct)


def test_give_five_stars(mount):
    page = mount("RatingSummary.jsx")
    page.get_by_role("button", name="Give 5 stars").click()
    expect(page.locator(".avg")).to_have_text("4.1 out of 5")
    expect(page.locator(".total")).to_have_text("(25 ratings)")
    expect(page.locator(".bar-row").filter(has_text="5 stars").locator(".pct")).to_have_text("52%")
    expect(page.locator(".mine")).to_contain_text("Your rating: 5 stars")


def test_changing_the_rating_moves_the_vote(mount):
    page = mount("RatingSummary.jsx")
    page.get_by_role("button", name="Give 5 stars").click()
    page.get_by_role("button", name="Give 1 star").click()
    expect(page.locator(".avg")).to_have_text("3.9 out of 5")
    expect(page.locator(".total")).to_have_text("(25 ratings)")
    expect(page.locator(".bar-row").filter(has_text="5 stars").locator(".pct")).to_have_text("48%")


def test_remove_my_rating(mount):
    page = mount("RatingSummary.jsx")
    page.get_by_role("button", name="Give 5 stars").click()
    page.get_by_role("button", name="Remove my rating").click()
    expect(page.locator(".avg")).to_have_text("4.0 out of 5")
    expect(page.locator(".total")).to_have_text("(24 ratings)")
    expect(page.get_by_text("You have not rated this book.")).to_be_visible()
