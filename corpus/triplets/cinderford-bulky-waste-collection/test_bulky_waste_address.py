from playwright.sync_api import expect


def test_postcode_lookup_ignores_case_and_spaces(mount):
    page = mount("BulkyWasteAddress.jsx")
    page.get_by_label("Postcode").fill("cf14   2ab")
    page.get_by_role("button", name="Find address").click()
    expect(page.get_by_label("Choose your address")).to_contain_text("4 addresses found")
    page.get_by_label("Choose your address").select_option("3 Orchard Row")
    page.get_by_role("button", name="Confirm collection").click()
    expect(page.get_by_text("Collection booked for 3 Orchard Row, CF14 2AB on Tuesday 8 July")).to_be_visible()


def test_unknown_postcode_is_entered_manually(mount):
    page = mount("BulkyWasteAddress.jsx")
    page.get_by_label("Postcode").fill("CF14 9ZZ")
    page.get_by_role("button", name="Find address").click()
    expect(page.get_by_text("We couldn't find addresses for CF14 9ZZ. Enter it manually.")).to_be_visible()
    page.get_by_label("Building and street").fill("Larkspur Cottage, Ridge Road")
    page.get_by_role("button", name="Confirm collection").click()
    expect(
        page.get_by_text("Collection booked for Larkspur Cottage, Ridge Road, CF14 9ZZ on Tuesday 8 July")
    ).to_be_visible()


def test_back_lane_needs_access_notes(mount):
    page = mount("BulkyWasteAddress.jsx")
    page.get_by_label("Postcode").fill("CF10 4GH")
    page.get_by_role("button", name="Find address").click()
    page.get_by_label("Choose your address").select_option("14 Tanner Street")
    page.get_by_label("Back lane").check()
    page.get_by_role("button", name="Confirm collection").click()
    expect(page.get_by_text("Describe how the crew can reach the back lane")).to_be_visible()
    page.get_by_label("Access notes for the crew").fill("Gate next to the garages, code 4471")
    page.get_by_role("button", name="Confirm collection").click()
    expect(page.get_by_text("Collection booked for 14 Tanner Street, CF10 4GH on Thursday 10 July")).to_be_visible()
