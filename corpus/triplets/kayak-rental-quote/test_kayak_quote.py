from playwright.sync_api import expect


def test_default_quote(mount):
    page = mount("KayakQuote.jsx")
    expect(page.get_by_test_id("base")).to_have_text("$18.00")
    expect(page.get_by_test_id("extras")).to_have_text("$0.00")
    expect(page.get_by_test_id("total")).to_have_text("$18.00")


def test_tandem_three_hours_with_two_jackets(mount):
    page = mount("KayakQuote.jsx")
    page.get_by_label("Tandem kayak").check()
    page.get_by_role("button", name="More hours").click()
    page.get_by_role("button", name="More hours").click()
    expect(page.get_by_text("3 h")).to_be_visible()
    page.get_by_label("Extra life jackets").select_option("2")
    expect(page.get_by_test_id("base")).to_have_text("$78.00")
    expect(page.get_by_test_id("extras")).to_have_text("$6.00")
    expect(page.get_by_test_id("total")).to_have_text("$84.00")


def test_member_discount_from_three_hours(mount):
    page = mount("KayakQuote.jsx")
    page.get_by_label("Tandem kayak").check()
    page.get_by_role("button", name="More hours").click()
    page.get_by_label("Harbor club member").check()
    expect(page.get_by_test_id("discount")).to_have_count(0)
    page.get_by_role("button", name="More hours").click()
    expect(page.get_by_test_id("discount")).to_have_text("-$7.80")
    expect(page.get_by_test_id("total")).to_have_text("$70.20")


def test_limits_and_booking(mount):
    page = mount("KayakQuote.jsx")
    expect(page.get_by_role("button", name="Fewer hours")).to_be_disabled()
    page.get_by_role("button", name="Book now").click()
    expect(page.get_by_role("status")).to_have_text("Booked: Solo kayak for 1 h")
