from playwright.sync_api import expect


def test_start_totals(mount):
    page = mount("TeaCart.jsx")
    expect(page.get_by_role("row", name="Subtotal")).to_contain_text("387,00 kr")
    expect(page.locator(".grand td")).to_have_text("387,00 kr")
    expect(page.get_by_role("row", name="Gift wrap")).to_have_count(0)


def test_gift_wrap_once_per_line(mount):
    page = mount("TeaCart.jsx")
    page.get_by_role("listitem").filter(has_text="Rooibos Vanilj 120 g").get_by_role("checkbox").check()
    expect(page.get_by_role("row", name="Gift wrap")).to_contain_text("29,00 kr")
    expect(page.locator(".grand td")).to_have_text("416,00 kr")


def test_subscription_discount_only_on_tea(mount):
    page = mount("TeaCart.jsx")
    page.get_by_role("listitem").filter(has_text="Rooibos Vanilj 120 g").get_by_role("checkbox").check()
    page.get_by_label("Subscribe monthly (save 15%)").check()
    expect(page.get_by_role("row", name="Subscriber discount")).to_contain_text("-58,05 kr")
    expect(page.locator(".grand td")).to_have_text("357,95 kr")


def test_steppers_remove_and_add(mount):
    page = mount("TeaCart.jsx")
    page.get_by_role("button", name="Fewer Sencha Morning 100 g").click()
    expect(page.get_by_text("Sencha Morning 100 g")).to_have_count(0)
    expect(page.get_by_role("row", name="Subtotal")).to_contain_text("238,00 kr")
    page.get_by_role("button", name="More Rooibos Vanilj 120 g").click()
    expect(page.locator(".count")).to_have_text("3")
    expect(page.get_by_role("row", name="Subtotal")).to_contain_text("357,00 kr")
