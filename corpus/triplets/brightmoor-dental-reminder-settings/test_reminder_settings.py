from playwright.sync_api import expect


def test_default_summary_then_email_two_hours(mount):
    page = mount("ReminderSettings.jsx")
    expect(page.get_by_text("SMS 24 h before · Email off")).to_be_visible()
    expect(page.get_by_label("Email lead time")).to_be_disabled()
    page.get_by_label("Email", exact=True).check()
    page.get_by_label("Email lead time").select_option("2 hours")
    expect(page.locator(".summary")).to_have_text("SMS 24 h before · Email 2 h before")


def test_master_switch_off_disables_channels(mount):
    page = mount("ReminderSettings.jsx")
    page.get_by_label("Send appointment reminders").uncheck()
    expect(page.get_by_label("Text message (SMS)")).to_be_disabled()
    expect(page.get_by_label("Email", exact=True)).to_be_disabled()
    expect(page.locator(".summary")).to_have_text("Reminders are switched off for all patients")


def test_no_channel_left_shows_error(mount):
    page = mount("ReminderSettings.jsx")
    page.get_by_label("Text message (SMS)").uncheck()
    page.get_by_role("button", name="Save reminder settings").click()
    expect(page.get_by_text("Pick at least one channel or switch reminders off")).to_be_visible()
    expect(page.get_by_role("status")).to_have_count(0)


def test_save_defaults(mount):
    page = mount("ReminderSettings.jsx")
    page.get_by_role("button", name="Save reminder settings").click()
    expect(page.get_by_role("status")).to_have_text("Saved at 16:05")
