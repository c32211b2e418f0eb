from playwright.sync_api import expect


def test_enter_sends_the_message(mount):
    page = mount("GroomerChat.jsx")
    box = page.get_by_placeholder("Message Bea...")
    box.fill("Can Bea do a teddy bear cut?")
    box.press("Enter")
    last = page.locator(".bubble").last
    expect(last.locator(".sender")).to_have_text("You")
    expect(last.locator(".body")).to_have_text("Can Bea do a teddy bear cut?")
    expect(box).to_have_value("")
    expect(page.locator(".bubble")).to_have_count(3)


def test_blank_message_is_not_sent(mount):
    page = mount("GroomerChat.jsx")
    box = page.get_by_placeholder("Message Bea...")
    box.fill("Can Bea do a teddy bear cut?")
    box.press("Enter")
    box.fill("   ")
    box.press("Enter")
    expect(page.locator(".bubble")).to_have_count(3)


def test_nails_question_gets_an_instant_answer(mount):
    page = mount("GroomerChat.jsx")
    page.get_by_placeholder("Message Bea...").fill("could you also do the NAILS")
    page.get_by_role("button", name="Send").click()
    expect(page.locator(".bubble").nth(2).locator(".body")).to_have_text("could you also do the NAILS")
    expect(page.locator(".bubble").last.locator(".sender")).to_have_text("Bea")
    expect(page.locator(".bubble").last.locator(".body")).to_have_text("Nail trim added for Biscuit: +£8.00")
    expect(page.locator(".bubble")).to_have_count(4)


def test_quick_reply_running_late(mount):
    page = mount("GroomerChat.jsx")
    page.get_by_role("button", name="Running 10 min late").click()
    expect(page.locator(".bubble.mine").last).to_contain_text("Running 10 min late")
    expect(page.locator(".bubble").last).to_contain_text("No problem, we will hold the Sat 14 June, 10:30 slot for 15 minutes.")
