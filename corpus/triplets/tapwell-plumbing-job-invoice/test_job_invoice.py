from playwright.sync_api import expect


def test_open_invoice_taxes_parts_only(mount):
    page = mount("JobInvoice.jsx")
    expect(page.get_by_text("Labor: $332.50")).to_be_visible()
    expect(page.get_by_text("Parts: $713.98")).to_be_visible()
    expect(page.get_by_text("Sales tax 7.25% (parts): $51.76")).to_be_visible()
    expect(page.locator(".grand")).to_have_text("Amount due: $1,163.24")


def test_senior_discount_on_labor(mount):
    page = mount("JobInvoice.jsx")
    page.get_by_label("Senior discount (10% off labor)").check()
    expect(page.get_by_text("Senior discount: -$33.25")).to_be_visible()
    expect(page.locator(".grand")).to_have_text("Amount due: $1,129.99")


def test_add_a_part_line(mount):
    page = mount("JobInvoice.jsx")
    page.get_by_label("Type").select_option("Part")
    page.get_by_label("Description").fill("Gas shut-off valve")
    page.get_by_label("Qty / hours").fill("1")
    page.get_by_label("Unit price ($)").fill("18.75")
    page.get_by_role("button", name="Add to invoice").click()
    expect(page.get_by_role("listitem").filter(has_text="Gas shut-off valve")).to_contain_text("$18.75")
    expect(page.get_by_text("Parts: $732.73")).to_be_visible()
    expect(page.get_by_text("Sales tax 7.25% (parts): $53.12")).to_be_visible()
    expect(page.locator(".grand")).to_have_text("Amount due: $1,183.35")


def test_empty_description_and_remove_line(mount):
    page = mount("JobInvoice.jsx")
    page.get_by_role("button", name="Add to invoice").click()
    expect(page.get_by_text("Description is required")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(4)
    page.get_by_role("button", name="Remove Flex connector 18in").click()
    expect(page.get_by_text("Parts: $689.00")).to_be_visible()
