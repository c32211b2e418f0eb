from playwright.sync_api import expect


def test_unread_badges_on_load(mount):
    page = mount("WardChat.jsx")
    expect(page.locator(".total-unread")).to_have_text("Unread: 3")
    expect(page.get_by_role("button", name="Pharmacy").locator(".badge")).to_have_text("2")
    expect(page.get_by_role("button", name="Night shift").locator(".badge")).to_have_text("1")
    expect(page.get_by_role("button", name="Ward 4B").locator(".badge")).to_have_count(0)


def test_opening_pharmacy_marks_it_read(mount):
    page = mount("WardChat.jsx")
    page.get_by_role("button", name="Pharmacy").click()
    expect(page.get_by_role("heading", name="#Pharmacy")).to_be_visible()
    expect(page.get_by_role("button", name="Pharmacy").locator(".badge")).to_have_count(0)
    expect(page.locator(".total-unread")).to_have_text("Unread: 1")
    expect(page.locator(".message").filter(has_text="CD key").locator(".flag")).to_have_text("URGENT")


def test_send_an_urgent_message(mount):
    page = mount("WardChat.jsx")
    page.get_by_role("button", name="Pharmacy").click()
    page.get_by_label("Message #Pharmacy").fill("CD key returned to cupboard 2")
    page.get_by_label("Mark as urgent").check()
    page.get_by_role("button", name="Send").click()
    last = page.locator(".message").last
    expect(last.locator(".from")).to_have_text("You")
    expect(last.locator(".text")).to_have_text("CD key returned to cupboard 2")
    expect(last.locator(".flag")).to_have_text("URGENT")
    expect(page.get_by_label("Mark as urgent")).not_to_be_checked()


def test_message_stays_in_its_channel(mount):
    page = mount("WardChat.jsx")
    page.get_by_role("button", name="Pharmacy").click()
    page.get_by_label("Message #Pharmacy").fill("CD key returned to cupboard 2")
    page.get_by_role("button", name="Send").click()
    page.get_by_role("button", name="Night shift").click()
    page.get_by_role("button", name="Ward 4B").click()
    expect(page.locator(".messages")).not_to_contain_text("CD key returned to cupboard 2")
    expect(page.locator(".total-unread")).to_have_text("Unread: 0")
