import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("cell,selection", [
    ("Washer 1 at 18:00", "Washer 1 · 18:00 · £4.50"),
    ("Washer 2 at 20:15", "Washer 2 · 20:15 · £4.50"),
    ("Dryer 3 at 18:00", "Dryer 3 · 18:00 · £3.00"),
])
def test_picking_a_free_slot_with_the_mouse(mount, cell, selection):
    page = mount("MachineSlots.jsx")
    page.get_by_role("button", name=cell).click()
    expect(page.locator(".picked")).to_have_text(selection)


def test_taken_slots(mount):
    page = mount("MachineSlots.jsx")
    washer = page.get_by_role("button", name="Washer 2 at 18:00")
    dryer = page.get_by_role("button", name="Dryer 3 at 19:30")
    expect(washer).to_have_text("Taken")
    expect(washer).to_be_disabled()
    expect(dryer).to_have_text("Taken")
    expect(dryer).to_be_disabled()


def test_moving_with_the_arrow_keys(mount):
    page = mount("MachineSlots.jsx")
    page.get_by_role("button", name="Washer 1 at 18:00").click()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("button", name="Washer 1 at 18:45")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator(".picked")).to_have_text("Washer 2 · 18:45 · £4.50")


def test_enter_on_a_taken_slot_does_nothing(mount):
    page = mount("MachineSlots.jsx")
    page.get_by_role("button", name="Dryer 3 at 18:00").click()
    expect(page.locator(".picked")).to_have_text("Dryer 3 · 18:00 · £3.00")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    expect(page.locator(".picked")).to_have_text("Dryer 3 · 18:00 · £3.00")
