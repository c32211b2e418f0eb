from playwright.sync_api import expect


def test_opens_on_page_one(mount):
    page = mount("WagonRegistry.jsx")
    expect(page.get_by_text("Showing 1-10 of 47")).to_be_visible()
    expect(page.get_by_text("Page 1 of 5")).to_be_visible()
    expect(page.get_by_role("button", name="First")).to_be_disabled()
    expect(page.get_by_role("button", name="Previous")).to_be_disabled()


def test_last_page(mount):
    page = mount("WagonRegistry.jsx")
    page.get_by_role("button", name="Last").click()
    expect(page.get_by_text("Page 5 of 5")).to_be_visible()
    rows = page.get_by_role("row")
    expect(rows).to_have_count(8)
    expect(rows.nth(1)).to_contain_text("KR 4380")
    expect(rows.nth(1)).to_contain_text("Withdrawn")
    expect(rows.last).to_contain_text("KR 4422")
    expect(page.get_by_text("Showing 41-47 of 47")).to_be_visible()
    expect(page.get_by_role("button", name="Next")).to_be_disabled()
    expect(page.get_by_role("button", name="Last")).to_be_disabled()


def test_first_goes_back(mount):
    page = mount("WagonRegistry.jsx")
    page.get_by_role("button", name="Last").click()
    page.get_by_role("button", name="First").click()
    expect(page.get_by_text("Page 1 of 5")).to_be_visible()
    expect(page.get_by_role("row").nth(1)).to_contain_text("KR 4100")


def test_next_twice(mount):
    page = mount("WagonRegistry.jsx")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Page 3 of 5")).to_be_visible()
    expect(page.get_by_role("row").nth(1)).to_contain_text("KR 4240")
