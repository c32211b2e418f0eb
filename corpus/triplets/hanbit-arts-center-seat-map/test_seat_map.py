from playwright.sync_api import expect


def test_pick_two_seats_in_row_d(mount):
    page = mount("SeatMap.jsx")
    expect(page.get_by_text("No seats selected")).to_be_visible()
    page.locator(".row-D").get_by_role("button", name="7", exact=True).click()
    page.locator(".row-D").get_by_role("button", name="8", exact=True).click()
    expect(page.locator(".picked-list")).to_have_text("D7 (R), D8 (R)")
    expect(page.locator(".tickets")).to_have_text("₩220,000")
    expect(page.locator(".fees")).to_have_text("₩4,000")
    expect(page.locator(".total")).to_have_text("₩224,000")


def test_vip_seat_and_deselect(mount):
    page = mount("SeatMap.jsx")
    page.locator(".row-D").get_by_role("button", name="7", exact=True).click()
    page.locator(".row-D").get_by_role("button", name="8", exact=True).click()
    page.locator(".row-A").get_by_role("button", name="3", exact=True).click()
    expect(page.locator(".tickets")).to_have_text("₩370,000")
    expect(page.locator(".total")).to_have_text("₩376,000")
    page.locator(".row-D").get_by_role("button", name="7", exact=True).click()
    expect(page.locator(".picked-list")).to_have_text("D8 (R), A3 (VIP)")
    expect(page.locator(".total")).to_have_text("₩264,000")


def test_sold_seat_is_disabled(mount):
    page = mount("SeatMap.jsx")
    expect(page.locator(".row-E").get_by_role("button", name="5", exact=True)).to_be_disabled()


def test_four_seat_limit_and_clear(mount):
    page = mount("SeatMap.jsx")
    page.locator(".row-D").get_by_role("button", name="8", exact=True).click()
    page.locator(".row-A").get_by_role("button", name="3", exact=True).click()
    page.locator(".row-D").get_by_role("button", name="7", exact=True).click()
    page.locator(".row-E").get_by_role("button", name="1", exact=True).click()
    page.locator(".row-F").get_by_role("button", name="1", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("You can book up to 4 seats per order")
    expect(page.locator(".total")).to_have_text("₩448,000")
    page.get_by_role("button", name="Clear selection").click()
    expect(page.get_by_text("No seats selected")).to_be_visible()
    expect(page.locator(".total")).to_have_text("₩0")
