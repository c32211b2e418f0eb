from playwright.sync_api import expect


def test_pick_thursday_12(mount):
    page = mount("AppointmentDate.jsx")
    expect(page.get_by_role("button", name="Continue to time slots")).to_be_disabled()
    page.get_by_role("button", name="12", exact=True).click()
    expect(page.locator(".chosen")).to_have_text("Appointment date: Thursday 12 June 2025")
    expect(page.get_by_role("button", name="Continue to time slots")).to_be_enabled()


def test_weekend_days_are_closed(mount):
    page = mount("AppointmentDate.jsx")
    page.get_by_role("button", name="12", exact=True).click()
    expect(page.get_by_role("button", name="14", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="15", exact=True)).to_be_disabled()
    expect(page.locator(".chosen")).to_have_text("Appointment date: Thursday 12 June 2025")


def test_before_earliest_and_closed_day(mount):
    page = mount("AppointmentDate.jsx")
    expect(page.get_by_role("button", name="3", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="19", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="4", exact=True)).to_be_enabled()
    expect(page.locator(".chosen")).to_have_text("No date chosen yet")


def test_keyboard_navigation(mount):
    page = mount("AppointmentDate.jsx")
    page.get_by_role("button", name="12", exact=True).click()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("button", name="13", exact=True)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("button", name="20", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".chosen")).to_have_text("Appointment date: Friday 20 June 2025")


def test_next_month(mount):
    page = mount("AppointmentDate.jsx")
    page.get_by_role("button", name="Next month").click()
    expect(page.get_by_role("heading", name="July 2025")).to_be_visible()
