from playwright.sync_api import expect


def test_contacts_on_file(mount):
    page = mount("PickupContacts.jsx")
    expect(page.get_by_role("listitem")).to_have_count(3)
    expect(page.get_by_text("Nia Rowlands")).to_be_visible()
    expect(page.get_by_text("3 of 4 contacts")).to_be_visible()


def test_short_phone_number_is_refused(mount):
    page = mount("PickupContacts.jsx")
    page.get_by_role("button", name="Add contact").click()
    expect(page.get_by_role("dialog", name="Add pickup contact")).to_be_visible()
    page.get_by_label("Full name").fill("Bronwen Pugh")
    page.get_by_label("Relationship to child").select_option("Grandparent")
    page.get_by_label("Mobile").fill("0770 900")
    page.get_by_label("Password word").fill("kestrel")
    page.get_by_role("button", name="Save contact").click()
    expect(page.get_by_text("Phone number must have 11 digits")).to_be_visible()
    expect(page.get_by_role("dialog")).to_be_visible()


def test_add_the_fourth_contact(mount):
    page = mount("PickupContacts.jsx")
    page.get_by_role("button", name="Add contact").click()
    page.get_by_label("Full name").fill("Bronwen Pugh")
    page.get_by_label("Relationship to child").select_option("Grandparent")
    page.get_by_label("Mobile").fill("07700 900418")
    page.get_by_label("Password word").fill("kestrel")
    page.get_by_role("button", name="Save contact").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("listitem").last).to_have_text("Bronwen Pugh (Grandparent) 07700 900418 · Password word set")
    expect(page.get_by_text("kestrel")).to_have_count(0)
    expect(page.get_by_text("4 of 4 contacts")).to_be_visible()
    expect(page.get_by_role("button", name="Add contact")).to_be_disabled()
    expect(page.get_by_text("Maximum of 4 contacts reached")).to_be_visible()
