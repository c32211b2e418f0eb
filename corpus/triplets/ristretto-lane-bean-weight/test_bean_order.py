import pytest
from playwright.sync_api import expect


def test_the_smallest_bag(mount):
    page = mount("BeanOrder.jsx")
    expect(page.locator(".grams")).to_have_text("250 g")
    expect(page.get_by_role("button", name="Less coffee")).to_be_disabled()
    expect(page.locator(".price")).to_have_text("Price: $16.50")


@pytest.mark.parametrize(
    "origin,price",
    [("Huila, Colombia", "$59.40"), ("Guji, Ethiopia", "$68.40"), ("Decaf Swiss Water", "$54.00")],
)
def test_bulk_price_at_exactly_1_kg(mount, origin, price):
    page = mount("BeanOrder.jsx")
    page.get_by_label(origin).check()
    more = page.get_by_role("button", name="More coffee")
    more.click()
    more.click()
    more.click()
    expect(page.locator(".grams")).to_have_text("1 kg")
    expect(page.get_by_text("Bulk price: 10% off from 1 kg")).to_be_visible()
    expect(page.locator(".price")).to_have_text("Price: " + price)


def test_quarter_kilo_steps_above_one_kilo(mount):
    page = mount("BeanOrder.jsx")
    more = page.get_by_role("button", name="More coffee")
    more.click()
    more.click()
    more.click()
    more.click()
    expect(page.locator(".grams")).to_have_text("1.25 kg")
    expect(page.locator(".price")).to_have_text("Price: $74.25")


def test_add_to_bag_with_grind(mount):
    page = mount("BeanOrder.jsx")
    page.get_by_role("button", name="More coffee").click()
    page.get_by_label("Grind").select_option("Espresso (fine)")
    page.get_by_role("button", name="Add to bag").click()
    expect(page.get_by_role("status")).to_have_text("Added 500 g Huila, Colombia (Espresso (fine)) – $33.00")
