from playwright.sync_api import expect


def test_nothing_chosen_yet(mount):
    page = mount("BusSeats.jsx")
    expect(page.get_by_test_id("chosen")).to_have_text("No seats chosen")
    expect(page.get_by_text("Pick 2 more seats")).to_be_visible()
    expect(page.get_by_role("button", name="Continue to passenger details")).to_be_disabled()


def test_window_and_aisle_seat(mount):
    page = mount("BusSeats.jsx")
    page.get_by_role("button", name="5", exact=True).click()
    page.get_by_role("button", name="6", exact=True).click()
    expect(page.get_by_test_id("chosen")).to_have_text("Seats 5, 6")
    expect(page.get_by_test_id("fare")).to_have_text("Fare ₹1,898")
    expect(page.get_by_test_id("gst")).to_have_text("GST 5% ₹95")
    expect(page.get_by_test_id("total")).to_have_text("Total ₹1,993")
    expect(page.get_by_role("button", name="Continue to passenger details")).to_be_enabled()


def test_first_picked_seat_is_released(mount):
    page = mount("BusSeats.jsx")
    page.get_by_role("button", name="5", exact=True).click()
    page.get_by_role("button", name="6", exact=True).click()
    page.get_by_role("button", name="10", exact=True).click()
    expect(page.get_by_test_id("chosen")).to_have_text("Seats 6, 10")
    expect(page.get_by_test_id("total")).to_have_text("Total ₹1,888")
    expect(page.get_by_role("button", name="7", exact=True)).to_be_disabled()


def test_third_passenger_needs_one_more_seat(mount):
    page = mount("BusSeats.jsx")
    page.get_by_role("button", name="6", exact=True).click()
    page.get_by_role("button", name="10", exact=True).click()
    page.get_by_label("Passengers").select_option("3")
    expect(page.get_by_text("Pick 1 more seat")).to_be_visible()
    expect(page.get_by_role("button", name="Continue to passenger details")).to_be_disabled()
    page.get_by_role("button", name="12", exact=True).click()
    page.get_by_role("button", name="Continue to passenger details").click()
    expect(page.get_by_role("status")).to_have_text("Seats 6, 10, 12 held for 10 minutes")
    expect(page.get_by_test_id("total")).to_have_text("Total ₹2,937")
