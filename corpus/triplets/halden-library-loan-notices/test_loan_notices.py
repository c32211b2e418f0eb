from playwright.sync_api import expect


def test_save_defaults_then_new_arrivals(mount):
    page = mount("LoanNotices.jsx")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Preferences saved for card 2290 4417 (3 notices on)")).to_be_visible()
    page.get_by_label("New arrivals in my genres").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Preferences saved for card 2290 4417 (4 notices on)")).to_be_visible()


def test_due_reminder_off_disables_days(mount):
    page = mount("LoanNotices.jsx")
    expect(page.get_by_label("Days before due")).to_be_enabled()
    page.get_by_label("Due date reminder").uncheck()
    expect(page.get_by_label("Days before due")).to_be_disabled()


def test_sms_test_notice_one_day(mount):
    page = mount("LoanNotices.jsx")
    page.get_by_label("SMS").check()
    page.get_by_label("Days before due").select_option("1")
    page.get_by_role("button", name="Save and send test").click()
    expect(page.locator(".message")).to_have_text('Test notice sent by SMS: "The Salt Path" is due in 1 day')


def test_app_push_test_notice_five_days(mount):
    page = mount("LoanNotices.jsx")
    page.get_by_label("App push").check()
    page.get_by_label("Days before due").select_option("5")
    page.get_by_role("button", name="Save and send test").click()
    expect(page.locator(".message")).to_have_text('Test notice sent by App push: "The Salt Path" is due in 5 days')
