from playwright.sync_api import expect


def test_approve_two_readings(mount):
    page = mount("ReadingApprovals.jsx")
    page.get_by_label("Select MR-1").check()
    page.get_by_role("row").filter(has_text="MR-2").get_by_role("checkbox").check()
    page.get_by_role("button", name="Approve selected").click()
    expect(page.get_by_text("2 readings approved")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="MR-1")).to_contain_text("Approved")
    expect(page.get_by_role("row").filter(has_text="MR-2")).to_contain_text("Approved")
    expect(page.get_by_text("Selected: 0")).to_be_visible()


def test_select_all_pending(mount):
    page = mount("ReadingApprovals.jsx")
    page.get_by_label("Select all pending").check()
    expect(page.get_by_text("Selected: 5")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="MR-4").get_by_role("checkbox")).to_be_disabled()


def test_unusual_reading_blocks_bulk_approval(mount):
    page = mount("ReadingApprovals.jsx")
    page.get_by_label("Select all pending").check()
    page.get_by_role("button", name="Approve selected").click()
    expect(page.get_by_text("MR-3 looks unusual (125 m³). Approve it on its own.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="MR-1")).to_contain_text("Pending")


def test_unusual_reading_on_its_own(mount):
    page = mount("ReadingApprovals.jsx")
    page.get_by_role("row").filter(has_text="MR-3").get_by_role("checkbox").check()
    page.get_by_role("button", name="Approve selected").click()
    expect(page.get_by_text("1 readings approved")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="MR-3")).to_contain_text("Approved")


def test_reject_sends_back_for_re_read(mount):
    page = mount("ReadingApprovals.jsx")
    page.get_by_role("row").filter(has_text="MR-5").get_by_role("checkbox").check()
    page.get_by_role("button", name="Reject selected").click()
    expect(page.get_by_text("1 readings sent back")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="MR-5")).to_contain_text("Sent back for re-read")
