from playwright.sync_api import expect


def test_open_checkout(mount):
    page = mount("VoucherCheckout.jsx")
    expect(page.locator("#books")).to_have_text("CA$88.49")
    expect(page.locator("#shipping")).to_have_text("Free")
    expect(page.locator("#order-total")).to_have_text("CA$88.49")


def test_readmore_drops_under_free_shipping(mount):
    page = mount("VoucherCheckout.jsx")
    page.get_by_label("Promo code").fill("READMORE")
    page.get_by_role("button", name="Apply promo").click()
    expect(page.get_by_text("READMORE applied: 3 for 2 on paperbacks")).to_be_visible()
    expect(page.locator("#discount")).to_have_text("-CA$16.50")
    expect(page.locator("#shipping")).to_have_text("CA$6.95")
    expect(page.locator("#order-total")).to_have_text("CA$78.94")


def test_gift_vouchers(mount):
    page = mount("VoucherCheckout.jsx")
    page.get_by_label("Promo code").fill("READMORE")
    page.get_by_role("button", name="Apply promo").click()
    page.get_by_label("Gift voucher").fill("mb-4821-xk")
    page.get_by_role("button", name="Use voucher").click()
    expect(page.locator("#voucher-used")).to_have_text("-CA$50.00")
    expect(page.locator("#to-pay")).to_have_text("CA$28.94")
    page.get_by_label("Gift voucher").fill("MB-1177-QP")
    page.get_by_role("button", name="Use voucher").click()
    expect(page.locator("#to-pay")).to_have_text("CA$0.00")
    expect(page.get_by_text("CA$21.06 remains on voucher MB-1177-QP")).to_be_visible()


def test_badly_formatted_voucher(mount):
    page = mount("VoucherCheckout.jsx")
    page.get_by_label("Promo code").fill("READMORE")
    page.get_by_role("button", name="Apply promo").click()
    page.get_by_label("Gift voucher").fill("MB-1177-QP")
    page.get_by_role("button", name="Use voucher").click()
    page.get_by_label("Gift voucher").fill("4821XK")
    page.get_by_role("button", name="Use voucher").click()
    expect(page.get_by_text("Voucher codes look like MB-1234-AB")).to_be_visible()
    expect(page.locator("#voucher-used")).to_have_count(0)
    expect(page.locator("#to-pay")).to_have_text("CA$78.94")
