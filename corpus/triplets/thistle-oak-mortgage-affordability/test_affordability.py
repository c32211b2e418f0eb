from playwright.sync_api import expect


def test_empty_income_shows_error(mount):
    page = mount("Affordability.jsx")
    page.get_by_role("button", name="Check what I could borrow").click()
    expect(page.get_by_text("Please enter your annual income before tax.")).to_be_visible()


def test_single_applicant(mount):
    page = mount("Affordability.jsx")
    page.get_by_label("Your annual income (£)").fill("42000")
    page.get_by_role("button", name="Check what I could borrow").click()
    expect(page.get_by_text("We could lend you up to £189,000")).to_be_visible()
    expect(page.locator(".price")).to_have_text("£209,000")
    expect(page.locator(".ltv")).to_have_text("90%")
    expect(page.locator(".monthly")).to_have_text("£1,159.50")


def test_joint_application_and_untick_again(mount):
    page = mount("Affordability.jsx")
    page.get_by_label("Your annual income (£)").fill("42000")
    page.get_by_label("I'm applying with someone else").check()
    page.get_by_label("Second applicant's annual income (£)").fill("28500")
    page.get_by_role("button", name="Check what I could borrow").click()
    expect(page.locator(".loan")).to_have_text("£317,250")
    expect(page.locator(".price")).to_have_text("£337,250")
    expect(page.locator(".ltv")).to_have_text("94%")
    expect(page.locator(".monthly")).to_have_text("£1,946.30")
    page.get_by_label("I'm applying with someone else").uncheck()
    page.get_by_role("button", name="Check what I could borrow").click()
    expect(page.locator(".loan")).to_have_text("£189,000")


def test_commitments_reduce_the_loan(mount):
    page = mount("Affordability.jsx")
    page.get_by_label("Your annual income (£)").fill("42000")
    page.get_by_label("I'm applying with someone else").check()
    page.get_by_label("Second applicant's annual income (£)").fill("28500")
    page.get_by_label("Monthly credit commitments (£)").fill("250")
    page.get_by_role("button", name="Check what I could borrow").click()
    expect(page.locator(".loan")).to_have_text("£308,250")


def test_small_deposit_limits_the_price(mount):
    page = mount("Affordability.jsx")
    page.get_by_label("Your annual income (£)").fill("42000")
    page.get_by_label("Deposit (£)").fill("5000")
    page.get_by_role("button", name="Check what I could borrow").click()
    expect(page.get_by_text("Your deposit limits the price to £100,000 (5% minimum)")).to_be_visible()
    expect(page.locator(".loan")).to_have_text("£95,000")
    expect(page.locator(".ltv")).to_have_text("95%")
