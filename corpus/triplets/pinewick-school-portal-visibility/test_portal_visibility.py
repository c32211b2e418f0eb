from playwright.sync_api import expect


def test_no_pending_changes_on_load(mount):
    page = mount("PortalVisibility.jsx")
    expect(page.get_by_role("heading", name="Pending changes (0)")).to_be_visible()
    expect(page.get_by_text("No pending changes")).to_be_visible()


def test_two_changes_listed_and_applied(mount):
    page = mount("PortalVisibility.jsx")
    page.get_by_title("Parents · Messaging").click()
    expect(page.get_by_title("Parents · Messaging")).to_have_text("On")
    expect(page.locator(".pending")).to_have_text("Messaging: Parents on")
    expect(page.get_by_role("heading", name="Pending changes (1)")).to_be_visible()
    page.get_by_title("Teachers · Gradebook").click()
    expect(page.get_by_title("Teachers · Gradebook")).to_have_text("Off")
    expect(page.locator(".pending")).to_contain_text("Gradebook: Teachers off")
    expect(page.get_by_role("heading", name="Pending changes (2)")).to_be_visible()
    page.get_by_role("button", name="Apply to portal").click()
    expect(page.get_by_role("status")).to_have_text("Applied 2 changes")
    expect(page.get_by_text("No pending changes")).to_be_visible()
    expect(page.get_by_title("Parents · Messaging")).to_have_text("On")


def test_discard_resets_cell(mount):
    page = mount("PortalVisibility.jsx")
    page.get_by_title("Students · Attendance").click()
    expect(page.get_by_title("Students · Attendance")).to_have_text("On")
    page.get_by_role("button", name="Discard").click()
    expect(page.get_by_title("Students · Attendance")).to_have_text("Off")
    expect(page.get_by_text("No pending changes")).to_be_visible()


def test_students_never_see_fee_statements(mount):
    page = mount("PortalVisibility.jsx")
    expect(page.get_by_title("Students · Fee statements")).to_be_disabled()
    expect(page.get_by_title("Students · Fee statements")).to_have_text("Off")
