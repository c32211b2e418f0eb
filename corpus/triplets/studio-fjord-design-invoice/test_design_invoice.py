from playwright.sync_api import expect


def test_prefilled_totals(mount):
    page = mount("DesignInvoice.jsx")
    expect(page.locator(".subtotal")).to_have_text("13.900,00 kr.")
    expect(page.locator(".moms")).to_have_text("3.475,00 kr.")
    expect(page.locator(".total")).to_have_text("17.375,00 kr.")


def test_add_line_with_decimal_comma_price(mount):
    page = mount("DesignInvoice.jsx")
    page.get_by_role("button", name="Add line").click()
    page.get_by_label("Description line 3").fill("Business cards print files")
    page.get_by_label("Quantity line 3").fill("2")
    page.get_by_label("Unit price line 3").fill("375,50")
    expect(page.locator(".amount").nth(2)).to_have_text("751,00 kr.")
    expect(page.locator(".subtotal")).to_have_text("14.651,00 kr.")
    expect(page.locator(".total")).to_have_text("18.313,75 kr.")


def test_quantity_with_decimal_comma_and_remove_line(mount):
    page = mount("DesignInvoice.jsx")
    page.get_by_role("button", name="Add line").click()
    page.get_by_label("Description line 3").fill("Business cards print files")
    page.get_by_label("Quantity line 3").fill("2")
    page.get_by_label("Unit price line 3").fill("375,50")
    page.get_by_label("Quantity line 2").fill("12,5")
    expect(page.locator(".amount").nth(1)).to_have_text("5.625,00 kr.")
    expect(page.locator(".subtotal")).to_have_text("14.876,00 kr.")
    page.get_by_role("button", name="Remove line 1").click()
    expect(page.get_by_label("Description line 1")).to_have_value("Brand guidelines (pages)")
    expect(page.locator(".subtotal")).to_have_text("6.376,00 kr.")
    expect(page.locator(".moms")).to_have_text("1.594,00 kr.")
    expect(page.locator(".total")).to_have_text("7.970,00 kr.")


def test_invoice_without_lines(mount):
    page = mount("DesignInvoice.jsx")
    page.get_by_role("button", name="Remove line 2").click()
    page.get_by_role("button", name="Remove line 1").click()
    expect(page.get_by_text("An invoice needs at least one line.")).to_be_visible()
    expect(page.locator(".total")).to_have_text("0,00 kr.")
