from playwright.sync_api import expect


def test_munster_without_umlaut(mount):
    page = mount("MapStockSearch.jsx")
    page.get_by_label("Search stock").fill("munster")
    expect(page.get_by_role("status")).to_have_text("2 maps found")
    expect(page.locator(".map-title")).to_have_text(["Europa regina", "Nova Helvetiae tabula"])


def test_year_is_searched(mount):
    page = mount("MapStockSearch.jsx")
    page.get_by_label("Search stock").fill("1570")
    expect(page.get_by_role("status")).to_have_text("1 map found")
    expect(page.locator(".map-title")).to_have_text(["Typus Orbis Terrarum"])


def test_region_with_accent(mount):
    page = mount("MapStockSearch.jsx")
    page.get_by_label("Search stock").fill("quebec")
    expect(page.locator(".map-title")).to_have_text(["Le Canada ou Nouvelle France"])
    expect(page.get_by_role("status")).to_have_text("1 map found")


def test_blaeu_and_hide_sold(mount):
    page = mount("MapStockSearch.jsx")
    page.get_by_label("Search stock").fill("blaeu")
    expect(page.get_by_role("status")).to_have_text("3 maps found")
    expect(page.get_by_role("row").filter(has_text="Islandia")).to_contain_text("Sold")
    page.get_by_label("Hide sold maps").check()
    expect(page.get_by_role("status")).to_have_text("2 maps found")
    expect(page.locator(".map-title")).to_have_text(["Nova Belgica et Anglia Nova", "Nova totius terrarum orbis"])
