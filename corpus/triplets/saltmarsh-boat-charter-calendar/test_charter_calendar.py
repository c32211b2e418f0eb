import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("day,summary", [
    ("14", "Tue 14 July 2026 - £380"),
    ("19", "Sun 19 July 2026 - £520"),
    ("20", "Mon 20 July 2026 - £440"),
    ("25", "Sat 25 July 2026 - £580"),
])
def test_day_price(mount, day, summary):
    page = mount("CharterCalendar.jsx")
    page.get_by_text(day, exact=True).click()
    expect(page.locator(".picked-day")).to_have_text(summary)


def test_neap_tide_days_are_blocked(mount):
    page = mount("CharterCalendar.jsx")
    blocked = page.get_by_title("No sailing - neap tide")
    expect(blocked).to_have_count(3)
    expect(blocked.first).to_be_disabled()
    expect(blocked.first).to_contain_text("8")


def test_total_with_fishing_kit(mount):
    page = mount("CharterCalendar.jsx")
    page.get_by_text("14", exact=True).click()
    expect(page.locator(".charter-total")).to_have_text("Total £380")
    page.get_by_label("Guests").select_option("6")
    page.get_by_label("Fishing kit (£12 per guest)").check()
    expect(page.locator(".charter-total")).to_have_text("Total £452")
