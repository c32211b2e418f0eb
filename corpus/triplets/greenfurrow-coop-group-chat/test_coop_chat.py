from playwright.sync_api import expect


def test_arrow_up_loads_own_last_message(mount):
    page = mount("CoopChat.jsx")
    box = page.get_by_placeholder("Message the group (↑ to edit your last message)")
    box.press("ArrowUp")
    expect(box).to_have_value("I'll bring the WD-40 on Saturday.")
    expect(page.get_by_text("Editing message - Enter to save, Esc to cancel")).to_be_visible()


def test_enter_saves_the_edit(mount):
    page = mount("CoopChat.jsx")
    box = page.get_by_placeholder("Message the group (↑ to edit your last message)")
    box.press("ArrowUp")
    box.fill("I'll bring the WD-40 on Sunday.")
    box.press("Enter")
    mine = page.locator(".msg").filter(has_text="Tomás")
    expect(mine.locator(".text")).to_have_text("I'll bring the WD-40 on Sunday.")
    expect(mine.locator(".edited")).to_have_text("(edited)")
    expect(page.locator(".msg")).to_have_count(3)


def test_escape_cancels_the_edit(mount):
    page = mount("CoopChat.jsx")
    box = page.get_by_placeholder("Message the group (↑ to edit your last message)")
    box.press("ArrowUp")
    box.press("Escape")
    expect(page.get_by_text("Editing message - Enter to save, Esc to cancel")).to_be_hidden()
    expect(box).to_have_value("")
    expect(page.locator(".msg").filter(has_text="Tomás").locator(".text")).to_have_text("I'll bring the WD-40 on Saturday.")


def test_enter_posts_a_new_message(mount):
    page = mount("CoopChat.jsx")
    box = page.get_by_placeholder("Message the group (↑ to edit your last message)")
    box.fill("Door fixed!")
    box.press("Enter")
    expect(page.locator(".msg")).to_have_count(4)
    expect(page.locator(".msg").last).to_contain_text("Door fixed!")


def test_one_thumbs_up_per_member(mount):
    page = mount("CoopChat.jsx")
    thumbs = page.get_by_role("button", name="Thumbs up for Kwame Mensah's message")
    thumbs.click()
    expect(thumbs).to_have_text("👍 3")
    thumbs.click()
    expect(thumbs).to_have_text("👍 3")
