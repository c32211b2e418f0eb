from playwright.sync_api import expect


def test_select_overdue(mount):
    page = mount("KitReminders.jsx")
    page.get_by_role("button", name="Select overdue").click()
    expect(page.get_by_role("row").filter(has_text="Gareth Pryce").get_by_role("checkbox")).to_be_checked()
    expect(page.get_by_role("row").filter(has_text="Ellen Rigg").get_by_role("checkbox")).to_be_checked()
    expect(page.get_by_role("row").filter(has_text="Jess Hartley").get_by_role("checkbox")).to_be_checked()
    expect(page.get_by_role("row").filter(has_text="Mo Farouk").get_by_role("checkbox")).not_to_be_checked()
    expect(page.get_by_role("button", name="Send reminder (3)")).to_be_visible()


def test_send_reminder_to_overdue(mount):
    page = mount("KitReminders.jsx")
    page.get_by_role("button", name="Select overdue").click()
    page.get_by_role("button", name="Send reminder (3)").click()
    expect(page.get_by_role("status")).to_have_text("Reminder sent to 3 volunteers")
    expect(page.get_by_role("row").filter(has_text="Gareth Pryce").get_by_role("checkbox")).not_to_be_checked()
    expect(page.get_by_role("button", name="Send reminder (0)")).to_be_disabled()


def test_select_all_then_untick_one(mount):
    page = mount("KitReminders.jsx")
    page.get_by_role("button", name="Select all").click()
    page.get_by_role("row").filter(has_text="Owen Bell").get_by_role("checkbox").uncheck()
    expect(page.get_by_role("button", name="Send reminder (6)")).to_be_visible()


def test_clear_selection(mount):
    page = mount("KitReminders.jsx")
    page.get_by_role("button", name="Select all").click()
    page.get_by_role("button", name="Clear selection").click()
    expect(page.get_by_role("button", name="Send reminder (0)")).to_be_visible()
    expect(page.get_by_role("button", name="Clear selection")).to_be_disabled()
