from playwright.sync_api import expect


def test_click_a_star(mount):
    page = mount("NightRating.jsx")
    seeing = page.get_by_role("group", name="Seeing")
    seeing.get_by_role("button", name="Rate 4 out of 5").click()
    expect(seeing.locator(".verdict")).to_have_text("4/5 - Very good")


def test_right_arrow_raises_the_rating(mount):
    page = mount("NightRating.jsx")
    tracking = page.get_by_role("group", name="Tracking accuracy")
    tracking.get_by_role("button", name="Rate 2 out of 5").click()
    tracking.get_by_role("button", name="Rate 2 out of 5").press("ArrowRight")
    expect(tracking.locator(".verdict")).to_have_text("3/5 - Good")
    expect(tracking.get_by_role("button", name="Rate 3 out of 5")).to_be_focused()


def test_rating_stops_at_five_and_left_arrow_lowers(mount):
    page = mount("NightRating.jsx")
    operator = page.get_by_role("group", name="Night operator support")
    operator.get_by_role("button", name="Rate 5 out of 5").click()
    operator.get_by_role("button", name="Rate 5 out of 5").press("ArrowRight")
    expect(operator.locator(".verdict")).to_have_text("5/5 - Excellent")
    page.keyboard.press("ArrowLeft")
    expect(operator.locator(".verdict")).to_have_text("4/5 - Very good")


def test_submit_shows_the_overall_score(mount):
    page = mount("NightRating.jsx")
    page.get_by_role("group", name="Seeing").get_by_role("button", name="Rate 4 out of 5").click()
    page.get_by_role("group", name="Tracking accuracy").get_by_role("button", name="Rate 3 out of 5").click()
    page.get_by_role("group", name="Night operator support").get_by_role("button", name="Rate 4 out of 5").click()
    page.get_by_role("button", name="Submit feedback").click()
    expect(page.get_by_role("heading", name="Thanks, Dr. Ximena Quispe!")).to_be_visible()
    expect(page.get_by_text("Overall 3.7 / 5")).to_be_visible()


def test_all_items_must_be_rated(mount):
    page = mount("NightRating.jsx")
    page.get_by_role("group", name="Seeing").get_by_role("button", name="Rate 4 out of 5").click()
    page.get_by_role("button", name="Submit feedback").click()
    expect(page.get_by_role("alert")).to_have_text("Rate all three items before submitting.")
