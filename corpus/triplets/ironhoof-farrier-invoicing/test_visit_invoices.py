from playwright.sync_api import expect


def test_invoice_the_two_sep_visits(mount):
    page = mount("VisitInvoices.jsx")
    page.get_by_role("row").filter(has_text="2 Sep").filter(has_text="Duke").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="2 Sep").filter(has_text="Nettle").get_by_role("checkbox").check()
    expect(page.get_by_text("2 visits selected")).to_be_visible()
    expect(page.get_by_text("Selected total: £130.00")).to_be_visible()
    page.get_by_role("button", name="Create invoice").click()
    expect(page.get_by_role("status")).to_have_text("Invoice INV-0413 created for 2 visits, £130.00")
    expect(page.get_by_role("row").filter(has_text="Invoiced")).to_have_count(2)
    expect(page.get_by_text("0 visits selected")).to_be_visible()


def test_select_all_unpaid_after_invoicing(mount):
    page = mount("VisitInvoices.jsx")
    page.get_by_role("row").filter(has_text="2 Sep").filter(has_text="Duke").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="2 Sep").filter(has_text="Nettle").get_by_role("checkbox").check()
    page.get_by_role("button", name="Create invoice").click()
    page.get_by_role("button", name="Select all unpaid").click()
    expect(page.get_by_text("3 visits selected")).to_be_visible()
    expect(page.get_by_text("Selected total: £245.00")).to_be_visible()


def test_select_all_unpaid_on_a_fresh_page(mount):
    page = mount("VisitInvoices.jsx")
    page.get_by_role("button", name="Select all unpaid").click()
    expect(page.get_by_text("5 visits selected")).to_be_visible()
    expect(page.get_by_text("Selected total: £375.00")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Maisie").get_by_role("checkbox")).to_be_disabled()
