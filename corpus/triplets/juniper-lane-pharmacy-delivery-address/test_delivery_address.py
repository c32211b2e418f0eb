from playwright.sync_api import expect


def test_home_address_and_continue(mount):
    page = mount("DeliveryAddress.jsx")
    page.get_by_role("button", name="Use home address").click()
    expect(page.get_by_label("House or flat number")).to_have_value("22")
    expect(page.get_by_label("Street")).to_have_value("Elm Terrace")
    expect(page.get_by_label("Town")).to_have_value("Harwood")
    expect(page.get_by_label("Postcode")).to_have_value("HW3 5PL")
    page.get_by_role("button", name="Save address and continue").click()
    expect(page.get_by_text("Deliveries go to 22 Elm Terrace, Harwood HW3 5PL - next slot Thursday 10:00-12:00")).to_be_visible()


def test_plain_save_does_not_continue(mount):
    page = mount("DeliveryAddress.jsx")
    page.get_by_role("button", name="Use home address").click()
    page.get_by_role("button", name="Save address", exact=True).click()
    expect(page.get_by_text("Address saved")).to_be_visible()
    expect(page.get_by_text("Deliveries go to")).to_have_count(0)


def test_postcode_outside_delivery_area(mount):
    page = mount("DeliveryAddress.jsx")
    page.get_by_label("House or flat number").fill("4")
    page.get_by_label("Street").fill("Quarry Rd")
    page.get_by_label("Town").fill("Harwood")
    page.get_by_label("Postcode").fill("hw9 2aa")
    page.get_by_role("button", name="Save address", exact=True).click()
    expect(page.get_by_text("Sorry, we only deliver within 5 miles of Juniper Lane (HW1-HW3)")).to_be_visible()


def test_neighbour_needs_a_house_number(mount):
    page = mount("DeliveryAddress.jsx")
    page.get_by_role("button", name="Use home address").click()
    page.get_by_label("Leave with a neighbour if I'm out").check()
    page.get_by_role("button", name="Save address and continue").click()
    expect(page.get_by_text("Tell us which neighbour can take the parcel")).to_be_visible()
    page.get_by_label("Neighbour's house number").fill("24")
    page.get_by_role("button", name="Save address and continue").click()
    expect(page.get_by_text("Deliveries go to 22 Elm Terrace, Harwood HW3 5PL - next slot Thursday 10:00-12:00")).to_be_visible()
