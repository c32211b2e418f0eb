from playwright.sync_api import expect


def test_sign_as_a_normal_visitor(mount):
    page = mount("Guestbook.jsx")
    page.get_by_label("Your name").fill("Ingrid Solberg")
    page.get_by_label("Message").fill("Lovely quiet morning in the silver room")
    page.get_by_role("button", name="Sign the guestbook").click()
    expect(page.get_by_text("Thanks for signing the guestbook, Ingrid Solberg!")).to_be_visible()
    expect(page.locator(".entry").first).to_contain_text("Ingrid Solberg")
    expect(page.locator(".entry").first).to_contain_text("Room 3 - Nordic silver")
    expect(page.get_by_role("heading", name="Entries (4)")).to_be_visible()
    expect(page.get_by_label("Your name")).to_have_value("")


def test_name_is_required(mount):
    page = mount("Guestbook.jsx")
    page.get_by_label("Message").fill("Great cafe")
    page.get_by_role("button", name="Sign the guestbook").click()
    expect(page.locator(".error")).to_have_text("Please tell us your name.")
    expect(page.get_by_role("heading", name="Entries (3)")).to_be_visible()


def test_spam_in_upper_case_is_held(mount):
    page = mount("Guestbook.jsx")
    page.get_by_label("Your name").fill("Bo")
    page.get_by_label("Message").fill("Win big at CASINO-ROYALE dot net")
    page.get_by_role("button", name="Sign the guestbook").click()
    expect(page.get_by_text("Thanks! Your entry is held for review by our staff.")).to_be_visible()
    expect(page.locator(".entry")).to_have_count(3)


def test_show_oldest_first(mount):
    page = mount("Guestbook.jsx")
    expect(page.locator(".entry").first).to_contain_text("Greta L.")
    page.get_by_role("button", name="Show oldest first").click()
    expect(page.locator(".entry").first).to_contain_text("Sven")
