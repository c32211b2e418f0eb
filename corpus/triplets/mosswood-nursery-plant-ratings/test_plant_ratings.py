from playwright.sync_api import expect


def test_rate_calathea_five_stars(mount):
    page = mount("PlantRatings.jsx")
    page.get_by_role("button", name="Rate Calathea orbifolia 5 of 5").click()
    row = page.get_by_role("row").filter(has_text="Calathea orbifolia")
    expect(row.locator(".avg")).to_have_text("3.6 (9 reviews)")
    expect(row.locator(".mine")).to_have_text("Your rating: 5")
    expect(row.get_by_role("button")).to_have_count(0)


def test_sort_highest_rated(mount):
    page = mount("PlantRatings.jsx")
    page.get_by_label("Sort").select_option(label="Highest rated")
    rows = page.locator(".plant-row")
    expect(rows.nth(0)).to_contain_text("Zebra haworthia")
    expect(rows.nth(1)).to_contain_text("Monstera deliciosa")
    expect(rows.nth(2)).to_contain_text("Fiddle-leaf fig")
    expect(rows.nth(3)).to_contain_text("String of pearls")
    expect(rows.nth(4)).to_contain_text("Calathea orbifolia")


def test_four_and_above_keeps_exactly_four(mount):
    page = mount("PlantRatings.jsx")
    page.get_by_label("4.0 and above only").check()
    expect(page.locator(".plant-row")).to_have_count(3)
    expect(page.get_by_role("row").filter(has_text="Fiddle-leaf fig")).to_be_visible()
    expect(page.get_by_text("Showing 3 of 5 plants")).to_be_visible()
