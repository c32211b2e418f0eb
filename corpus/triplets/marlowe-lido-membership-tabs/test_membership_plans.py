from playwright.sync_api import expect


def test_monthly_is_the_default(mount):
    page = mount("MembershipPlans.jsx")
    expect(page.get_by_role("tab", name="Monthly")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel")).to_contain_text("Monthly membership")
    expect(page.get_by_test_id("plan-price")).to_have_text("You pay £42.00 per month")


def test_annual_tab_shows_the_saving(mount):
    page = mount("MembershipPlans.jsx")
    page.get_by_role("tab", name="Annual").click()
    expect(page.get_by_role("tab", name="Annual")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Monthly")).to_have_attribute("aria-selected", "false")
    expect(page.get_by_role("tabpanel")).to_contain_text("Free locker")
    expect(page.get_by_text("You save £84.00 compared to monthly")).to_be_visible()
    expect(page.get_by_test_id("plan-price")).to_have_text("You pay £420.00 per year")


def test_off_peak_tab(mount):
    page = mount("MembershipPlans.jsx")
    page.get_by_role("tab", name="Off-peak").click()
    expect(page.get_by_text("You save £84.00 compared to monthly")).to_have_count(0)
    expect(page.get_by_role("tabpanel")).to_contain_text("Pool 10:00-16:00 weekdays")
    expect(page.get_by_test_id("plan-price")).to_have_text("You pay £29.50 per month")


def test_off_peak_with_sauna_and_concession(mount):
    page = mount("MembershipPlans.jsx")
    page.get_by_role("tab", name="Off-peak").click()
    page.get_by_label("Add sauna access").check()
    page.get_by_label("Concession (student or over 65)").check()
    expect(page.get_by_test_id("plan-price")).to_have_text("You pay £28.13 per month")
