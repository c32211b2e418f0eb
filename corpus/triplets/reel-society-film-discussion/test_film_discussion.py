from playwright.sync_api import expect


def test_only_own_comment_has_edit_and_delete(mount):
    page = mount("FilmDiscussion.jsx")
    owen = page.locator(".post").filter(has_text="Owen Pryce")
    yuki = page.locator(".post").filter(has_text="Yuki Tanabe")
    expect(owen.get_by_role("button", name="Edit")).to_have_count(0)
    expect(yuki.get_by_role("button", name="Delete comment")).to_have_count(0)
    expect(page.get_by_role("button", name="Edit")).to_have_count(1)


def test_edit_own_comment_marks_it_edited(mount):
    page = mount("FilmDiscussion.jsx")
    ines = page.locator(".post").filter(has_text="Ines Carvalho")
    ines.get_by_role("button", name="Edit").click()
    ines.get_by_label("Edit comment").fill("Reminder: raffle tickets at the door, 2 EUR")
    ines.get_by_role("button", name="Save").click()
    expect(ines.locator(".post-text")).to_have_text("Reminder: raffle tickets at the door, 2 EUR (edited)")


def test_keep_it_cancels_the_delete(mount):
    page = mount("FilmDiscussion.jsx")
    page.get_by_role("button", name="Delete comment").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Delete this comment?")
    dialog.get_by_role("button", name="Keep it").click()
    expect(dialog).to_be_hidden()
    expect(page.locator(".post")).to_have_count(3)


def test_confirm_delete_removes_the_comment(mount):
    page = mount("FilmDiscussion.jsx")
    page.get_by_role("button", name="Delete comment").click()
    page.get_by_role("button", name="Delete", exact=True).click()
    expect(page.locator(".post")).to_have_count(2)
    expect(page.locator(".post").first).to_contain_text("Owen Pryce")
    expect(page.locator(".post").last).to_contain_text("Yuki Tanabe")
