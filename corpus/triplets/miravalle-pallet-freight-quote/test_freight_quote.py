from playwright.sync_api import expect


def test_default_route_rate(mount):
    page = mount("FreightQuote.jsx")
    page.get_by_role("button", name="Get rate").click()
    expect(page.locator("#km")).to_have_text("355 km")
    expect(page.locator("#freight")).to_have_text("145,20 €")
    expect(page.locator("#fuel")).to_have_text("18,15 €")
    expect(page.locator("#net")).to_have_text("163,35 €")
    expect(page.locator("#iva")).to_have_text("34,30 €")
    expect(page.locator("#total")).to_have_text("197,65 €")


def test_heavy_surcharge_only_above_800_kg(mount):
    page = mount("FreightQuote.jsx")
    page.get_by_label("Weight per pallet (kg)").fill("800")
    page.get_by_role("button", name="Get rate").click()
    expect(page.locator("#total")).to_have_text("197,65 €")
    page.get_by_label("Weight per pallet (kg)").fill("801")
    page.get_by_role("button", name="Get rate").click()
    expect(page.locator("#freight")).to_have_text("181,50 €")
    expect(page.locator("#fuel")).to_have_text("22,69 €")
    expect(page.locator("#total")).to_have_text("247,07 €")


def test_tail_lift_has_no_fuel_surcharge(mount):
    page = mount("FreightQuote.jsx")
    page.get_by_label("Tail-lift delivery (+35,00 €)").check()
    page.get_by_role("button", name="Get rate").click()
    expect(page.locator("#fuel")).to_have_text("18,15 €")
    expect(page.locator("#net")).to_have_text("198,35 €")
    expect(page.locator("#total")).to_have_text("240,00 €")


def test_reverse_route_and_same_city(mount):
    page = mount("FreightQuote.jsx")
    page.get_by_label("Origin").select_option("Valencia")
    page.get_by_label("Destination").select_option("Madrid")
    page.get_by_role("button", name="Get rate").click()
    expect(page.locator("#km")).to_have_text("355 km")
    expect(page.locator("#total")).to_have_text("197,65 €")
    page.get_by_label("Origin").select_option("Bilbao")
    page.get_by_label("Destination").select_option("Bilbao")
    page.get_by_role("button", name="Get rate").click()
    expect(page.get_by_text("Origin and destination must differ")).to_be_visible()
    expect(page.locator(".rate")).to_have_count(0)
