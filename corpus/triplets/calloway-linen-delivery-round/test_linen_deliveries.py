from playwright.sync_api import expect


def test_first_page(mount):
    page = mount("LinenDeliveries.jsx")
    expect(page.get_by_text("Stops 1 to 4 of 14")).to_be_visible()
    expect(page.get_by_role("button", name="1", exact=True)).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("row").nth(1)).to_contain_text("Ward 7 - Cardiology")


def test_page_three(mount):
    page = mount("LinenDeliveries.jsx")
    page.get_by_role("button", name="3", exact=True).click()
    expect(page.get_by_text("Stops 9 to 12 of 14")).to_be_visible()
    expect(page.get_by_role("row").nth(1)).to_contain_text("Ward 12 - Orthopaedics")
    expect(page.get_by_role("row").last).to_contain_text("Physiotherapy")
    expect(page.get_by_role("button", name="3", exact=True)).to_have_attribute("aria-current", "page")


def test_next_on_the_last_page_does_nothing(mount):
    page = mount("LinenDeliveries.jsx")
    page.get_by_role("button", name="4", exact=True).click()
    expect(page.get_by_role("row")).to_have_count(3)
    expect(page.get_by_role("row").nth(1)).to_contain_text("Renal unit")
    expect(page.get_by_role("row").nth(2)).to_contain_text("Outpatients")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Stops 13 to 14 of 14")).to_be_visible()
    expect(page.get_by_role("button", name="4", exact=True)).to_have_attribute("aria-current", "page")


def test_previous_on_page_one_stays(mount):
    page = mount("LinenDeliveries.jsx")
    page.get_by_role("button", name="Previous").click()
    expect(page.get_by_text("Stops 1 to 4 of 14")).to_be_visible()
