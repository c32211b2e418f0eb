from playwright.sync_api import expect


def test_three_banners_on_load(mount):
    page = mount("PharmacyHome.jsx")
    expect(page.get_by_text("Your repeat prescription for Sertraline 50 mg is due.")).to_be_visible()
    expect(page.get_by_text("Your repeat prescription for Ramipril 5 mg is due.")).to_be_visible()
    expect(page.get_by_text("We close at 13:00 on Saturday 7 June.")).to_be_visible()
    expect(page.get_by_text("Repeat prescriptions due: 2")).to_be_visible()


def test_request_refill(mount):
    page = mount("PharmacyHome.jsx")
    page.get_by_role("status").filter(has_text="Sertraline 50 mg").get_by_role("button", name="Request refill").click()
    expect(page.get_by_text("Refill requested for Sertraline 50 mg - ready in 2 working days")).to_be_visible()
    expect(page.get_by_text("Repeat prescriptions due: 1")).to_be_visible()


def test_not_now_hides_only_that_banner(mount):
    page = mount("PharmacyHome.jsx")
    page.get_by_role("status").filter(has_text="Ramipril 5 mg").get_by_role("button", name="Not now").click()
    expect(page.get_by_text("Your repeat prescription for Ramipril 5 mg is due.")).to_have_count(0)
    expect(page.get_by_text("Your repeat prescription for Sertraline 50 mg is due.")).to_be_visible()


def test_dismiss_opening_hours(mount):
    page = mount("PharmacyHome.jsx")
    page.get_by_role("status").filter(has_text="We close at 13:00").get_by_role("button", name="Dismiss").click()
    expect(page.get_by_text("We close at 13:00 on Saturday 7 June.")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_count(2)
