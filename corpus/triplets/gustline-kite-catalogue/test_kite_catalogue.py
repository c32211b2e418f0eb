from playwright.sync_api import expect


def test_price_and_name_orders(mount):
    page = mount("KiteCatalogue.jsx")
    sort = page.get_by_test_id("sort-select")
    names = page.get_by_test_id("kite-name")
    sort.select_option("Price: low to high")
    expect(names.first).to_have_text("Little Puffin")
    expect(page.get_by_test_id("kite-price").first).to_have_text("£14.99")
    expect(names.nth(1)).to_have_text("Dragonfly Sled")
    expect(names.last).to_have_text("Storm Petrel Foil")

    sort.select_option("Price: high to low")
    expect(names.first).to_have_text("Storm Petrel Foil")
    expect(names.nth(1)).to_have_text("Albatross Stunt")
    expect(names.last).to_have_text("Little Puffin")

    sort.select_option("Name A-Z")
    expect(names).to_have_text(
        [
            "Albatross Stunt",
            "Dragonfly Sled",
            "Harbour Box Kite",
            "Little Puffin",
            "Nimbus Parafoil",
            "Storm Petrel Foil",
            "Zephyr Delta",
        ]
    )


def test_wind_range_and_in_stock_first(mount):
    page = mount("KiteCatalogue.jsx")
    sort = page.get_by_test_id("sort-select")
    names = page.get_by_test_id("kite-name")
    sort.select_option("Wind range: lightest first")
    expect(names.nth(0)).to_have_text("Dragonfly Sled")
    expect(names.nth(1)).to_have_text("Zephyr Delta")
    expect(names.nth(2)).to_have_text("Little Puffin")

    sort.select_option("Price: low to high")
    page.get_by_test_id("in-stock-first").check()
    expect(names).to_have_text(
        [
            "Little Puffin",
            "Dragonfly Sled",
            "Zephyr Delta",
            "Harbour Box Kite",
            "Albatross Stunt",
            "Nimbus Parafoil",
            "Storm Petrel Foil",
        ]
    )
