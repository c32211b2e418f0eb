from playwright.sync_api import expect

TEXT_161 = "a" * 161
TEXT_160 = "a" * 160


def test_empty_box(mount):
    page = mount("DriverChat.jsx")
    expect(page.locator(".chars")).to_have_text("0/160")
    expect(page.get_by_role("button", name="Send SMS")).to_be_disabled()


def test_eta_template_fills_the_box(mount):
    page = mount("DriverChat.jsx")
    page.get_by_label("Template").select_option(label="ETA request")
    expect(page.get_by_label("Message to driver")).to_have_value("Hi Dario, what is your ETA to Depot North?")
    expect(page.locator(".chars")).to_have_text("42/160")
    expect(page.locator(".parts")).to_have_text("1 SMS")


def test_send_queues_the_message(mount):
    page = mount("DriverChat.jsx")
    page.get_by_label("Template").select_option(label="ETA request")
    page.get_by_role("button", name="Send SMS").click()
    last = page.locator(".sms").last
    expect(last.locator(".sms-text")).to_have_text("Hi Dario, what is your ETA to Depot North?")
    expect(last.locator(".sms-status")).to_have_text("Queued")
    expect(page.get_by_label("Message to driver")).to_have_value("")
    expect(page.get_by_label("Template")).to_have_value("")


def test_long_message_counts_two_sms(mount):
    page = mount("DriverChat.jsx")
    box = page.get_by_label("Message to driver")
    box.fill(TEXT_161)
    expect(page.locator(".chars")).to_have_text("161/160")
    expect(page.locator(".parts")).to_have_text("2 SMS")
    box.fill(TEXT_160)
    expect(page.locator(".chars")).to_have_text("160/160")
    expect(page.locator(".parts")).to_have_text("1 SMS")


def test_gate_change_template(mount):
    page = mount("DriverChat.jsx")
    page.get_by_label("Template").select_option(label="Gate change")
    expect(page.get_by_label("Message to driver")).to_have_value("Dario, gate changed: please use gate C at Depot North.")
