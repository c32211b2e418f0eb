from playwright.sync_api import expect


def test_opening_totals_deposit_after_vat(mount):
    page = mount("CateringInvoice.jsx")
    expect(page.get_by_role("row", name="Service charge (10% of food)")).to_contain_text("£336.00")
    expect(page.get_by_role("row", name="Net total")).to_contain_text("£4,140.00")
    expect(page.get_by_role("row", name="VAT 20%")).to_contain_text("£828.00")
    expect(page.get_by_role("row", name="Invoice total")).to_contain_text("£4,968.00")
    expect(page.get_by_role("row", name="Balance due")).to_contain_text("£4,468.00")


def test_add_canapes_for_80_guests(mount):
    page = mount("CateringInvoice.jsx")
    page.get_by_label("Add item").select_option("Canapé selection (per guest) – £9.50")
    page.get_by_role("button", name="Add", exact=True).click()
    page.get_by_label("Quantity of Canapé selection (per guest)").fill("80")
    expect(page.get_by_role("row").filter(has_text="Canapé selection (per guest)")).to_contain_text("£760.00")
    expect(page.get_by_role("row", name="Service charge (10% of food)")).to_contain_text("£412.00")
    expect(page.get_by_role("row", name="Invoice total")).to_contain_text("£5,971.20")
    expect(page.get_by_role("row", name="Balance due")).to_contain_text("£5,471.20")


def test_service_charge_only_on_food(mount):
    page = mount("CateringInvoice.jsx")
    page.get_by_role("button", name="Remove Waiting staff (per hour)").click()
    expect(page.get_by_role("row", name="Service charge (10% of food)")).to_contain_text("£336.00")
    expect(page.get_by_role("row", name="Net total")).to_contain_text("£3,696.00")
    expect(page.get_by_role("row", name="Invoice total")).to_contain_text("£4,435.20")


def test_same_item_cannot_be_added_twice(mount):
    page = mount("CateringInvoice.jsx")
    page.get_by_label("Add item").select_option("Three-course dinner (per guest) – £42.00")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("Already on the invoice – change the quantity instead")
    expect(page.get_by_role("button", name="Remove")).to_have_count(2)
