from playwright.sync_api import expect


def test_remove_eucalyptus_after_confirming(mount):
    page = mount("FloristBasket.jsx")
    page.get_by_role("listitem").filter(has_text="Eucalyptus stems").get_by_role("button", name="Remove").click()
    dialog = page.get_by_role("dialog", name="Remove Eucalyptus stems?")
    expect(dialog).to_contain_text("1 x £6.50 will be taken out of your basket.")
    page.get_by_role("button", name="Yes, remove").click()
    expect(page.get_by_text("Eucalyptus stems")).to_have_count(0)
    expect(page.get_by_text("Subtotal £51.00")).to_be_visible()


def test_keep_the_peonies(mount):
    page = mount("FloristBasket.jsx")
    page.get_by_role("listitem").filter(has_text="Peony bundle").get_by_role("button", name="Remove").click()
    page.get_by_role("button", name="No, keep it").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_text("Peony bundle")).to_be_visible()
    expect(page.get_by_text("Subtotal £57.50")).to_be_visible()


def test_empty_basket_no_keeps_items(mount):
    page = mount("FloristBasket.jsx")
    page.get_by_role("button", name="Empty basket").click()
    expect(page.get_by_role("dialog", name="Empty your basket?")).to_be_visible()
    page.get_by_role("button", name="No, keep items").click()
    expect(page.get_by_role("listitem")).to_have_count(3)
    expect(page.get_by_text("Subtotal £57.50")).to_be_visible()


def test_empty_basket_yes_empties_it(mount):
    page = mount("FloristBasket.jsx")
    page.get_by_role("button", name="Empty basket").click()
    page.get_by_role("button", name="Yes, empty").click()
    expect(page.get_by_text("Your basket is empty.")).to_be_visible()
    expect(page.get_by_role("button", name="Checkout")).to_be_disabled()
