from playwright.sync_api import expect


def test_copy_address_and_complete_check_in(mount):
    page = mount("GuestRegistration.jsx")
    guest1 = page.get_by_role("group", name="Guest 1")
    guest2 = page.get_by_role("group", name="Guest 2")
    guest1.get_by_label("Full name").fill("Inês Carvalho")
    guest1.get_by_label("Passport or ID number").fill("CC7781234")
    guest1.get_by_label("Home street and number").fill("Rua das Flores 22")
    guest1.get_by_label("Home city").fill("Braga")
    guest1.get_by_label("Home country").fill("Portugal")
    guest2.get_by_label("Full name").fill("Lukas Brandt")
    guest2.get_by_label("Nationality").select_option("German")
    guest2.get_by_label("Passport or ID number").fill("C01X00T47")
    guest2.get_by_role("button", name="Copy address from guest 1").click()
    expect(guest2.get_by_label("Home street and number")).to_have_value("Rua das Flores 22")
    expect(guest2.get_by_label("Home city")).to_have_value("Braga")
    expect(guest2.get_by_label("Home country")).to_have_value("Portugal")
    expect(guest1.get_by_label("Full name")).to_have_value("Inês Carvalho")
    page.get_by_role("button", name="Complete check-in").click()
    expect(page.get_by_text("Check-in complete for 2 guests - room 14, bunks A and B")).to_be_visible()


def test_errors_name_the_right_guest(mount):
    page = mount("GuestRegistration.jsx")
    guest1 = page.get_by_role("group", name="Guest 1")
    guest1.get_by_label("Full name").fill("Inês Carvalho")
    guest1.get_by_label("Passport or ID number").fill("CC7781234")
    guest1.get_by_label("Home street and number").fill("Rua das Flores 22")
    guest1.get_by_label("Home city").fill("Braga")
    guest1.get_by_label("Home country").fill("Portugal")
    page.get_by_role("button", name="Complete check-in").click()
    expect(page.get_by_role("listitem")).to_have_text([
        "Guest 2: full name is missing",
        "Guest 2: document numbers have 6-9 letters or digits",
        "Guest 2: home address is incomplete",
    ])
