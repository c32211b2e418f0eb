from playwright.sync_api import expect


def test_empty_page_asks_for_weight(mount):
    page = mount("GroomingPrice.jsx")
    expect(page.get_by_text("Enter your dog's weight to see a price.")).to_be_visible()


def test_ten_kg_is_medium_with_curly_coat(mount):
    page = mount("GroomingPrice.jsx")
    page.get_by_placeholder("Dog's name").fill("Bella")
    page.get_by_placeholder("Weight (kg)").fill("10")
    page.get_by_label("Curly / poodle coat (+$15.00)").check()
    page.get_by_label("Nail trim").check()
    expect(page.locator(".headline")).to_have_text("Bella (medium) – full groom")
    expect(page.locator(".subtotal")).to_have_text("$100.00")
    expect(page.locator(".hst")).to_have_text("$13.00")
    expect(page.locator(".total")).to_have_text("$113.00")


def test_just_under_ten_kg_is_small(mount):
    page = mount("GroomingPrice.jsx")
    page.get_by_placeholder("Weight (kg)").fill("9.9")
    expect(page.locator(".headline")).to_have_text("Your dog (small) – full groom")
    expect(page.locator(".subtotal")).to_have_text("$55.00")


def test_large_double_coat_matted(mount):
    page = mount("GroomingPrice.jsx")
    page.get_by_placeholder("Dog's name").fill("Max")
    page.get_by_placeholder("Weight (kg)").fill("32")
    page.get_by_label("Double coat").check()
    page.get_by_label("De-shedding treatment").check()
    page.get_by_label("Coat is matted").check()
    expect(page.locator(".headline")).to_have_text("Max (large) – full groom")
    expect(page.locator(".subtotal")).to_have_text("$135.00")
    expect(page.locator(".hst")).to_have_text("$17.55")
    expect(page.locator(".total")).to_have_text("$152.55")
