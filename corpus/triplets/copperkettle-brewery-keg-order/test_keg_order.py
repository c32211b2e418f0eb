import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "kegs,message",
    [
        ("0", "Order at least 1 keg"),
        ("13", "Max 12 kegs per delivery - call the brewery for more"),
        ("2.5", "Kegs come whole, enter a whole number"),
    ],
)
def test_wrong_number_of_kegs(mount, kegs, message):
    page = mount("KegOrder.jsx")
    page.get_by_label("Venue").fill("The Tapped Fox")
    page.get_by_label("Premises licence no.").fill("PL-004512")
    page.get_by_label("Kegs", exact=True).fill(kegs)
    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_test_id("quantity-error")).to_have_text(message)
    expect(page.get_by_test_id("confirmation")).to_have_count(0)


def test_licence_number_with_five_digits(mount):
    page = mount("KegOrder.jsx")
    page.get_by_label("Venue").fill("The Tapped Fox")
    page.get_by_label("Premises licence no.").fill("PL-12345")
    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_test_id("licence-error")).to_have_text("Licence number looks like PL-004512")


def test_order_with_empties_collected(mount):
    page = mount("KegOrder.jsx")
    page.get_by_label("Venue").fill("The Tapped Fox")
    page.get_by_label("Premises licence no.").fill("PL-004512")
    page.get_by_label("Kegs", exact=True).fill("3")
    page.get_by_label("Empty kegs to collect").fill("1")
    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_test_id("confirmation")).to_have_text(
        "Order placed: 3 x Copper Ale 50 L for The Tapped Fox - £354.00 + £60.00 keg deposit"
    )
