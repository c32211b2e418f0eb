import pytest
from playwright.sync_api import expect


def test_opens_on_september_with_booked_dates(mount):
    page = mount("WeddingDates.jsx")
    expect(page.get_by_role("heading", name="September 2026")).to_be_visible()
    expect(page.get_by_role("button", name="Earlier")).to_be_disabled()
    expect(page.get_by_role("button", name="5", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="19", exact=True)).to_be_disabled()
    expect(page.get_by_title("Already booked")).to_have_count(2)


@pytest.mark.parametrize("day,quote", [
    ("12", "Saturday 12 September 2026 - £6,800"),
    ("11", "Friday 11 September 2026 - £5,400"),
    ("16", "Wednesday 16 September 2026 - £4,200"),
])
def test_price_of_a_date(mount, day, quote):
    page = mount("WeddingDates.jsx")
    page.get_by_role("button", name=day, exact=True).click()
    expect(page.locator(".quote-line")).to_have_text(quote)


def test_hold_this_date(mount):
    page = mount("WeddingDates.jsx")
    page.get_by_role("button", name="12", exact=True).click()
    page.get_by_role("button", name="Hold this date").click()
    expect(page.get_by_text("We are holding Saturday 12 September 2026 for you for 48 hours.")).to_be_visible()


def test_later_months(mount):
    page = mount("WeddingDates.jsx")
    page.get_by_role("button", name="Later").click()
    expect(page.get_by_role("heading", name="October 2026")).to_be_visible()
    expect(page.get_by_role("button", name="10", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="19", exact=True)).to_be_enabled()
    page.get_by_role("button", name="Later").click()
    page.get_by_role("button", name="Later").click()
    expect(page.get_by_role("heading", name="December 2026")).to_be_visible()
    expect(page.get_by_role("button", name="Later")).to_be_disabled()
