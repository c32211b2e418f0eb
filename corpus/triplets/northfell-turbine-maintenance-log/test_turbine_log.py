from playwright.sync_api import expect


def test_to_the_last_page_and_one_back(mount):
    page = mount("TurbineLog.jsx")
    rows = page.get_by_role("row")
    expect(page.get_by_text("Page 1 of 5")).to_be_visible()
    expect(page.get_by_text("Entries 1-5 of 23")).to_be_visible()
    expect(rows).to_have_count(6)
    expect(rows.nth(1)).to_contain_text("WO-3101")
    expect(rows.last).to_contain_text("WO-3105")
    expect(page.get_by_role("button", name="Previous")).to_be_disabled()

    next_button = page.get_by_role("button", name="Next")
    next_button.click()
    next_button.click()
    next_button.click()
    next_button.click()
    expect(page.get_by_text("Page 5 of 5")).to_be_visible()
    expect(rows).to_have_count(4)
    expect(rows.nth(1)).to_contain_text("WO-3121")
    expect(rows.nth(2)).to_contain_text("WO-3122")
    expect(rows.nth(3)).to_contain_text("WO-3123")
    expect(page.get_by_text("Entries 21-23 of 23")).to_be_visible()
    expect(next_button).to_be_disabled()

    page.get_by_role("button", name="Previous").click()
    expect(page.get_by_text("Page 4 of 5")).to_be_visible()
    expect(rows.nth(1)).to_contain_text("WO-3116")


def test_page_two_follows_page_one(mount):
    page = mount("TurbineLog.jsx")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("row").nth(1)).to_contain_text("WO-3106")
    expect(page.get_by_text("Entries 6-10 of 23")).to_be_visible()
