from playwright.sync_api import expect


def test_default_till_editors(mount):
    page = mount("StaffAccess.jsx")
    expect(page.get_by_text("Till editors: Ines Varga")).to_be_visible()
    expect(page.get_by_text("No changes this session")).to_be_visible()


def test_kai_gets_till_edit(mount):
    page = mount("StaffAccess.jsx")
    page.get_by_label("Till access for Kai Moana").select_option("Edit")
    expect(page.locator(".till-editors")).to_have_text("Till editors: Kai Moana, Ines Varga")
    expect(page.locator(".log")).to_contain_text("Kai Moana: Till -> Edit")


def test_trainee_cannot_edit_till(mount):
    page = mount("StaffAccess.jsx")
    till = page.get_by_label("Till access for Tomás Reyes")
    expect(till.get_by_role("option", name="Edit")).to_be_disabled()
    till.select_option("View")
    expect(till).to_have_value("View")


def test_view_all_keeps_edit_rights(mount):
    page = mount("StaffAccess.jsx")
    page.get_by_role("button", name="Give Aroha Pene view on all areas").click()
    expect(page.get_by_label("Boat manifest access for Aroha Pene")).to_have_value("Edit")
    expect(page.get_by_label("Gear locker access for Aroha Pene")).to_have_value("View")
    expect(page.get_by_label("Booking calendar access for Aroha Pene")).to_have_value("View")
    expect(page.get_by_label("Till access for Aroha Pene")).to_have_value("View")
    expect(page.locator(".till-editors")).to_have_text("Till editors: Ines Varga")
    expect(page.locator(".log")).to_contain_text("Aroha Pene: view on all areas")
