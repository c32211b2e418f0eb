from playwright.sync_api import expect


def test_popcorn2_second_popcorn_free(mount):
    page = mount("SnackPromo.jsx")
    expect(page.locator(".subtotal")).to_have_text("£27.15")
    page.get_by_label("Promo code").fill("POPCORN2")
    page.get_by_role("button", name="Apply", exact=True).click()
    expect(page.get_by_text("POPCORN2 – Second large popcorn free")).to_be_visible()
    expect(page.locator(".discount")).to_have_text("-£6.50")
    expect(page.locator(".to-pay")).to_have_text("£20.65")


def test_student_code_lower_case_food_only(mount):
    page = mount("SnackPromo.jsx")
    page.get_by_label("Promo code").fill("POPCORN2")
    page.get_by_role("button", name="Apply", exact=True).click()
    page.get_by_role("button", name="Remove code").click()
    page.get_by_label("Promo code").fill("  student15 ")
    page.get_by_role("button", name="Apply", exact=True).click()
    expect(page.get_by_text("STUDENT15 – Student 15% off food")).to_be_visible()
    expect(page.locator(".discount")).to_have_text("-£2.81")
    expect(page.locator(".to-pay")).to_have_text("£24.34")


def test_expired_and_unknown_codes(mount):
    page = mount("SnackPromo.jsx")
    page.get_by_label("Promo code").fill("student15")
    page.get_by_role("button", name="Apply", exact=True).click()
    page.get_by_label("Promo code").fill("SUMMER24")
    page.get_by_role("button", name="Apply", exact=True).click()
    expect(page.get_by_text("This code expired on 2024-08-31")).to_be_visible()
    expect(page.locator(".discount")).to_have_text("-£2.81")
    page.get_by_label("Promo code").fill("FREEFILM")
    page.get_by_role("button", name="Apply", exact=True).click()
    expect(page.get_by_text("We don't recognise that code")).to_be_visible()


def test_gift_card_only_at_kiosk(mount):
    page = mount("SnackPromo.jsx")
    page.get_by_placeholder("Gift card number").fill("6033 1200 4411")
    page.get_by_role("button", name="Apply gift card").click()
    expect(page.get_by_text("Gift cards can only be used at the kiosk")).to_be_visible()
    expect(page.locator(".to-pay")).to_have_text("£27.15")
