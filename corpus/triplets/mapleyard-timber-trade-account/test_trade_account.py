from playwright.sync_api import expect


def test_phone_is_reformatted_on_save(mount):
    page = mount("TradeAccount.jsx")
    page.get_by_placeholder("Phone").fill("0163 2960 777")
    page.get_by_role("button", name="Save details").click()
    expect(page.get_by_text("Account details saved")).to_be_visible()
    expect(page.get_by_text("Phone on file: 01632 960 777")).to_be_visible()


def test_vat_number_is_normalised(mount):
    page = mount("TradeAccount.jsx")
    page.get_by_placeholder("VAT number").fill("gb294118703")
    page.get_by_role("button", name="Save details").click()
    expect(page.get_by_text("VAT on file: GB 294 1187 03")).to_be_visible()


def test_vat_number_with_eight_digits(mount):
    page = mount("TradeAccount.jsx")
    page.get_by_placeholder("VAT number").fill("GB29411870")
    page.get_by_role("button", name="Save details").click()
    expect(page.get_by_text("VAT number is GB followed by 9 digits")).to_be_visible()
    expect(page.get_by_text("VAT on file: GB 294 1187 03")).to_be_visible()


def test_reset_form_restores_saved_values(mount):
    page = mount("TradeAccount.jsx")
    page.get_by_placeholder("Company name").fill("")
    page.get_by_placeholder("Delivery notes for the yard").fill("Ring the bell twice")
    page.get_by_role("button", name="Reset form").click()
    expect(page.get_by_placeholder("Company name")).to_have_value("Ashcombe Joinery Ltd")
    expect(page.get_by_text("Company name is required")).to_have_count(0)


def test_phone_with_ten_digits(mount):
    page = mount("TradeAccount.jsx")
    page.get_by_placeholder("Phone").fill("01632 96012")
    page.get_by_role("button", name="Save details").click()
    expect(page.get_by_text("Phone needs 11 digits, e.g. 01632 960 123")).to_be_visible()
