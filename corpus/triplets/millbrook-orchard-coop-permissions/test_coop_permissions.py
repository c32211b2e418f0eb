from playwright.sync_api import expect


def test_board_column_is_locked_and_nothing_pending(mount):
    page = mount("CoopPermissions.jsx")
    board = page.get_by_label("Board can Approve payouts")
    expect(board).to_be_checked()
    expect(board).to_be_disabled()
    expect(page.get_by_label("Member can View harvest log")).to_be_checked()
    expect(page.get_by_text("No unsaved changes")).to_be_visible()
    expect(page.get_by_role("button", name="Revert")).to_be_disabled()
    expect(page.get_by_role("button", name="Save permissions")).to_be_disabled()


def test_counter_counts_changed_cells_not_clicks(mount):
    page = mount("CoopPermissions.jsx")
    page.get_by_label("Member can Post announcements").click()
    page.get_by_label("Treasurer can Edit picking rota").click()
    expect(page.get_by_text("2 unsaved changes")).to_be_visible()
    page.get_by_label("Member can Post announcements").click()
    expect(page.get_by_text("1 unsaved change", exact=True)).to_be_visible()


def test_removing_the_log_removes_the_rota(mount):
    page = mount("CoopPermissions.jsx")
    page.get_by_label("Harvest lead can View harvest log").uncheck()
    expect(page.get_by_label("Harvest lead can Edit picking rota")).not_to_be_checked()
    expect(page.get_by_text("2 unsaved changes")).to_be_visible()
    expect(page.get_by_label("Board can Edit picking rota")).to_be_checked()


def test_save_permissions(mount):
    page = mount("CoopPermissions.jsx")
    page.get_by_label("Member can Export member list").check()
    page.get_by_role("button", name="Save permissions").click()
    expect(page.get_by_role("status")).to_have_text("Permissions updated for Millbrook Orchard Co-op")
    expect(page.get_by_text("No unsaved changes")).to_be_visible()
    expect(page.get_by_role("button", name="Revert")).to_be_disabled()
    expect(page.get_by_label("Member can Export member list")).to_be_checked()
