from playwright.sync_api import expect


def test_front_row_table_for_two(mount):
    page = mount("TablePicker.jsx")
    page.get_by_role("button", name="3", exact=True).click()
    expect(page.locator(".choice")).to_have_text("Table 3 (Front row) for 2: HK$760")
    expect(page.locator(".service")).to_have_text("HK$76")
    expect(page.locator(".total")).to_have_text("HK$836")


def test_bigger_party_drops_small_table(mount):
    page = mount("TablePicker.jsx")
    page.get_by_role("button", name="3", exact=True).click()
    page.get_by_label("Party size").select_option("4 guests")
    expect(page.get_by_text("Table 3 is too small for 4 guests – pick another table")).to_be_visible()
    expect(page.get_by_role("button", name="1", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="4", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="5", exact=True)).to_be_enabled()
    page.get_by_role("button", name="10", exact=True).click()
    expect(page.locator(".choice")).to_have_text("Table 10 for 4: HK$1,120")
    expect(page.locator(".total")).to_have_text("HK$1,232")


def test_sold_table_and_deselect(mount):
    page = mount("TablePicker.jsx")
    expect(page.get_by_role("button", name="7", exact=True)).to_be_disabled()
    page.get_by_role("button", name="9", exact=True).click()
    page.get_by_role("button", name="9", exact=True).click()
    expect(page.get_by_text("Pick a table on the floor plan")).to_be_visible()
