from playwright.sync_api import expect


def test_empty_form_shows_required_messages(mount):
    page = mount("VehicleBooking.jsx")
    page.get_by_role("button", name="Hold this booking").click()
    expect(page.get_by_text("Enter the registration plate")).to_be_visible()
    expect(page.get_by_text("Enter the vehicle length in metres")).to_be_visible()
    expect(page.get_by_role("status")).to_have_count(0)


def test_car_length_limit_is_inclusive(mount):
    page = mount("VehicleBooking.jsx")
    page.get_by_label("Registration plate").fill("KX19 RTE")
    page.get_by_label("Vehicle length (m)").fill("5.5")
    page.get_by_role("button", name="Hold this booking").click()
    expect(page.get_by_role("status")).to_have_text(
        "Booking held: KX19 RTE, Car, 07:40 Portwell to Isle of Carra. Fare £54.00"
    )
    page.get_by_label("Vehicle length (m)").fill("5.6")
    page.get_by_role("button", name="Hold this booking").click()
    expect(page.get_by_text("A car can be at most 5.5 m long")).to_be_visible()
    expect(page.get_by_role("status")).to_have_count(0)


def test_ten_people_is_too_many(mount):
    page = mount("VehicleBooking.jsx")
    page.get_by_label("Registration plate").fill("KX19 RTE")
    page.get_by_label("Vehicle length (m)").fill("4.2")
    page.get_by_label("People travelling").fill("10")
    page.get_by_role("button", name="Hold this booking").click()
    expect(page.get_by_text("Between 1 and 9 people per vehicle, driver included")).to_be_visible()


def test_van_with_three_people_on_evening_sailing(mount):
    page = mount("VehicleBooking.jsx")
    page.get_by_label("Sailing").select_option("18:30 Portwell to Isle of Carra")
    page.get_by_label("Vehicle type").select_option("Van")
    page.get_by_label("Registration plate").fill("pl44 van")
    page.get_by_label("Vehicle length (m)").fill("6.8")
    page.get_by_label("People travelling").fill("3")
    page.get_by_role("button", name="Hold this booking").click()
    expect(page.get_by_role("status")).to_have_text(
        "Booking held: PL44 VAN, Van, 18:30 Portwell to Isle of Carra. Fare £96.00"
    )
