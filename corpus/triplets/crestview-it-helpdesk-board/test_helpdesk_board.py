from playwright.sync_api import expect


def test_counts_on_load(mount):
    page = mount("HelpdeskBoard.jsx")
    expect(page.locator(".lane").filter(has_text="Assigned").locator(".lane-count")).to_have_text("2/3")
    expect(page.get_by_text("5 open tickets")).to_be_visible()


def test_wip_limit_on_assigned(mount):
    page = mount("HelpdeskBoard.jsx")
    page.get_by_role("button", name="Move INC-4471 right").click()
    expect(page.locator(".lane").filter(has_text="Assigned").locator(".lane-count")).to_have_text("3/3")
    page.get_by_role("button", name="Move INC-4472 right").click()
    expect(page.get_by_text("Assigned is full (3 max) - finish something first")).to_be_visible()
    expect(page.locator(".lane").nth(0)).to_contain_text("INC-4472")


def test_resolve_and_reopen(mount):
    page = mount("HelpdeskBoard.jsx")
    page.get_by_role("button", name="Move INC-4452 right").click()
    expect(page.locator(".lane").nth(3)).to_contain_text("INC-4452")
    expect(page.get_by_text("4 open tickets")).to_be_visible()
    page.get_by_role("button", name="Move INC-4440 left").click()
    expect(page.locator(".lane").nth(2)).to_contain_text("INC-4440")
    expect(page.get_by_text("5 open tickets")).to_be_visible()


def test_arrows_disabled_at_the_edges(mount):
    page = mount("HelpdeskBoard.jsx")
    expect(page.get_by_role("button", name="Move INC-4471 left")).to_be_disabled()
    expect(page.get_by_role("button", name="Move INC-4440 right")).to_be_disabled()
