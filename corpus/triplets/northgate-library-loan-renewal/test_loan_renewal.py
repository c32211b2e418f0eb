from playwright.sync_api import expect


def test_only_the_extension_window_is_selectable(mount):
    page = mount("LoanRenewal.jsx")
    grid = page.locator(".nov-grid")
    expect(grid.get_by_role("button", name="10", exact=True)).to_be_disabled()
    expect(grid.get_by_role("button", name="11", exact=True)).to_be_enabled()
    expect(grid.get_by_role("button", name="24", exact=True)).to_be_enabled()
    expect(grid.get_by_role("button", name="25", exact=True)).to_be_disabled()
    expect(grid.get_by_role("button", name="16", exact=True)).to_be_disabled()
    expect(grid.get_by_role("button", name="23", exact=True)).to_be_disabled()


def test_quick_pick_fourteen_days(mount):
    page = mount("LoanRenewal.jsx")
    page.get_by_role("button", name="+14 days").click()
    expect(page.locator(".new-due")).to_have_text("New due date: Mon 24 Nov 2025")


def test_renew_until_the_19th(mount):
    page = mount("LoanRenewal.jsx")
    page.locator(".nov-grid").get_by_role("button", name="19", exact=True).click()
    expect(page.locator(".new-due")).to_have_text("New due date: Wed 19 Nov 2025")
    page.get_by_role("button", name="Renew loan").click()
    expect(page.locator(".confirmation")).to_have_text("Renewed until Wed 19 Nov 2025.")
    expect(page.locator(".due")).to_have_text("Due back: Wed 19 Nov 2025")
    expect(page.locator(".left")).to_have_text("1 renewal left")


def test_no_renewals_left(mount):
    page = mount("LoanRenewal.jsx")
    page.get_by_role("button", name="+7 days").click()
    page.get_by_role("button", name="Renew loan").click()
    page.get_by_role("button", name="+7 days").click()
    page.get_by_role("button", name="Renew loan").click()
    expect(page.locator(".left")).to_have_text("0 renewals left")
    page.get_by_role("button", name="+7 days").click()
    expect(page.get_by_role("button", name="Renew loan")).to_be_disabled()
