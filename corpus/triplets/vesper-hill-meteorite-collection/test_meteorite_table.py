from playwright.sync_api import expect


def test_mass_lightest_first(mount):
    page = mount("MeteoriteTable.jsx")
    page.get_by_role("button", name="Mass").click()
    specimens = page.locator(".specimen")
    expect(specimens.first).to_have_text("Chelyabinsk")
    expect(specimens.last).to_have_text("Campo del Cielo")
    expect(page.get_by_role("row").last).to_contain_text("18,500 g")
    expect(page.get_by_role("button", name="Mass, sorted ascending")).to_be_visible()


def test_mass_again_heaviest_first(mount):
    page = mount("MeteoriteTable.jsx")
    page.get_by_role("button", name="Mass").click()
    page.get_by_role("button", name="Mass").click()
    expect(page.locator(".specimen").first).to_have_text("Campo del Cielo")
    expect(page.get_by_role("button", name="Mass, sorted descending")).to_be_visible()


def test_found_oldest_first(mount):
    page = mount("MeteoriteTable.jsx")
    page.get_by_role("button", name="Found").click()
    specimens = page.locator(".specimen")
    expect(specimens.nth(0)).to_have_text("Campo del Cielo")
    expect(specimens.nth(1)).to_have_text("Gibeon")
    expect(specimens.last).to_have_text("Chelyabinsk")


def test_reset_order(mount):
    page = mount("MeteoriteTable.jsx")
    page.get_by_role("button", name="Found").click()
    page.get_by_role("button", name="Reset order").click()
    specimens = page.locator(".specimen")
    expect(specimens.nth(0)).to_have_text("Allende")
    expect(specimens.nth(1)).to_have_text("Campo del Cielo")
    expect(specimens.nth(2)).to_have_text("Sikhote-Alin")
    expect(page.get_by_role("button", name="Found, not sorted")).to_be_visible()
