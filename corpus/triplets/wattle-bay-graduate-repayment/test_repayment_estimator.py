from playwright.sync_api import expect


def test_first_band_is_free_and_8_percent_band(mount):
    page = mount("RepaymentEstimator.jsx")
    page.get_by_label("Taxable income ($ per year)").fill("41000")
    expect(page.get_by_text("No repayment at this income.")).to_be_visible()
    page.get_by_label("Taxable income ($ per year)").fill("50000")
    expect(page.locator(".yearly")).to_have_text("$720")
    expect(page.locator(".fortnightly")).to_have_text("$27.69")
    expect(page.get_by_role("row").filter(has_text="8%")).to_contain_text("$9,000")


def test_top_band_only_on_slice_and_years(mount):
    page = mount("RepaymentEstimator.jsx")
    page.get_by_label("Taxable income ($ per year)").fill("70000")
    expect(page.locator(".yearly")).to_have_text("$2,800")
    expect(page.locator(".fortnightly")).to_have_text("$107.69")
    page.get_by_label("Remaining loan balance ($)").fill("23400")
    expect(page.locator(".years")).to_have_text("At this income your loan is repaid in about 9 years.")


def test_income_must_be_a_number(mount):
    page = mount("RepaymentEstimator.jsx")
    page.get_by_label("Taxable income ($ per year)").fill("seventy")
    expect(page.get_by_text("Please enter your income as a number.")).to_be_visible()
    expect(page.locator(".outcome")).to_have_count(0)
