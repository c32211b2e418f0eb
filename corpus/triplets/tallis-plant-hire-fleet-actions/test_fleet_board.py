from playwright.sync_api import expect


def test_actions_for_a_machine_on_hire(mount):
    page = mount("FleetBoard.jsx")
    page.get_by_role("button", name="Actions for CR-117").click()
    menu = page.get_by_role("menu", name="Actions for CR-117")
    expect(menu.get_by_role("menuitem", name="Return from hire")).to_be_enabled()
    expect(menu.get_by_role("menuitem", name="Book service")).to_be_disabled()
    expect(menu.get_by_role("menuitem", name="Retire machine")).to_be_disabled()


def test_return_from_hire(mount):
    page = mount("FleetBoard.jsx")
    page.get_by_role("button", name="Actions for CR-117").click()
    page.get_by_role("menuitem", name="Return from hire").click()
    expect(page.get_by_role("menu")).to_have_count(0)
    row = page.get_by_role("row").filter(has_text="CR-117")
    expect(row).to_contain_text("Available")
    expect(row.get_by_role("cell").nth(3)).to_have_text("-")
    expect(page.get_by_role("status")).to_have_text("CR-117 returned from Brunel Wharf")


def test_machine_in_service(mount):
    page = mount("FleetBoard.jsx")
    page.get_by_role("button", name="Actions for CR-130").click()
    expect(page.get_by_role("menuitem", name="Book service")).to_be_disabled()
    expect(page.get_by_role("menuitem", name="Retire machine")).to_be_enabled()


def test_book_service(mount):
    page = mount("FleetBoard.jsx")
    page.get_by_role("button", name="Actions for CR-101").click()
    page.get_by_role("menuitem", name="Book service").click()
    expect(page.get_by_role("row").filter(has_text="CR-101")).to_contain_text("In service")
    expect(page.get_by_role("status")).to_have_text("CR-101 booked in for service")


def test_bulk_export(mount):
    page = mount("FleetBoard.jsx")
    page.get_by_role("button", name="Bulk actions").click()
    page.get_by_role("menuitem", name="Export CSV (on hire only)").click()
    expect(page.get_by_role("status")).to_have_text("Exported 2 machines")
    page.get_by_role("button", name="Bulk actions").click()
    page.get_by_role("menuitem", name="Export CSV", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Exported 4 machines")
