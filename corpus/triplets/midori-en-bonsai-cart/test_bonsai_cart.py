from playwright.sync_api import expect


def test_tax_rounded_down_on_single_item(mount):
    page = mount("BonsaiCart.jsx")
    expect(page.get_by_text("Nothing in your cart.")).to_be_visible()
    page.get_by_role("article").filter(has_text="Kanuma soil 14L").get_by_role("button", name="Add to cart").click()
    expect(page.get_by_role("article").filter(has_text="Kanuma soil 14L").get_by_role("button")).to_have_text("In cart")
    expect(page.locator(".subtotal output")).to_have_text("¥1,265")
    expect(page.locator(".tax output")).to_have_text("¥126")
    expect(page.locator(".shipping output")).to_have_text("¥800")
    expect(page.locator(".total output")).to_have_text("¥2,191")


def test_free_shipping_uses_subtotal_before_tax(mount):
    page = mount("BonsaiCart.jsx")
    page.get_by_role("article").filter(has_text="Kanuma soil 14L").get_by_role("button", name="Add to cart").click()
    page.get_by_role("article").filter(has_text="Juniper starter bonsai").get_by_role("button", name="Add to cart").click()
    page.get_by_label("Quantity of Juniper starter bonsai").select_option("2")
    expect(page.get_by_role("row").filter(has_text="Juniper starter bonsai")).to_contain_text("¥7,960")
    expect(page.locator(".subtotal output")).to_have_text("¥9,225")
    expect(page.locator(".tax output")).to_have_text("¥922")
    expect(page.locator(".shipping output")).to_have_text("¥800")
    expect(page.locator(".total output")).to_have_text("¥10,947")
    expect(page.get_by_text("Add ¥775 more for free shipping.")).to_be_visible()


def test_free_shipping_and_remove_line(mount):
    page = mount("BonsaiCart.jsx")
    page.get_by_role("article").filter(has_text="Kanuma soil 14L").get_by_role("button", name="Add to cart").click()
    page.get_by_role("article").filter(has_text="Juniper starter bonsai").get_by_role("button", name="Add to cart").click()
    page.get_by_label("Quantity of Juniper starter bonsai").select_option("2")
    page.get_by_role("article").filter(has_text="Bonsai shears (Okatsune)").get_by_role("button", name="Add to cart").click()
    expect(page.locator(".subtotal output")).to_have_text("¥14,175")
    expect(page.locator(".tax output")).to_have_text("¥1,417")
    expect(page.locator(".shipping output")).to_have_text("¥0")
    expect(page.locator(".total output")).to_have_text("¥15,592")
    expect(page.locator(".hint")).to_have_count(0)
    page.get_by_role("row").filter(has_text="Kanuma soil 14L").get_by_role("button", name="Remove").click()
    expect(page.locator(".subtotal output")).to_have_text("¥12,910")
    expect(page.locator(".total output")).to_have_text("¥14,201")
