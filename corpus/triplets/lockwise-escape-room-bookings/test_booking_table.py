from playwright.sync_api import expect


def test_opens_on_page_one(mount):
    page = mount("BookingTable.jsx")
    expect(page.get_by_test_id("page-label")).to_have_text("Page 1 of 3")
    expect(page.get_by_test_id("booking-row")).to_have_count(5)
    expect(page.get_by_test_id("booking-row").first).to_contain_text("LW-5501")
    expect(page.get_by_test_id("prev-page")).to_be_disabled()


def test_more_twice_reaches_the_last_page(mount):
    page = mount("BookingTable.jsx")
    page.get_by_test_id("next-page").click()
    page.get_by_test_id("next-page").click()
    expect(page.get_by_test_id("page-label")).to_have_text("Page 3 of 3")
    rows = page.get_by_test_id("booking-row")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("LW-5511")
    expect(rows.nth(1)).to_contain_text("LW-5512")
    expect(page.get_by_test_id("next-page")).to_be_disabled()


def test_room_filter_goes_back_to_page_one(mount):
    page = mount("BookingTable.jsx")
    page.get_by_test_id("next-page").click()
    page.get_by_test_id("next-page").click()
    page.get_by_test_id("room-filter").select_option("The Vault")
    expect(page.get_by_test_id("page-label")).to_have_text("Page 1 of 1")
    rows = page.get_by_test_id("booking-row")
    expect(rows).to_have_count(5)
    expect(rows.nth(0)).to_contain_text("LW-5501")
    expect(rows.nth(1)).to_contain_text("LW-5504")
    expect(rows.nth(2)).to_contain_text("LW-5506")
    expect(rows.nth(3)).to_contain_text("LW-5508")
    expect(rows.nth(4)).to_contain_text("LW-5511")
    expect(page.get_by_test_id("booking-total")).to_have_text("5 bookings")
    expect(page.get_by_test_id("next-page")).to_be_disabled()


def test_submarine_nine(mount):
    page = mount("BookingTable.jsx")
    page.get_by_test_id("room-filter").select_option("Submarine 9")
    expect(page.get_by_test_id("booking-row")).to_have_count(3)
    expect(page.get_by_test_id("page-label")).to_have_text("Page 1 of 1")
