from playwright.sync_api import expect


def test_popup_pick_fills_the_field(mount):
    page = mount("RenewalDate.jsx")
    page.get_by_role("button", name="Open calendar").click()
    popup = page.get_by_role("dialog", name="Choose a date")
    popup.get_by_role("button", name="7", exact=True).click()
    expect(page.get_by_label("Preferred date (DD/MM/YYYY)")).to_have_value("07/04/2026")
    expect(popup).to_be_hidden()


def test_escape_closes_the_popup(mount):
    page = mount("RenewalDate.jsx")
    page.get_by_role("button", name="Open calendar").click()
    expect(page.get_by_role("dialog", name="Choose a date")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog", name="Choose a date")).to_be_hidden()
    expect(page.get_by_label("Preferred date (DD/MM/YYYY)")).to_have_value("")


def test_sundays_are_closed(mount):
    page = mount("RenewalDate.jsx")
    page.get_by_role("button", name="Open calendar").click()
    expect(page.get_by_role("dialog").get_by_role("button", name="12", exact=True)).to_be_disabled()
    page.get_by_label("Preferred date (DD/MM/YYYY)").fill("12/04/2026")
    page.get_by_role("button", name="Check availability").click()
    expect(page.get_by_role("alert")).to_have_text("Offices are closed on Sundays.")


def test_wrong_format(mount):
    page = mount("RenewalDate.jsx")
    page.get_by_label("Preferred date (DD/MM/YYYY)").fill("2026-04-14")
    page.get_by_role("button", name="Check availability").click()
    expect(page.get_by_role("alert")).to_have_text("Use the format DD/MM/YYYY.")


def test_available_date(mount):
    page = mount("RenewalDate.jsx")
    page.get_by_label("Preferred date (DD/MM/YYYY)").fill("14/04/2026")
    page.get_by_role("button", name="Check availability").click()
    expect(page.get_by_role("status")).to_have_text("14/04/2026 is available at Civic Centre, passport desk 3.")
