from playwright.sync_api import expect


def test_empty_application_shows_every_message(mount):
    page = mount("ParkingPermit.jsx")
    page.get_by_role("button", name="Apply for permit").click()
    expect(page.get_by_text("Enter the vehicle registration")).to_be_visible()
    expect(page.get_by_text("Enter the name of the permit holder")).to_be_visible()
    expect(page.get_by_text("Enter your street address")).to_be_visible()
    expect(page.get_by_text("Enter your postcode")).to_be_visible()
    expect(page.get_by_text("Choose a permit type")).to_be_visible()


def test_registration_with_a_space_is_accepted(mount):
    page = mount("ParkingPermit.jsx")
    page.get_by_placeholder("Vehicle registration").fill("AB12 CDE")
    page.get_by_placeholder("Full name of permit holder").fill("Nadia Okafor")
    page.get_by_placeholder("House number and street").fill("9 Wick Lane")
    page.get_by_placeholder("Postcode").fill("LF2 7TT")
    page.get_by_label("Annual permit - £84").check()
    page.get_by_role("button", name="Apply for permit").click()
    expect(page.get_by_text("Application received for AB12 CDE. Amount due: £84.00")).to_be_visible()


def test_postcode_outside_the_zones(mount):
    page = mount("ParkingPermit.jsx")
    page.get_by_placeholder("Postcode").fill("LF3 1AA")
    page.get_by_role("button", name="Apply for permit").click()
    expect(page.get_by_text("This address is outside the Lanternfield permit zones")).to_be_visible()


def test_registration_of_eight_characters(mount):
    page = mount("ParkingPermit.jsx")
    page.get_by_placeholder("Vehicle registration").fill("AB12CDEF")
    page.get_by_role("button", name="Apply for permit").click()
    expect(page.get_by_text("Registrations have up to 7 letters and numbers")).to_be_visible()


def test_blue_badge_six_month_permit_is_free(mount):
    page = mount("ParkingPermit.jsx")
    page.get_by_placeholder("Vehicle registration").fill("AB12 CDE")
    page.get_by_placeholder("Full name of permit holder").fill("Nadia Okafor")
    page.get_by_placeholder("House number and street").fill("9 Wick Lane")
    page.get_by_placeholder("Postcode").fill("LF2 7TT")
    page.get_by_label("6-month permit - £48").check()
    page.get_by_label("I hold a Blue Badge").check()
    page.get_by_role("button", name="Apply for permit").click()
    expect(
        page.get_by_text("Application received for AB12 CDE. Amount due: £0.00 (Blue Badge - no charge)")
    ).to_be_visible()
