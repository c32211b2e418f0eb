from playwright.sync_api import expect


def test_select_all_shown_with_only_unpaid(mount):
    page = mount("PlotRenewals.jsx")
    page.get_by_label("Only unpaid").check()
    expect(page.get_by_role("row")).to_have_count(5)
    page.get_by_label("Select all shown").check()
    expect(page.get_by_text("4 plots selected, £114 due")).to_be_visible()


def test_two_plots_selected(mount):
    page = mount("PlotRenewals.jsx")
    page.get_by_label("Select plot 1B").check()
    page.get_by_label("Select plot 2A").check()
    expect(page.get_by_text("2 plots selected, £74 due")).to_be_visible()


def test_send_invoices_to_the_unpaid(mount):
    page = mount("PlotRenewals.jsx")
    page.get_by_label("Only unpaid").check()
    page.get_by_label("Select all shown").check()
    page.get_by_role("button", name="Send renewal invoices").click()
    expect(page.get_by_text("Send 4 renewal invoices?")).to_be_visible()
    page.get_by_role("button", name="Send invoices", exact=True).click()
    expect(page.get_by_text("4 invoices sent")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Invoice sent")).to_have_count(4)
    expect(page.get_by_text("0 plots selected, £0 due")).to_be_visible()


def test_cancel_keeps_the_selection(mount):
    page = mount("PlotRenewals.jsx")
    page.get_by_label("Only unpaid").check()
    page.get_by_label("Select all shown").check()
    page.get_by_role("button", name="Send renewal invoices").click()
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_text("Send 4 renewal invoices?")).to_be_hidden()
    expect(page.get_by_text("4 plots selected, £114 due")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Invoice sent")).to_have_count(0)
