from playwright.sync_api import expect


def test_loaded_totals(mount):
    page = mount("PayoutsList.jsx")
    expect(page.locator(".sum-paid")).to_have_text("€2,840.00")
    expect(page.locator(".sum-pending")).to_have_text("€640.00")
    expect(page.locator(".payout")).to_have_count(4)


def test_search_northwind(mount):
    page = mount("PayoutsList.jsx")
    page.get_by_placeholder("Search client or invoice").fill("NorthWind")
    expect(page.locator(".inv")).to_have_text(["INV-1041", "INV-1043"])
    expect(page.locator(".sum-paid")).to_have_text("€1,700.00")
    expect(page.locator(".sum-pending")).to_have_text("€0.00")


def test_search_without_matches(mount):
    page = mount("PayoutsList.jsx")
    page.get_by_placeholder("Search client or invoice").fill("zebra")
    expect(page.locator(".no-match")).to_have_text('No payouts match "zebra".')
    expect(page.get_by_text("No payouts yet")).to_have_count(0)


def test_loading(mount):
    page = mount("PayoutsList.jsx", props={"loading": True})
    expect(page.get_by_text("Loading payouts...")).to_be_visible()


def test_api_error(mount):
    page = mount("PayoutsList.jsx", props={"error": "PAY-502"})
    expect(page.get_by_role("alert")).to_have_text("Payouts are temporarily unavailable (PAY-502).")


def test_new_account(mount):
    page = mount("PayoutsList.jsx", props={"payouts": []})
    expect(page.locator(".payouts-state")).to_have_text("No payouts yet. Invoices you send will show up here.")
