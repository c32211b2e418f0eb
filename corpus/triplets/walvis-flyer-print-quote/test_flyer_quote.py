from playwright.sync_api import expect


def test_volume_discount_at_exactly_500(mount):
    page = mount("FlyerQuote.jsx")
    expect(page.get_by_text("Kies uw opties en klik op Prijs berekenen.")).to_be_visible()
    page.get_by_label("Oplage").select_option("500 stuks (−15%)")
    page.get_by_role("button", name="Prijs berekenen").click()
    expect(page.get_by_role("heading", name="Offerte: 500 flyers A5")).to_be_visible()
    expect(page.locator(".net")).to_have_text("€ 51,00")
    expect(page.locator(".vat")).to_have_text("€ 10,71")
    expect(page.locator(".total")).to_have_text("€ 61,71")


def test_double_sided_and_rush_fee(mount):
    page = mount("FlyerQuote.jsx")
    page.get_by_label("Oplage").select_option("500 stuks (−15%)")
    page.get_by_label("Dubbelzijdig bedrukt").check()
    page.get_by_role("button", name="Prijs berekenen").click()
    expect(page.locator(".print")).to_have_text("€ 71,40")
    expect(page.locator(".total")).to_have_text("€ 86,39")
    page.get_by_label("Spoedlevering (+ € 15,00)").check()
    page.get_by_role("button", name="Prijs berekenen").click()
    expect(page.locator(".net")).to_have_text("€ 86,40")
    expect(page.locator(".vat")).to_have_text("€ 18,14")
    expect(page.locator(".total")).to_have_text("€ 104,54")


def test_a4_thousand_on_heavy_paper(mount):
    page = mount("FlyerQuote.jsx")
    page.get_by_label("Formaat").select_option("A4")
    page.get_by_label("Oplage").select_option("1000 stuks (−25%)")
    page.get_by_label("250 g/m² silk").check()
    page.get_by_role("button", name="Prijs berekenen").click()
    expect(page.locator(".print")).to_have_text("€ 195,00")
    expect(page.locator(".total")).to_have_text("€ 235,95")
