from playwright.sync_api import expect


def test_opens_sorted_by_promised(mount):
    page = mount("RepairQueue.jsx")
    instruments = page.locator(".instrument")
    expect(instruments.first).to_have_text("Violin bow, Hill")
    expect(instruments.last).to_have_text("Violin, student 3/4")
    expect(page.get_by_role("columnheader", name="Promised")).to_have_attribute("aria-sort", "ascending")


def test_urgency_is_not_alphabetical(mount):
    page = mount("RepairQueue.jsx")
    page.get_by_role("button", name="Urgency").click()
    instruments = page.locator(".instrument")
    expect(instruments.nth(0)).to_have_text("Viola 16.5 in")
    expect(instruments.nth(1)).to_have_text("Violin bow, Hill")
    expect(instruments.nth(2)).to_have_text("Cello, Neuner & Hornsteiner")
    expect(instruments.nth(3)).to_have_text("Cello 7/8")
    expect(page.get_by_role("row").last).to_contain_text("When possible")


def test_quote_cheapest_first_then_reversed(mount):
    page = mount("RepairQueue.jsx")
    page.get_by_role("button", name="Quote").click()
    rows = page.get_by_role("row")
    expect(rows.nth(1)).to_contain_text("Violin, Mirecourt c.1890")
    expect(rows.nth(1)).to_contain_text("€45")
    expect(rows.nth(2)).to_contain_text("€70")
    expect(rows.nth(3)).to_contain_text("€85")
    expect(rows.last).to_contain_text("€620")
    page.get_by_role("button", name="Quote").click()
    expect(rows.nth(1)).to_contain_text("€620")
    expect(page.get_by_role("columnheader", name="Quote")).to_have_attribute("aria-sort", "descending")
