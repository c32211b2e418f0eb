from playwright.sync_api import expect


def test_publish_disabled_with_nothing_changed(mount):
    page = mount("MenuPrices.jsx")
    expect(page.get_by_text("0 unpublished")).to_be_visible()
    expect(page.get_by_role("button", name="Save all & publish")).to_be_disabled()


def test_edit_flat_white_twice_counts_once(mount):
    page = mount("MenuPrices.jsx")
    page.get_by_role("button", name="Edit Flat white").click()
    page.get_by_label("Price for Flat white").fill("3.6")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("£3.60")).to_be_visible()
    expect(page.get_by_text("was £3.40")).to_be_visible()
    expect(page.get_by_text("1 unpublished")).to_be_visible()
    page.get_by_role("button", name="Edit Flat white").click()
    page.get_by_label("Price for Flat white").fill("3.75")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("1 unpublished")).to_be_visible()
    expect(page.get_by_text("was £3.40")).to_be_visible()


def test_bad_price_refused_and_cancel(mount):
    page = mount("MenuPrices.jsx")
    page.get_by_role("button", name="Edit Cardamom bun").click()
    page.get_by_label("Price for Cardamom bun").fill("0")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Price must look like 3.40")).to_be_visible()
    page.get_by_label("Price for Cardamom bun").fill("three")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Price must look like 3.40")).to_be_visible()
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_text("£2.95")).to_be_visible()


def test_save_all_and_publish(mount):
    page = mount("MenuPrices.jsx")
    page.get_by_role("button", name="Edit Flat white").click()
    page.get_by_label("Price for Flat white").fill("3.6")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_role("button", name="Edit Cold brew").click()
    page.get_by_label("Price for Cold brew").fill("3.95")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_role("button", name="Save all & publish").click()
    expect(page.get_by_role("status")).to_have_text("Menu v13 published with 2 price changes")
    expect(page.get_by_text("0 unpublished")).to_be_visible()
