from playwright.sync_api import expect


def test_skip_shows_a_notification_with_undo(mount):
    page = mount("BoxDeliveries.jsx")
    page.get_by_role("row").filter(has_text="9 June").get_by_role("button", name="Skip this week").click()
    expect(page.get_by_role("row").filter(has_text="9 June")).to_contain_text("Skipped")
    expect(page.get_by_text("3 of 4 boxes coming")).to_be_visible()
    toast = page.get_by_role("listitem").filter(has_text="Box for 9 June skipped")
    expect(toast.get_by_role("button", name="Undo")).to_be_visible()


def test_undo_restores_the_box(mount):
    page = mount("BoxDeliveries.jsx")
    page.get_by_role("row").filter(has_text="9 June").get_by_role("button", name="Skip this week").click()
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_text("Box for 9 June skipped")).to_have_count(0)
    expect(page.get_by_role("row").filter(has_text="9 June")).to_contain_text("Delivering")
    expect(page.get_by_text("4 of 4 boxes coming")).to_be_visible()


def test_dismiss_keeps_the_skip(mount):
    page = mount("BoxDeliveries.jsx")
    page.get_by_role("row").filter(has_text="9 June").get_by_role("button", name="Skip this week").click()
    page.get_by_role("button", name="Dismiss").click()
    expect(page.get_by_text("Box for 9 June skipped")).to_have_count(0)
    expect(page.get_by_role("row").filter(has_text="9 June")).to_contain_text("Skipped")


def test_undo_only_the_chosen_week(mount):
    page = mount("BoxDeliveries.jsx")
    page.get_by_role("row").filter(has_text="9 June").get_by_role("button", name="Skip this week").click()
    page.get_by_role("row").filter(has_text="16 June").get_by_role("button", name="Skip this week").click()
    page.get_by_role("listitem").filter(has_text="Box for 9 June skipped").get_by_role("button", name="Undo").click()
    expect(page.get_by_role("row").filter(has_text="9 June")).to_contain_text("Delivering")
    expect(page.get_by_role("row").filter(has_text="16 June")).to_contain_text("Skipped")
    expect(page.get_by_text("Box for 16 June skipped")).to_be_visible()
