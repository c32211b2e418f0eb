from playwright.sync_api import expect


def test_default_species_a_to_z(mount):
    page = mount("PlankStock.jsx")
    expect(page.get_by_text("9 boards - Species A-Z")).to_be_visible()
    expect(page.locator(".species")).to_have_text(
        ["Ash", "Beech", "Cherry", "Douglas fir", "Larch", "Oak", "Sweet chestnut", "Walnut", "Western red cedar"]
    )


def test_length_longest_first_ties_a_to_z(mount):
    page = mount("PlankStock.jsx")
    page.get_by_label("Sort stock by").select_option("Length (longest first)")
    expect(page.locator(".species")).to_have_text(
        ["Douglas fir", "Western red cedar", "Beech", "Larch", "Oak", "Sweet chestnut", "Ash", "Cherry", "Walnut"]
    )
    expect(page.get_by_text("9 boards - Length (longest first)")).to_be_visible()


def test_thickness_thinnest_first(mount):
    page = mount("PlankStock.jsx")
    page.get_by_label("Sort stock by").select_option("Thickness (thinnest first)")
    species = page.locator(".species")
    expect(species.nth(0)).to_have_text("Larch")
    expect(species.nth(1)).to_have_text("Western red cedar")
    expect(species.nth(2)).to_have_text("Walnut")
    expect(species.nth(3)).to_have_text("Ash")
    expect(species.nth(4)).to_have_text("Cherry")
    expect(species.last).to_have_text("Douglas fir")


def test_price_per_metre(mount):
    page = mount("PlankStock.jsx")
    page.get_by_label("Sort stock by").select_option("Price per metre")
    expect(page.get_by_role("row").nth(1)).to_contain_text("Larch")
    expect(page.get_by_role("row").nth(1)).to_contain_text("£6.20/m")
    expect(page.get_by_role("row").last).to_contain_text("Walnut")
    expect(page.get_by_role("row").last).to_contain_text("£34.50/m")
