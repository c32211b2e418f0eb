from playwright.sync_api import expect


def test_unapproved_line_not_invoiced(mount):
    page = mount("RepairInvoice.jsx")
    expect(page.get_by_text("1 line(s) waiting for approval")).to_be_visible()
    expect(page.locator(".labour")).to_have_text("kr 2 470,00")
    expect(page.locator(".parts")).to_have_text("kr 1 450,00")
    expect(page.locator(".mva")).to_have_text("kr 1 003,75")
    expect(page.locator(".total")).to_have_text("kr 5 018,75")


def test_approve_wiper_blades(mount):
    page = mount("RepairInvoice.jsx")
    page.get_by_role("row").filter(has_text="Vindusviskerblader (wiper blades)").get_by_role("checkbox").check()
    expect(page.get_by_text("1 line(s) waiting for approval")).to_be_hidden()
    expect(page.locator(".parts")).to_have_text("kr 2 028,00")
    expect(page.locator(".total")).to_have_text("kr 5 741,25")


def test_fastkunde_discount_on_parts_only(mount):
    page = mount("RepairInvoice.jsx")
    page.get_by_role("row").filter(has_text="Vindusviskerblader (wiper blades)").get_by_role("checkbox").check()
    page.get_by_label("Fastkunde (10% off parts)").check()
    expect(page.locator(".discount")).to_have_text("- kr 202,80")
    expect(page.locator(".mva")).to_have_text("kr 1 097,55")
    expect(page.locator(".total")).to_have_text("kr 5 487,75")
    expect(page.locator(".labour")).to_have_text("kr 2 470,00")
    page.get_by_role("button", name="Send invoice").click()
    expect(page.get_by_text("Invoice sent to Ingrid Haugen: kr 5 487,75")).to_be_visible()
