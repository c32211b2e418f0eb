from playwright.sync_api import expect


def test_taken_hours_are_disabled(mount):
    page = mount("StudioHours.jsx")
    expect(page.get_by_role("button", name="14:00")).to_be_disabled()
    expect(page.get_by_role("button", name="15:00")).to_be_disabled()


def test_afternoon_into_evening_session(mount):
    page = mount("StudioHours.jsx")
    page.get_by_role("button", name="16:00").click()
    page.get_by_role("button", name="17:00").click()
    page.get_by_role("button", name="18:00").click()
    expect(page.locator(".session-summary")).to_have_text("16:00-19:00, 3 hours, £150")
    page.get_by_label("House engineer (+£20 per hour)").check()
    expect(page.locator(".session-summary")).to_have_text("16:00-19:00, 3 hours, £210")


def test_a_distant_hour_starts_a_new_selection(mount):
    page = mount("StudioHours.jsx")
    page.get_by_role("button", name="16:00").click()
    page.get_by_role("button", name="17:00").click()
    page.get_by_role("button", name="12:00").click()
    expect(page.locator(".session-summary")).to_have_text("12:00-13:00, 1 hour, £45")
    page.get_by_role("button", name="12:00").click()
    expect(page.locator(".session-summary")).to_have_text("No hours selected")
    expect(page.get_by_role("button", name="Request booking")).to_be_disabled()
