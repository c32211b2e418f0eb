from playwright.sync_api import expect


def test_group_of_three(mount):
    page = mount("SessionSlots.jsx")
    page.get_by_role("button", name="More climbers").click()
    page.get_by_role("button", name="More climbers").click()
    expect(page.locator(".party-size")).to_have_text("3")
    early = page.locator(".slot-card").filter(has_text="07:00 Early bird")
    expect(early.get_by_role("button", name="Book 07:00")).to_be_disabled()
    expect(early.get_by_text("Not enough spots for your group")).to_be_visible()
    expect(page.get_by_role("button", name="Book 19:30")).to_be_enabled()


def test_book_the_evening_session(mount):
    page = mount("SessionSlots.jsx")
    page.get_by_role("button", name="More climbers").click()
    page.get_by_role("button", name="More climbers").click()
    page.get_by_role("button", name="Book 19:30").click()
    expect(page.locator(".notice")).to_have_text("Booked 3 climbers for 19:30")
    expect(page.locator(".slot-card").filter(has_text="19:30 Evening").locator(".spots")).to_have_text("Full")


def test_join_the_lunch_waitlist(mount):
    page = mount("SessionSlots.jsx")
    page.locator(".slot-card").filter(has_text="12:00 Lunch").get_by_role("button", name="Join waitlist").click()
    expect(page.locator(".notice")).to_have_text("You are number 4 on the waitlist for 12:00")
