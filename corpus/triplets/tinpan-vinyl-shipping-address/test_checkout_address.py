from playwright.sync_api import expect


def test_billing_copies_shipping(mount):
    page = mount("CheckoutAddress.jsx")
    shipping = page.get_by_role("group", name="Shipping address")
    shipping.get_by_label("Name").fill("Rosa Quinn")
    shipping.get_by_label("Address line 1").fill("14 Danube Row")
    shipping.get_by_label("Town or city").fill("Leeds")
    shipping.get_by_label("Postcode / Eircode").fill("ls6 2qt")
    page.get_by_role("button", name="Continue to payment").click()
    expect(page.get_by_role("definition")).to_have_text([
        "Rosa Quinn, 14 Danube Row, Leeds LS6 2QT, United Kingdom",
        "Rosa Quinn, 14 Danube Row, Leeds LS6 2QT, United Kingdom",
    ])


def test_separate_billing_address_must_be_complete(mount):
    page = mount("CheckoutAddress.jsx")
    shipping = page.get_by_role("group", name="Shipping address")
    shipping.get_by_label("Name").fill("Rosa Quinn")
    shipping.get_by_label("Address line 1").fill("14 Danube Row")
    shipping.get_by_label("Town or city").fill("Leeds")
    shipping.get_by_label("Postcode / Eircode").fill("ls6 2qt")
    page.get_by_label("Billing address is the same as shipping").uncheck()
    page.get_by_role("button", name="Continue to payment").click()
    billing = page.get_by_role("group", name="Billing address")
    expect(billing.get_by_text("Enter the first line of the address")).to_be_visible()
    expect(billing.get_by_text("Enter a town or city")).to_be_visible()
    expect(shipping.get_by_text("Enter the first line of the address")).to_have_count(0)
    expect(page.get_by_role("definition")).to_have_count(0)


def test_eircode_is_optional_but_checked(mount):
    page = mount("CheckoutAddress.jsx")
    shipping = page.get_by_role("group", name="Shipping address")
    shipping.get_by_label("Name").fill("Cian Doyle")
    shipping.get_by_label("Address line 1").fill("3 Harbour Lane")
    shipping.get_by_label("Town or city").fill("Dingle")
    shipping.get_by_label("Country").select_option("Ireland")
    page.get_by_role("button", name="Continue to payment").click()
    expect(page.get_by_role("definition").first).to_have_text("Cian Doyle, 3 Harbour Lane, Dingle, Ireland")
    shipping.get_by_label("Postcode / Eircode").fill("D02 X28")
    page.get_by_role("button", name="Continue to payment").click()
    expect(shipping.get_by_text("Eircode looks like D02 X285")).to_be_visible()
