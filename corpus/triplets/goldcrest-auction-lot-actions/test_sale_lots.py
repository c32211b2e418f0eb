from playwright.sync_api import expect


def test_withdraw_lot_14(mount):
    page = mount("SaleLots.jsx")
    page.get_by_role("button", name="More actions for Lot 14").click()
    page.get_by_role("menuitem", name="Withdraw lot").click()
    expect(page.get_by_role("menu")).to_have_count(0)
    expect(page.get_by_role("row").filter(has_text="Victorian mahogany writing slope")).to_contain_text("Withdrawn")
    expect(page.get_by_text("Lot 14 withdrawn")).to_be_visible()


def test_sold_lot_cannot_be_withdrawn(mount):
    page = mount("SaleLots.jsx")
    page.get_by_role("button", name="More actions for Lot 9").click()
    expect(page.get_by_role("menuitem", name="Mark as sold")).to_have_attribute("aria-disabled", "true")
    expect(page.get_by_role("menuitem", name="Withdraw lot")).to_have_attribute("aria-disabled", "true")
    expect(page.get_by_role("menuitem", name="Duplicate lot")).to_have_attribute("aria-disabled", "false")
    page.get_by_role("menuitem", name="Withdraw lot").click(force=True)
    expect(page.get_by_role("row").filter(has_text="Pair of Staffordshire spaniels")).to_contain_text("Sold")
    expect(page.get_by_text("Lot 9 withdrawn")).to_have_count(0)


def test_duplicate_lot_14(mount):
    page = mount("SaleLots.jsx")
    page.get_by_role("button", name="More actions for Lot 14").click()
    page.get_by_role("menuitem", name="Duplicate lot").click()
    row = page.get_by_role("row").filter(has_text="Victorian mahogany writing slope (copy)")
    expect(row.get_by_role("cell").first).to_have_text("23")
    expect(row).to_contain_text("Open")
    expect(page.get_by_text("Lot 14 duplicated as Lot 23")).to_be_visible()


def test_click_outside_closes_the_menu(mount):
    page = mount("SaleLots.jsx")
    page.get_by_role("button", name="More actions for Lot 14").click()
    expect(page.get_by_role("menu")).to_be_visible()
    page.get_by_role("heading", name="Goldcrest Auctions - Spring Interiors, 17 May").click()
    expect(page.get_by_role("menu")).to_have_count(0)
    expect(page.get_by_role("button", name="More actions for Lot 14")).to_have_attribute("aria-expanded", "false")
