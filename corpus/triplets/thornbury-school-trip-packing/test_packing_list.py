import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "item,qty,row,counter",
    [
        ("Torch", "1", "Torch ×1", "Packed 2 / 6"),
        ("socks", "2", "Socks ×7", "Packed 1 / 5"),
        ("Sun cream", "3", "Sun cream ×3", "Packed 2 / 6"),
    ],
)
def test_adding_an_item_or_more_of_one(mount, item, qty, row, counter):
    page = mount("PackingList.jsx")
    page.get_by_placeholder("Item").fill(item)
    page.get_by_label("Quantity").fill(qty)
    page.get_by_role("button", name="Add to list").click()
    expect(page.locator(".item").filter(has_text=row)).to_have_count(1)
    expect(page.locator(".packed-count")).to_have_text(counter)


def test_quantity_zero_is_refused(mount):
    page = mount("PackingList.jsx")
    page.get_by_placeholder("Item").fill("Wellies")
    page.get_by_label("Quantity").fill("0")
    page.get_by_role("button", name="Add to list").click()
    expect(page.get_by_text("Quantity must be at least 1")).to_be_visible()
    expect(page.locator(".packed-count")).to_have_text("Packed 2 / 5")


def test_ticking_the_box_beside_toothbrush(mount):
    page = mount("PackingList.jsx")
    page.locator(".item").filter(has_text="Toothbrush ×1").get_by_role("checkbox").check()
    expect(page.locator(".packed-count")).to_have_text("Packed 3 / 5")
