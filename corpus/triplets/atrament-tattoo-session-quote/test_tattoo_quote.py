from playwright.sync_api import expect


def test_default_estimate(mount):
    page = mount("TattooQuote.jsx")
    expect(page.locator(".hours-value")).to_have_text("3 h")
    expect(page.locator(".price")).to_have_text("1 200,00 zł")
    expect(page.locator(".deposit")).to_have_text("360,00 zł")


def test_ribs_deposit_rounded_up(mount):
    page = mount("TattooQuote.jsx")
    page.get_by_label("Ribs / sternum (+20%)").check()
    expect(page.locator(".price")).to_have_text("1 440,00 zł")
    expect(page.locator(".deposit")).to_have_text("440,00 zł")


def test_colour_realism_on_hand_half_hour_less(mount):
    page = mount("TattooQuote.jsx")
    page.get_by_label("Style").select_option("Colour realism – 480 zł/h")
    page.get_by_label("Hand / neck (+15%)").check()
    page.get_by_role("button", name="Less time").click()
    expect(page.locator(".hours-value")).to_have_text("2,5 h")
    expect(page.locator(".price")).to_have_text("1 380,00 zł")
    expect(page.locator(".deposit")).to_have_text("420,00 zł")


def test_time_stops_at_one_hour(mount):
    page = mount("TattooQuote.jsx")
    less = page.get_by_role("button", name="Less time")
    less.click()
    less.click()
    less.click()
    less.click()
    expect(page.locator(".hours-value")).to_have_text("1 h")
    expect(less).to_be_disabled()
    expect(page.locator(".price")).to_have_text("400,00 zł")
    expect(page.locator(".deposit")).to_have_text("120,00 zł")
