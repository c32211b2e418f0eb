from playwright.sync_api import expect


def test_roster_loads(mount):
    page = mount("VolunteerRoster.jsx")
    expect(page.locator(".shift")).to_have_count(3)
    expect(page.locator(".my-count")).to_have_text("You are down for 0 shifts this week.")


def test_sign_up_for_breakfast(mount):
    page = mount("VolunteerRoster.jsx")
    kitchen = page.get_by_role("article", name="Breakfast kitchen Mon 3 Nov")
    expect(kitchen.locator(".filled")).to_have_text("2 of 3 filled: Aisha, Ron")
    kitchen.get_by_role("button", name="Sign me up").click()
    expect(kitchen.locator(".filled")).to_have_text("3 of 3 filled: Aisha, Ron, Kofi")
    expect(page.locator(".my-count")).to_have_text("You are down for 1 shift this week.")


def test_drop_the_shift_again(mount):
    page = mount("VolunteerRoster.jsx")
    kitchen = page.get_by_role("article", name="Breakfast kitchen Mon 3 Nov")
    kitchen.get_by_role("button", name="Sign me up").click()
    kitchen.get_by_role("button", name="Drop this shift").click()
    expect(kitchen.locator(".filled")).to_have_text("2 of 3 filled: Aisha, Ron")


def test_full_night_desk(mount):
    page = mount("VolunteerRoster.jsx")
    desk = page.get_by_role("article", name="Night desk Mon 3 Nov")
    expect(desk.locator(".full")).to_have_text("Full")
    expect(desk.get_by_role("button", name="Sign me up")).to_have_count(0)


def test_loading(mount):
    page = mount("VolunteerRoster.jsx", props={"loading": True})
    expect(page.locator(".roster-note")).to_have_text("Loading this week's roster...")


def test_load_error(mount):
    page = mount("VolunteerRoster.jsx", props={"error": "timeout"})
    expect(page.get_by_role("alert")).to_have_text("Roster could not be loaded (timeout). Ring the duty manager on 0113 496 0750.")


def test_no_shifts_published(mount):
    page = mount("VolunteerRoster.jsx", props={"shifts": []})
    expect(page.locator(".roster-note")).to_have_text("No shifts published for this week yet.")
