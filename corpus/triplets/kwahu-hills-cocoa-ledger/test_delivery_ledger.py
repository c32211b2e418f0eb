from playwright.sync_api import expect


def test_first_page_and_totals(mount):
    page = mount("DeliveryLedger.jsx")
    expect(page.get_by_text("Page 1 of 3")).to_be_visible()
    expect(page.locator(".page-total")).to_have_text("359 kg")
    expect(page.get_by_text("Season total: 889 kg")).to_be_visible()
    expect(page.get_by_role("row").nth(1)).to_contain_text("KH-0601")
    expect(page.get_by_role("row").nth(6)).to_contain_text("KH-0606")
    expect(page.get_by_role("button", name="Previous page")).to_be_disabled()


def test_second_page(mount):
    page = mount("DeliveryLedger.jsx")
    page.get_by_role("button", name="Next page").click()
    expect(page.get_by_text("Page 2 of 3")).to_be_visible()
    expect(page.get_by_role("row").nth(1)).to_contain_text("KH-0607")
    expect(page.get_by_role("row").nth(1)).to_contain_text("Adwoa Nyarko")
    expect(page.locator(".page-total")).to_have_text("352 kg")
    expect(page.get_by_text("Season total: 889 kg")).to_be_visible()


def test_last_page(mount):
    page = mount("DeliveryLedger.jsx")
    page.get_by_role("button", name="Next page").click()
    page.get_by_role("button", name="Next page").click()
    expect(page.get_by_text("Page 3 of 3")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="KH-06")).to_have_count(3)
    expect(page.get_by_role("row").nth(1)).to_contain_text("KH-0613")
    expect(page.get_by_role("row").nth(3)).to_contain_text("KH-0615")
    expect(page.locator(".page-total")).to_have_text("178 kg")
    expect(page.get_by_role("button", name="Next page")).to_be_disabled()


def test_previous_page(mount):
    page = mount("DeliveryLedger.jsx")
    page.get_by_role("button", name="Next page").click()
    page.get_by_role("button", name="Next page").click()
    page.get_by_role("button", name="Previous page").click()
    expect(page.get_by_text("Page 2 of 3")).to_be_visible()
