from playwright.sync_api import expect


def test_sort_by_polishing_ascending(mount):
    page = mount("TankTable.jsx")
    page.get_by_role("button", name="Polishing").click()
    tanks = page.locator(".col-tank")
    expect(tanks.nth(0)).to_have_text("T-06")
    expect(tanks.nth(1)).to_have_text("T-01")
    expect(tanks.nth(2)).to_have_text("T-03")
    expect(tanks.last).to_have_text("T-04")
    expect(page.get_by_role("columnheader", name="Polishing")).to_have_attribute("aria-sort", "ascending")
    expect(page.get_by_role("columnheader", name="Tank")).to_have_attribute("aria-sort", "none")


def test_polishing_again_is_descending(mount):
    page = mount("TankTable.jsx")
    page.get_by_role("button", name="Polishing").click()
    page.get_by_role("button", name="Polishing").click()
    expect(page.get_by_role("columnheader", name="Polishing")).to_have_attribute("aria-sort", "descending")
    expect(page.locator(".col-tank").first).to_have_text("T-04")


def test_new_column_starts_ascending(mount):
    page = mount("TankTable.jsx")
    page.get_by_role("button", name="Polishing").click()
    page.get_by_role("button", name="Polishing").click()
    page.get_by_role("button", name="Day").click()
    tanks = page.locator(".col-tank")
    expect(tanks.nth(0)).to_have_text("T-04")
    expect(tanks.nth(1)).to_have_text("T-07")
    expect(tanks.last).to_have_text("T-05")


def test_temp_twice_warmest_first(mount):
    page = mount("TankTable.jsx")
    page.get_by_role("button", name="Temp").click()
    page.get_by_role("button", name="Temp").click()
    expect(page.get_by_role("row").nth(1)).to_contain_text("T-04")
    expect(page.get_by_role("row").nth(1)).to_contain_text("15.5 °C")
    expect(page.get_by_role("row").nth(2)).to_contain_text("T-07")
    expect(page.get_by_role("row").nth(2)).to_contain_text("14.0 °C")
