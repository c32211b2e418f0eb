from playwright.sync_api import expect


def test_thirty_minute_slots(mount):
    page = mount("AdvisorSlots.jsx")
    expect(page.locator(".count")).to_have_text("8 start times available")
    expect(page.locator(".times").get_by_role("button").last).to_have_text("16:30")


def test_sixty_minute_slots(mount):
    page = mount("AdvisorSlots.jsx")
    page.get_by_label("60 min").check()
    expect(page.locator(".count")).to_have_text("5 start times available")
    expect(page.locator(".times").get_by_role("button")).to_have_text(["09:00", "09:30", "13:00", "15:30", "16:00"])


def test_ninety_minute_slots(mount):
    page = mount("AdvisorSlots.jsx")
    page.get_by_label("90 min").check()
    expect(page.locator(".count")).to_have_text("2 start times available")
    expect(page.locator(".times").get_by_role("button")).to_have_text(["09:00", "15:30"])


def test_book_a_rental_income_call(mount):
    page = mount("AdvisorSlots.jsx")
    page.get_by_label("60 min").check()
    page.get_by_role("button", name="16:00").click()
    page.get_by_label("Topic").select_option("Rental income")
    page.get_by_role("button", name="Book call").click()
    expect(page.locator(".confirmed")).to_have_text("Booked: 16:00-17:00 with Priyanka Shah (Rental income)")


def test_longer_meeting_clears_a_time_that_no_longer_fits(mount):
    page = mount("AdvisorSlots.jsx")
    page.get_by_label("60 min").check()
    page.get_by_role("button", name="16:00").click()
    page.get_by_label("90 min").check()
    expect(page.locator(".warning")).to_have_text("Your chosen time no longer fits. Pick another.")
    expect(page.get_by_role("button", name="Book call")).to_be_disabled()
