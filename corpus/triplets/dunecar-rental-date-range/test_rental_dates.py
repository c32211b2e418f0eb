import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("pickup,return_day,rental,total", [
    ("10", "13", "3 days", "€117.00"),
    ("2", "9", "7 days", "€232.05"),
    ("20", "21", "1 day", "€39.00"),
])
def test_price_for_a_date_range(mount, pickup, return_day, rental, total):
    page = mount("RentalDates.jsx")
    page.get_by_role("button", name=pickup, exact=True).click()
    page.get_by_role("button", name=return_day, exact=True).click()
    expect(page.locator(".rental-days")).to_have_text(rental)
    expect(page.locator(".total")).to_have_text(total)


def test_summary_of_the_chosen_dates(mount):
    page = mount("RentalDates.jsx")
    page.get_by_role("button", name="10", exact=True).click()
    page.get_by_role("button", name="13", exact=True).click()
    expect(page.locator(".pickup")).to_have_text("Tue 10 Mar")
    expect(page.locator(".return")).to_have_text("Fri 13 Mar")
    expect(page.get_by_role("button", name="Reserve this car")).to_be_enabled()


def test_clicking_an_earlier_day_restarts_the_range(mount):
    page = mount("RentalDates.jsx")
    page.get_by_role("button", name="18", exact=True).click()
    page.get_by_role("button", name="12", exact=True).click()
    expect(page.locator(".pickup")).to_have_text("Thu 12 Mar")
    expect(page.locator(".return")).to_have_text("-")
    expect(page.locator(".hint")).to_have_text("Now pick your return day")


def test_weekly_rate_notice(mount):
    page = mount("RentalDates.jsx")
    page.get_by_role("button", name="2", exact=True).click()
    page.get_by_role("button", name="9", exact=True).click()
    expect(page.get_by_text("Weekly rate applied: 15% off")).to_be_visible()
    page.get_by_role("button", name="Clear dates").click()
    expect(page.locator(".hint")).to_have_text("Pick your pick-up day")
    expect(page.get_by_text("Weekly rate applied: 15% off")).to_have_count(0)
