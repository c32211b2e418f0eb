from playwright.sync_api import expect


def test_required_fields(mount):
    page = mount("PatientIntake.jsx")
    page.get_by_role("button", name="Book in").click()
    expect(page.get_by_role("alert")).to_have_text([
        "Enter the owner's name",
        "Enter a UK mobile number, e.g. 07700 900123",
        "What is your pet called?",
        "Enter an approximate weight",
    ])


def test_species_with_arrow_key_and_cat_weight(mount):
    page = mount("PatientIntake.jsx")
    page.get_by_label("Dog").click()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Cat")).to_be_checked()
    page.get_by_label("Owner's name").fill("Anna Kowalczyk")
    page.get_by_label("Mobile number").fill("07700 900 456")
    page.get_by_label("Pet's name").fill("Miso")
    page.get_by_label("Weight (kg)").fill("13")
    page.get_by_role("button", name="Book in").click()
    expect(page.get_by_role("alert")).to_have_text("A cat of 13 kg? Please double-check the weight")
    page.get_by_label("Weight (kg)").fill("12")
    page.get_by_role("button", name="Book in").click()
    expect(page.get_by_text("Thanks Anna Kowalczyk, Miso (Cat, 12 kg) is booked in for vaccination.")).to_be_visible()


def test_first_visit_note(mount):
    page = mount("PatientIntake.jsx")
    page.get_by_label("Owner's name").fill("Anna Kowalczyk")
    page.get_by_label("Mobile number").fill("07700900456")
    page.get_by_label("Pet's name").fill("Biscuit")
    page.get_by_label("Rabbit").check()
    page.get_by_label("Weight (kg)").fill("2.4")
    page.get_by_label("Reason for visit").select_option("Dental check")
    page.get_by_label("This is our first visit to Mossgate").check()
    page.get_by_role("button", name="Book in").click()
    expect(page.get_by_text("Thanks Anna Kowalczyk, Biscuit (Rabbit, 2.4 kg) is booked in for dental check.")).to_be_visible()
    expect(page.get_by_text("First visits take 30 minutes - please arrive 10 minutes early.")).to_be_visible()
