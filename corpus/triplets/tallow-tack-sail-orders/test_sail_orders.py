import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "column,first,last",
    [
        ("Area", "Cormorant", "Sea Wren"),
        ("Due", "Aurora", "Sea Wren"),
        ("Sail", "Fulmar", "Cormorant"),
    ],
)
def test_click_a_header_once(mount, column, first, last):
    page = mount("SailOrders.jsx")
    page.get_by_role("columnheader", name=column).click()
    expect(page.locator(".boat").first).to_have_text(first)
    expect(page.locator(".boat").last).to_have_text(last)


def test_enter_sorts_and_second_enter_reverses(mount):
    page = mount("SailOrders.jsx")
    area = page.get_by_role("columnheader", name="Area")
    area.focus()
    area.press("Enter")
    expect(page.locator(".boat").first).to_have_text("Cormorant")
    expect(area).to_have_attribute("aria-sort", "ascending")
    area.press("Enter")
    expect(page.locator(".boat").first).to_have_text("Sea Wren")
    expect(area).to_have_attribute("aria-sort", "descending")


def test_tab_moves_to_the_next_sortable_header(mount):
    page = mount("SailOrders.jsx")
    page.get_by_role("columnheader", name="Area").focus()
    page.keyboard.press("Tab")
    due = page.get_by_role("columnheader", name="Due")
    expect(due).to_be_focused()
    page.keyboard.press("Space")
    expect(page.locator(".boat").first).to_have_text("Aurora")
