from playwright.sync_api import expect


def test_enter_adds_the_line(mount):
    page = mount("StudioInvoice.jsx")
    page.get_by_placeholder("Item").fill("8x10 print")
    page.get_by_placeholder("Qty").fill("3")
    page.get_by_placeholder("Price").fill("18.50")
    page.get_by_placeholder("Price").press("Enter")
    expect(page.get_by_role("listitem").filter(has_text="8x10 print").locator(".amount")).to_have_text("$55.50")
    expect(page.get_by_placeholder("Item")).to_have_value("")
    expect(page.locator(".subtotal")).to_have_text("$305.50")
    expect(page.locator(".tax")).to_have_text("$27.11")
    expect(page.locator(".total")).to_have_text("$332.61")


def test_empty_qty_counts_as_one(mount):
    page = mount("StudioInvoice.jsx")
    page.get_by_placeholder("Item").fill("Digital file")
    page.get_by_placeholder("Price").fill("35")
    page.get_by_placeholder("Price").press("Enter")
    expect(page.get_by_role("listitem").filter(has_text="Digital file").locator(".amount")).to_have_text("$35.00")
    expect(page.locator(".subtotal")).to_have_text("$285.00")


def test_price_is_required(mount):
    page = mount("StudioInvoice.jsx")
    page.get_by_placeholder("Item").fill("Canvas 16x20")
    page.get_by_placeholder("Qty").fill("1")
    page.get_by_placeholder("Qty").press("Enter")
    expect(page.get_by_text("Price is required")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(1)


def test_escape_clears_the_entry_row(mount):
    page = mount("StudioInvoice.jsx")
    page.get_by_placeholder("Item").fill("Album")
    page.get_by_placeholder("Item").press("Escape")
    expect(page.get_by_placeholder("Item")).to_have_value("")
    expect(page.get_by_role("listitem")).to_have_count(1)


def test_delete_the_only_line(mount):
    page = mount("StudioInvoice.jsx")
    page.get_by_role("button", name="Delete Portrait session (1 h)").click()
    expect(page.locator(".subtotal")).to_have_text("$0.00")
    expect(page.locator(".total")).to_have_text("$0.00")
