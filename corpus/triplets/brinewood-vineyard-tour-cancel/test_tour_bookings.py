import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "code,tour,refund",
    [
        ("BW-1042", "Cellar & Barrel tour", "Refund: €90.00 (100%)"),
        ("BW-1057", "Sunset tasting", "Refund: €80.00 (50%)"),
        ("BW-1063", "Harvest picnic", "Refund: €0.00 (0%)"),
    ],
)
def test_the_dialog_shows_the_refund_before_confirming(mount, code, tour, refund):
    page = mount("TourBookings.jsx")
    page.get_by_role("row").filter(has_text=code).get_by_role("button", name="Cancel", exact=True).click()
    dialog = page.get_by_role("alertdialog", name="Cancel " + tour + "?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(refund)


def test_confirming_cancels_the_booking(mount):
    page = mount("TourBookings.jsx")
    page.get_by_role("row").filter(has_text="BW-1057").get_by_role("button", name="Cancel", exact=True).click()
    page.get_by_role("button", name="Cancel booking").click()
    expect(page.get_by_role("alertdialog")).to_be_hidden()
    expect(page.get_by_role("row").filter(has_text="BW-1057")).to_contain_text("Cancelled")
    expect(page.get_by_text("Booking BW-1057 cancelled - refund €80.00")).to_be_visible()


def test_keeping_the_booking(mount):
    page = mount("TourBookings.jsx")
    page.get_by_role("row").filter(has_text="BW-1042").get_by_role("button", name="Cancel", exact=True).click()
    page.get_by_role("button", name="Keep booking").click()
    expect(page.get_by_role("alertdialog")).to_be_hidden()
    expect(page.get_by_role("row").filter(has_text="BW-1042")).to_contain_text("Confirmed")
