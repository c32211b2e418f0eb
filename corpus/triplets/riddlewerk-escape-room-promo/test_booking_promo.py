from playwright.sync_api import expect


def test_team_event_needs_five_players(mount):
    page = mount("BookingPromo.jsx")
    page.get_by_placeholder("Promo code").fill("TEAMEVENT")
    page.get_by_role("button", name="Apply code").click()
    expect(page.get_by_text("TEAMEVENT is for groups of 5 or more")).to_be_visible()
    expect(page.locator(".total")).to_have_text("CHF 156.00")
    page.get_by_role("button", name="5", exact=True).click()
    page.get_by_role("button", name="Apply code").click()
    expect(page.locator(".off")).to_have_text("-CHF 26.70")
    expect(page.locator(".total")).to_have_text("CHF 151.30")


def test_code_dropped_when_group_shrinks(mount):
    page = mount("BookingPromo.jsx")
    page.get_by_role("button", name="5", exact=True).click()
    page.get_by_placeholder("Promo code").fill("TEAMEVENT")
    page.get_by_role("button", name="Apply code").click()
    page.get_by_role("button", name="4", exact=True).click()
    expect(page.get_by_text("TEAMEVENT is for groups of 5 or more")).to_be_visible()
    expect(page.locator(".total")).to_have_text("CHF 156.00")


def test_birthday_recalculated_for_group_size(mount):
    page = mount("BookingPromo.jsx")
    page.get_by_placeholder("Promo code").fill("birthday")
    page.get_by_role("button", name="Apply code").click()
    expect(page.locator(".off")).to_have_text("-CHF 39.00")
    expect(page.locator(".total")).to_have_text("CHF 117.00")
    page.get_by_role("button", name="6", exact=True).click()
    expect(page.locator(".off")).to_have_text("-CHF 32.50")
    expect(page.locator(".total")).to_have_text("CHF 162.50")


def test_booking_needs_team_name(mount):
    page = mount("BookingPromo.jsx")
    page.get_by_placeholder("Promo code").fill("birthday")
    page.get_by_role("button", name="Apply code").click()
    page.get_by_role("button", name="6", exact=True).click()
    expect(page.get_by_role("button", name="Book Das Uhrwerk")).to_be_disabled()
    page.get_by_placeholder("Team name").fill("Die Schlüsselkinder")
    page.get_by_label("Room").select_option("Tresor 13")
    page.get_by_role("button", name="Book Tresor 13").click()
    expect(page.get_by_role("status")).to_have_text("Die Schlüsselkinder is booked into Tresor 13 – CHF 162.50")
