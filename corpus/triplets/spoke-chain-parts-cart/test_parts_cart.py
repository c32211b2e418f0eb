from playwright.sync_api import expect


def test_open_cart_shows_gst_share(mount):
    page = mount("PartsCart.jsx")
    expect(page.locator(".subtotal")).to_have_text("$257.45")
    expect(page.locator(".shipping")).to_have_text("enter postcode")
    expect(page.get_by_text("Includes GST of $23.40")).to_be_visible()


def test_metro_postcode_shipping(mount):
    page = mount("PartsCart.jsx")
    page.get_by_placeholder("Postcode").fill("3056")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Delivering to 3056 (metro)")).to_be_visible()
    expect(page.locator(".shipping")).to_have_text("$9.95")
    expect(page.locator(".total")).to_have_text("$267.40")
    expect(page.get_by_text("Includes GST of $24.31")).to_be_visible()


def test_save_for_later_and_move_back(mount):
    page = mount("PartsCart.jsx")
    page.get_by_placeholder("Postcode").fill("3056")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_role("row").filter(has_text="Continental GP5000").get_by_role("button", name="Save for later").click()
    expect(page.get_by_role("heading", name="Saved for later (1)")).to_be_visible()
    expect(page.locator(".subtotal")).to_have_text("$79.45")
    expect(page.locator(".total")).to_have_text("$89.40")
    page.get_by_role("button", name="Move to cart").click()
    expect(page.locator(".saved")).to_have_count(0)
    expect(page.locator(".subtotal")).to_have_text("$257.45")


def test_metro_edge_and_regional_postcode(mount):
    page = mount("PartsCart.jsx")
    page.get_by_placeholder("Postcode").fill("3207")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Delivering to 3207 (metro)")).to_be_visible()
    expect(page.locator(".shipping")).to_have_text("$9.95")
    page.get_by_placeholder("Postcode").fill("3450")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Delivering to 3450 (regional)")).to_be_visible()
    expect(page.locator(".shipping")).to_have_text("$14.95")
    expect(page.locator(".total")).to_have_text("$272.40")
