from playwright.sync_api import expect


def test_open_booking_page(mount):
    page = mount("TourBooking.jsx")
    expect(page.locator("#tour-price")).to_have_text("฿3,200")
    expect(page.locator("#pay-now")).to_have_text("฿3,200")
    expect(page.locator("#park-fee")).to_have_text("฿1,000")


def test_earlybird_from_exactly_seven_days(mount):
    page = mount("TourBooking.jsx")
    page.get_by_label("Promo code").fill("EARLYBIRD")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("EARLYBIRD needs a booking 7 or more days ahead")).to_be_visible()
    expect(page.locator("#pay-now")).to_have_text("฿3,200")
    page.get_by_label("Date").select_option("2025-11-27")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("#promo-off")).to_have_text("-฿320")
    expect(page.locator("#pay-now")).to_have_text("฿2,880")
    expect(page.locator("#park-fee")).to_have_text("฿1,000")


def test_kidsfree_one_child_per_adult(mount):
    page = mount("TourBooking.jsx")
    page.get_by_role("button", name="Fewer adults").click()
    page.get_by_role("button", name="More children").click()
    page.get_by_label("Promo code").fill("kidsfree")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("#promo-off")).to_have_text("-฿800")
    expect(page.locator("#tour-price")).to_have_text("฿2,800")
    expect(page.locator("#pay-now")).to_have_text("฿2,000")


def test_andaman200_minimum(mount):
    page = mount("TourBooking.jsx")
    page.get_by_role("button", name="Fewer adults").click()
    page.get_by_role("button", name="Fewer children").click()
    page.get_by_label("Promo code").fill("ANDAMAN200")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("ANDAMAN200 needs a booking of ฿2,000 or more")).to_be_visible()
