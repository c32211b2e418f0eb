from playwright.sync_api import expect


def test_summary_and_blocked_note_on_load(mount):
    page = mount("ShotBoard.jsx")
    expect(page.locator(".summary")).to_have_text("Approved 1 / 6 · Blocked 1")
    expect(page.get_by_role("row").filter(has_text="LMP_050_0040")).to_contain_text("BLOCKED: waiting on plate")


def test_blocked_shot_cannot_go_to_client(mount):
    page = mount("ShotBoard.jsx")
    status = page.get_by_label("Status of LMP_050_0040")
    expect(status.get_by_role("option", name="Client review")).to_be_disabled()
    expect(status.get_by_role("option", name="Approved")).to_be_disabled()


def test_unblocking_a_shot(mount):
    page = mount("ShotBoard.jsx")
    row = page.get_by_role("row").filter(has_text="LMP_050_0040")
    row.get_by_role("checkbox").uncheck()
    expect(row).not_to_contain_text("BLOCKED: waiting on plate")
    expect(page.locator(".summary")).to_have_text("Approved 1 / 6 · Blocked 0")
    expect(page.get_by_label("Status of LMP_050_0040").get_by_role("option", name="Client review")).to_be_enabled()


def test_approve_only_after_client_review(mount):
    page = mount("ShotBoard.jsx")
    status = page.get_by_label("Status of LMP_050_0030")
    expect(status.get_by_role("option", name="Approved")).to_be_disabled()
    status.select_option("Client review")
    expect(status.get_by_role("option", name="Approved")).to_be_enabled()
    status.select_option("Approved")
    expect(page.locator(".summary")).to_have_text("Approved 2 / 6 · Blocked 1")


def test_blocking_a_shot_in_review(mount):
    page = mount("ShotBoard.jsx")
    page.get_by_role("row").filter(has_text="LMP_040_0020").get_by_role("checkbox").check()
    expect(page.locator(".summary")).to_have_text("Approved 1 / 6 · Blocked 2")
