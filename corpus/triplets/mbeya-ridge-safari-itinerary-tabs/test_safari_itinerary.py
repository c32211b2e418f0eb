import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "day,date,time,first_activity",
    [
        ("Day 1", "12 Aug", "14:00", "Arrival at Mbeya Ridge Lodge"),
        ("Day 2", "13 Aug", "06:00", "Morning game drive"),
        ("Day 3", "14 Aug", "05:00", "Hot-air balloon"),
        ("Day 4", "15 Aug", "10:00", "Airstrip transfer"),
    ],
)
def test_each_day_tab_shows_that_days_programme(mount, day, date, time, first_activity):
    page = mount("SafariItinerary.jsx")
    page.get_by_role("tab", name=day).click()
    expect(page.get_by_role("tab", name=day)).to_have_attribute("aria-selected", "true")
    panel = page.get_by_role("tabpanel", name=day + " - " + date)
    expect(panel.get_by_role("listitem").first).to_contain_text(time + " " + first_activity)


def test_optional_extras_add_up_across_days(mount):
    page = mount("SafariItinerary.jsx")
    page.get_by_role("tab", name="Day 2").click()
    page.get_by_label("Add Night drive ($85 per person)").check()
    expect(page.get_by_text("Extras: $170 for 2 guests")).to_be_visible()
    page.get_by_role("tab", name="Day 3").click()
    page.get_by_label("Add Hot-air balloon ($420 per person)").check()
    expect(page.get_by_text("Extras: $1,010 for 2 guests")).to_be_visible()
    page.get_by_role("tab", name="Day 2").click()
    expect(page.get_by_label("Add Night drive ($85 per person)")).to_be_checked()
