from playwright.sync_api import expect


def test_mark_ready_shows_a_toast(mount):
    page = mount("JobBoard.jsx")
    row = page.get_by_role("row").filter(has_text="K-201")
    row.get_by_role("button", name="Mark ready").click()
    expect(row).to_contain_text("Ready for collection")
    expect(row.get_by_role("button", name="Mark ready")).to_be_disabled()
    expect(page.get_by_role("status")).to_contain_text("K-201 ready for collection")


def test_repeated_ticket_toast_is_merged(mount):
    page = mount("JobBoard.jsx")
    row = page.get_by_role("row").filter(has_text="K-202")
    row.get_by_role("button", name="Print ticket").click()
    row.get_by_role("button", name="Print ticket").click()
    expect(page.get_by_role("status")).to_have_count(1)
    expect(page.get_by_role("status")).to_contain_text("Ticket printed for K-202")
    expect(page.get_by_role("status")).to_contain_text("×2")
    expect(page.get_by_text("1 notifications")).to_be_visible()


def test_clear_all(mount):
    page = mount("JobBoard.jsx")
    page.get_by_role("row").filter(has_text="K-201").get_by_role("button", name="Mark ready").click()
    page.get_by_role("row").filter(has_text="K-202").get_by_role("button", name="Print ticket").click()
    page.get_by_role("row").filter(has_text="K-203").get_by_role("button", name="Print ticket").click()
    expect(page.get_by_text("3 notifications")).to_be_visible()
    page.get_by_role("button", name="Clear all").click()
    expect(page.get_by_role("status")).to_have_count(0)


def test_close_one_toast(mount):
    page = mount("JobBoard.jsx")
    page.get_by_role("row").filter(has_text="K-202").get_by_role("button", name="Print ticket").click()
    page.get_by_role("row").filter(has_text="K-203").get_by_role("button", name="Print ticket").click()
    page.get_by_role("status").filter(has_text="K-202").get_by_role("button", name="Close notification").click()
    expect(page.get_by_text("Ticket printed for K-202")).to_have_count(0)
    expect(page.get_by_text("Ticket printed for K-203")).to_be_visible()
    expect(page.get_by_text("1 notifications")).to_be_visible()
