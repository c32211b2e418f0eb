from playwright.sync_api import expect


def test_withholding_on_fees_only_rounded_down(mount):
    page = mount("ConsultingInvoice.jsx")
    expect(page.locator("#fees")).to_have_text("¥157,500")
    expect(page.locator("#expenses")).to_have_text("¥29,440")
    expect(page.locator("#consumption")).to_have_text("¥18,694")
    expect(page.locator("#withholding")).to_have_text("-¥16,080")
    expect(page.locator("#payable")).to_have_text("¥189,554")


def test_change_hours_of_strategy_review(mount):
    page = mount("ConsultingInvoice.jsx")
    page.get_by_label("Hours for Strategy review").fill("5")
    expect(page.get_by_role("row").filter(has_text="Strategy review")).to_contain_text("¥75,000")
    expect(page.locator("#fees")).to_have_text("¥165,000")
    expect(page.locator("#withholding")).to_have_text("-¥16,846")
    expect(page.locator("#payable")).to_have_text("¥197,038")


def test_corporation_has_no_withholding(mount):
    page = mount("ConsultingInvoice.jsx")
    page.get_by_label("Invoicing as a corporation (no withholding tax)").check()
    expect(page.locator("#withholding")).to_have_count(0)
    expect(page.locator("#payable")).to_have_text("¥205,634")
