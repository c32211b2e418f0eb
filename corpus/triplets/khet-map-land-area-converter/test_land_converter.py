from playwright.sync_api import expect


def test_one_acre_in_rajasthan(mount):
    page = mount("LandConverter.jsx")
    expect(page.locator(".result-hectare")).to_have_text("0.4047 hectare")
    expect(page.locator(".result-guntha")).to_have_text("40.00 guntha")
    expect(page.locator(".result-sqm")).to_have_text("4,047 m²")
    expect(page.locator(".result-bigha")).to_have_text("1.60 bigha (Rajasthan)")
    expect(page.get_by_text("1 bigha in Rajasthan = 27,225 sq ft")).to_be_visible()


def test_bigha_depends_on_the_state(mount):
    page = mount("LandConverter.jsx")
    page.get_by_label("State (for bigha)").select_option("Gujarat")
    expect(page.locator(".result-hectare")).to_have_text("0.4047 hectare")
    expect(page.locator(".result-bigha")).to_have_text("2.50 bigha (Gujarat)")
    expect(page.get_by_text("1 bigha in Gujarat = 17,424 sq ft")).to_be_visible()


def test_hectares_and_guntha(mount):
    page = mount("LandConverter.jsx")
    page.get_by_label("Area").fill("2.5")
    page.get_by_label("Unit").select_option("hectare")
    expect(page.locator(".result-acre")).to_have_text("6.1776 acre")
    expect(page.locator(".result-guntha")).to_have_text("247.11 guntha")
    expect(page.locator(".result-sqm")).to_have_text("25,000 m²")
    page.get_by_label("Area").fill("10")
    page.get_by_label("Unit").select_option("guntha")
    expect(page.locator(".result-acre")).to_have_text("0.2500 acre")


def test_zero_area_not_allowed(mount):
    page = mount("LandConverter.jsx")
    page.get_by_label("Area").fill("0")
    expect(page.get_by_text("Enter an area greater than 0")).to_be_visible()
    expect(page.locator(".results")).to_have_count(0)
