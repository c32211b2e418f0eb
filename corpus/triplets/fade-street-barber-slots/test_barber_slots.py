from playwright.sync_api import expect


def test_any_barber_only_1330_is_full(mount):
    page = mount("BarberSlots.jsx")
    expect(page.get_by_role("button", name="13:30")).to_be_disabled()
    expect(page.get_by_role("button", name="11:00")).to_be_enabled()
    expect(page.get_by_role("button", name="13:00")).to_be_enabled()


def test_any_barber_gives_1100_to_sade(mount):
    page = mount("BarberSlots.jsx")
    page.get_by_role("button", name="11:00").click()
    page.get_by_role("button", name="Confirm booking").click()
    expect(page.locator(".booked")).to_have_text("Booked: Skin fade with Sade at 11:00, £28")


def test_leon_slots(mount):
    page = mount("BarberSlots.jsx")
    page.get_by_label("Leon").check()
    expect(page.get_by_role("button", name="11:00")).to_be_disabled()
    expect(page.get_by_role("button", name="13:00")).to_be_disabled()
    expect(page.get_by_role("button", name="13:30")).to_be_disabled()
    expect(page.get_by_role("button", name="10:00")).to_be_enabled()


def test_switching_barber_clears_the_time(mount):
    page = mount("BarberSlots.jsx")
    page.get_by_label("Leon").check()
    page.get_by_role("button", name="10:00").click()
    expect(page.locator(".selection")).to_have_text("Selected: 10:00")
    page.get_by_label("Sade").check()
    expect(page.locator(".selection")).to_have_text("No time selected")
    expect(page.get_by_role("button", name="Confirm booking")).to_be_disabled()


def test_beard_trim_with_leon(mount):
    page = mount("BarberSlots.jsx")
    page.get_by_label("Service").select_option(label="Beard trim - 15 min - £12")
    page.get_by_label("Leon").check()
    page.get_by_role("button", name="14:00").click()
    page.get_by_role("button", name="Confirm booking").click()
    expect(page.locator(".booked")).to_have_text("Booked: Beard trim with Leon at 14:00, £12")
