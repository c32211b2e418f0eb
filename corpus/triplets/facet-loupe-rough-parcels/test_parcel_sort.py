from playwright.sync_api import expect


def test_heaviest_parcel_first_by_default(mount):
    page = mount("ParcelSort.jsx")
    expect(page.get_by_role("row").nth(1)).to_contain_text("Aquamarine")
    expect(page.get_by_role("row").nth(1)).to_contain_text("48.2 ct")
    expect(page.get_by_role("row").last).to_contain_text("Emerald")
    expect(page.get_by_role("row").last).to_contain_text("4.3 ct")


def test_price_per_carat(mount):
    page = mount("ParcelSort.jsx")
    page.get_by_label("Order parcels").select_option("Price per carat")
    gems = page.locator(".gem")
    expect(gems.nth(0)).to_have_text("Emerald")
    expect(gems.nth(1)).to_have_text("Spinel")
    expect(gems.nth(2)).to_have_text("Sapphire")
    expect(gems.last).to_have_text("Peridot")
    expect(page.get_by_role("row").nth(1)).to_contain_text("$4,214")


def test_received_newest_first(mount):
    page = mount("ParcelSort.jsx")
    page.get_by_label("Order parcels").select_option("Received (newest first)")
    expect(page.locator(".gem").first).to_have_text("Peridot")
    expect(page.locator(".gem").last).to_have_text("Aquamarine")


def test_origin_reversed_and_back(mount):
    page = mount("ParcelSort.jsx")
    page.get_by_label("Order parcels").select_option("Origin A-Z")
    page.get_by_label("Reverse").check()
    expect(page.locator(".gem").first).to_have_text("Spinel")
    expect(page.locator(".gem").last).to_have_text("Tourmaline")
    page.get_by_label("Reverse").uncheck()
    expect(page.locator(".gem").first).to_have_text("Tourmaline")
