from playwright.sync_api import expect


def test_default_quote_hits_the_minimum(mount):
    page = mount("WindowQuote.jsx")
    expect(page.locator(".net")).to_have_text("NZ$95.00")
    expect(page.get_by_text("Minimum call-out charge applies")).to_be_visible()
    expect(page.locator(".gst")).to_have_text("NZ$14.25")
    expect(page.locator(".total")).to_have_text("NZ$109.25")


def test_minimum_checked_after_discount(mount):
    page = mount("WindowQuote.jsx")
    page.get_by_label("How often?").select_option("Every 8 weeks (save 15%)")
    expect(page.locator(".net")).to_have_text("NZ$95.00")


def test_discount_only_on_windows_not_gutters(mount):
    page = mount("WindowQuote.jsx")
    page.get_by_label("House").select_option("Two storeys")
    page.get_by_label("Number of windows").fill("20")
    page.get_by_label("Inside and outside").check()
    page.get_by_label("How often?").select_option("Every 4 weeks (save 20%)")
    page.get_by_label("Gutter clear (+NZ$65.00)").check()
    expect(page.locator(".net")).to_have_text("NZ$281.00")
    expect(page.locator(".gst")).to_have_text("NZ$42.15")
    expect(page.locator(".total")).to_have_text("NZ$323.15")
    expect(page.get_by_text("Minimum call-out charge applies")).to_be_hidden()


def test_empty_windows_shows_error(mount):
    page = mount("WindowQuote.jsx")
    page.get_by_label("Number of windows").fill("")
    expect(page.get_by_text("Enter the number of windows (at least 1).")).to_be_visible()
    expect(page.locator(".total")).to_have_count(0)


def test_request_this_clean(mount):
    page = mount("WindowQuote.jsx")
    page.get_by_role("button", name="Request this clean").click()
    expect(page.get_by_text("Thanks! We'll text you to confirm a day.")).to_be_visible()
