from playwright.sync_api import expect


def test_arrow_key_moves_the_rating(mount):
    page = mount("StaySurvey.jsx")
    expect(page.get_by_text("Not rated yet")).to_be_visible()
    page.get_by_label("3 stars").click()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("4 of 5")).to_be_visible()
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Thanks for rating Dunewood 4/5, the Okonkwo family.")).to_be_visible()
    expect(page.get_by_text("Your 10% rebooking code: DUNE10")).to_be_visible()


def test_low_rating_asks_what_to_fix(mount):
    page = mount("StaySurvey.jsx")
    page.get_by_label("2 stars").check()
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_label("What should we fix first?")).to_be_visible()
    expect(page.get_by_text("Tell us what we should fix first")).to_be_visible()
    page.get_by_label("What should we fix first?").fill("Showers in block B were cold")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Thanks for rating Dunewood 2/5, the Okonkwo family.")).to_be_visible()


def test_maybe_gets_no_rebooking_code(mount):
    page = mount("StaySurvey.jsx")
    page.get_by_label("5 stars").check()
    page.get_by_label("Maybe").check()
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Thanks for rating Dunewood 5/5, the Okonkwo family.")).to_be_visible()
    expect(page.get_by_text("Your 10% rebooking code: DUNE10")).to_have_count(0)
