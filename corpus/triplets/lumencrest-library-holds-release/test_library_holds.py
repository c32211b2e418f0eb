from playwright.sync_api import expect


def test_release_opens_a_dialog_for_that_book(mount):
    page = mount("LibraryHolds.jsx")
    page.get_by_test_id("h-882").get_by_role("button", name="Release").click()
    dialog = page.get_by_role("dialog", name="Release hold on Piranesi?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("The next reader in the queue will get it.")


def test_confirming_removes_the_hold(mount):
    page = mount("LibraryHolds.jsx")
    page.get_by_test_id("h-882").get_by_role("button", name="Release").click()
    page.get_by_role("button", name="Release hold").click()
    expect(page.get_by_text("Piranesi")).to_have_count(0)
    expect(page.get_by_test_id("hold-count")).to_have_text("3 holds waiting")


def test_cancel_keeps_the_hold(mount):
    page = mount("LibraryHolds.jsx")
    page.get_by_test_id("h-882").get_by_role("button", name="Release").click()
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_text("Piranesi")).to_be_visible()
    expect(page.get_by_test_id("hold-count")).to_have_text("4 holds waiting")


def test_release_all_asks_first(mount):
    page = mount("LibraryHolds.jsx")
    page.get_by_role("button", name="Release all", exact=True).click()
    expect(page.get_by_role("dialog", name="Release all 4 holds?")).to_be_visible()
    expect(page.get_by_test_id("hold-count")).to_have_text("4 holds waiting")
    page.get_by_role("button", name="Release all holds").click()
    expect(page.get_by_text("You have no holds waiting.")).to_be_visible()
    expect(page.get_by_test_id("hold-count")).to_have_text("0 holds waiting")
