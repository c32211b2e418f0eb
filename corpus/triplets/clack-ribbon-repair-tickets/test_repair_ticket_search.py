from playwright.sync_api import expect


def test_search_on_enter(mount):
    page = mount("RepairTicketSearch.jsx")
    field = page.get_by_label("Find a ticket")
    field.fill("olympia")
    field.press("Enter")
    expect(page.get_by_role("heading", name='Results for "olympia" (3)')).to_be_visible()
    expect(page.locator(".ticket-number")).to_have_text(["CR-2041", "CR-2048", "CR-2060"])


def test_list_only_changes_when_search_is_submitted(mount):
    page = mount("RepairTicketSearch.jsx")
    page.get_by_label("Find a ticket").fill("hermes")
    expect(page.get_by_role("heading", name="All open tickets (8)")).to_be_visible()
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name='Results for "hermes" (2)')).to_be_visible()


def test_lower_case_ticket_number(mount):
    page = mount("RepairTicketSearch.jsx")
    field = page.get_by_label("Find a ticket")
    field.fill("cr-2055")
    field.press("Enter")
    expect(page.locator(".ticket")).to_have_count(1)
    expect(page.locator(".ticket")).to_contain_text("CR-2055")
    expect(page.locator(".customer")).to_have_text("M. Okafor")


def test_clear_empties_the_field_and_the_search(mount):
    page = mount("RepairTicketSearch.jsx")
    field = page.get_by_label("Find a ticket")
    field.fill("olympia")
    field.press("Enter")
    page.get_by_role("button", name="Clear").click()
    expect(field).to_have_value("")
    expect(page.get_by_role("heading", name="All open tickets (8)")).to_be_visible()
