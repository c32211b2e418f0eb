from playwright.sync_api import expect


def test_cross_city_booking(mount):
    page = mount("CourierAddresses.jsx")
    pickup = page.get_by_role("group", name="Pickup")
    dropoff = page.get_by_role("group", name="Drop-off")
    pickup.get_by_label("Contact name").fill("Femi Adeyemi")
    pickup.get_by_label("Street address").fill("14 Dock Street")
    pickup.get_by_label("Postcode").fill("LS7 3HB")
    dropoff.get_by_label("Contact name").fill("Rosa Lind")
    dropoff.get_by_label("Street address").fill("2 Mill Yard")
    dropoff.get_by_label("Postcode").fill("LS9 8DQ")
    page.get_by_role("button", name="Book the rider").click()
    expect(page.get_by_text("Courier booked: 14 Dock Street (LS7) to 2 Mill Yard (LS9), £14.20")).to_be_visible()


def test_swap_exchanges_the_whole_address(mount):
    page = mount("CourierAddresses.jsx")
    pickup = page.get_by_role("group", name="Pickup")
    dropoff = page.get_by_role("group", name="Drop-off")
    pickup.get_by_label("Contact name").fill("Femi Adeyemi")
    pickup.get_by_label("Street address").fill("14 Dock Street")
    pickup.get_by_label("Postcode").fill("LS7 3HB")
    dropoff.get_by_label("Contact name").fill("Rosa Lind")
    dropoff.get_by_label("Street address").fill("2 Mill Yard")
    dropoff.get_by_label("Postcode").fill("LS9 8DQ")
    page.get_by_role("button", name="Swap pickup and drop-off").click()
    expect(pickup.get_by_label("Contact name")).to_have_value("Rosa Lind")
    expect(pickup.get_by_label("Street address")).to_have_value("2 Mill Yard")
    expect(pickup.get_by_label("Postcode")).to_have_value("LS9 8DQ")
    page.get_by_role("button", name="Book the rider").click()
    expect(page.get_by_text("Courier booked: 2 Mill Yard (LS9) to 14 Dock Street (LS7), £14.20")).to_be_visible()


def test_same_address_in_other_case(mount):
    page = mount("CourierAddresses.jsx")
    pickup = page.get_by_role("group", name="Pickup")
    dropoff = page.get_by_role("group", name="Drop-off")
    pickup.get_by_label("Street address").fill("14 Dock Street")
    pickup.get_by_label("Postcode").fill("LS7 3HB")
    dropoff.get_by_label("Street address").fill("14 dock street")
    dropoff.get_by_label("Postcode").fill("ls7 3hb")
    page.get_by_role("button", name="Book the rider").click()
    expect(page.get_by_text("Pickup and drop-off are the same address")).to_be_visible()


def test_drop_off_outside_the_area(mount):
    page = mount("CourierAddresses.jsx")
    pickup = page.get_by_role("group", name="Pickup")
    dropoff = page.get_by_role("group", name="Drop-off")
    pickup.get_by_label("Street address").fill("14 Dock Street")
    pickup.get_by_label("Postcode").fill("LS7 3HB")
    dropoff.get_by_label("Street address").fill("9 Armley Road")
    dropoff.get_by_label("Postcode").fill("LS12 2AB")
    page.get_by_role("button", name="Book the rider").click()
    expect(page.get_by_text("We ride within LS1, LS2, LS6, LS7, LS9 and LS10 only")).to_be_visible()
