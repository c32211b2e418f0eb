import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "room,status,ready",
    [
        ("101", "Clean", "2"),
        ("204", "Inspected", "2"),
        ("102", "Cleaning", "0"),
    ],
)
def test_saving_a_new_status(mount, room, status, ready):
    page = mount("HousekeepingBoard.jsx")
    page.get_by_role("button", name=room, exact=True).click()
    page.get_by_label("Housekeeping status").select_option(status)
    page.get_by_role("button", name="Save status").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("listitem").filter(has_text=room)).to_contain_text(status)
    expect(page.get_by_text("Ready rooms: " + ready)).to_be_visible()


def test_leaving_a_note_for_the_next_shift(mount):
    page = mount("HousekeepingBoard.jsx")
    page.get_by_role("button", name="305", exact=True).click()
    page.get_by_placeholder("Add a note for the next shift").fill("Minibar restock needed")
    page.get_by_role("button", name="Save status").click()
    expect(page.get_by_role("listitem").filter(has_text="305")).to_contain_text("Note: Minibar restock needed")


def test_discard_keeps_the_old_status(mount):
    page = mount("HousekeepingBoard.jsx")
    page.get_by_role("button", name="101", exact=True).click()
    page.get_by_label("Housekeeping status").select_option("Inspected")
    page.get_by_role("button", name="Discard").click()
    expect(page.get_by_role("listitem").filter(has_text="101")).to_contain_text("Dirty")
    expect(page.get_by_text("Ready rooms: 1")).to_be_visible()
