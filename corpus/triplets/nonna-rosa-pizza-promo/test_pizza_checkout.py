from playwright.sync_api import expect


def test_bill_without_code(mount):
    page = mount("PizzaCheckout.jsx")
    expect(page.locator(".food")).to_have_text("$36.65")
    expect(page.locator(".delivery")).to_have_text("$4.99")
    expect(page.locator(".tax")).to_have_text("$2.93")
    expect(page.locator(".total")).to_have_text("$44.57")


def test_free_delivery_with_enter(mount):
    page = mount("PizzaCheckout.jsx")
    page.get_by_placeholder("Promo code").fill("freedelivery")
    page.get_by_placeholder("Promo code").press("Enter")
    expect(page.get_by_text("FREEDELIVERY: Free delivery")).to_be_visible()
    expect(page.locator(".delivery")).to_have_text("FREE")
    expect(page.locator(".total")).to_have_text("$39.58")
    expect(page.get_by_placeholder("Promo code")).to_have_value("")


def test_two_large_discount_taxed_after_discount(mount):
    page = mount("PizzaCheckout.jsx")
    page.get_by_placeholder("Promo code").fill("2LARGE")
    page.get_by_placeholder("Promo code").press("Enter")
    expect(page.locator(".off")).to_have_text("-$8.00")
    expect(page.locator(".tax")).to_have_text("$2.29")
    expect(page.locator(".total")).to_have_text("$35.93")
    page.get_by_role("button", name="Remove code 2LARGE").click()
    expect(page.locator(".total")).to_have_text("$44.57")


def test_lunch_code_outside_lunch_hours(mount):
    page = mount("PizzaCheckout.jsx")
    page.get_by_placeholder("Promo code").fill("LUNCH")
    page.get_by_placeholder("Promo code").press("Enter")
    expect(page.get_by_text("LUNCH is valid 11:00–14:00 only")).to_be_visible()
    expect(page.locator(".off")).to_have_count(0)


def test_escape_clears_field_and_error(mount):
    page = mount("PizzaCheckout.jsx")
    page.get_by_placeholder("Promo code").fill("LUNCH")
    page.get_by_placeholder("Promo code").press("Enter")
    page.get_by_placeholder("Promo code").press("Escape")
    expect(page.get_by_placeholder("Promo code")).to_have_value("")
    expect(page.get_by_text("LUNCH is valid 11:00–14:00 only")).to_be_hidden()
