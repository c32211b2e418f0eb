from playwright.sync_api import expect


def test_arrow_right_moves_up_one_star(mount):
    page = mount("EpisodeRating.jsx")
    page.get_by_role("radio", name="3 stars").click()
    expect(page.locator(".community")).to_contain_text("3.9 from 9 ratings")
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("radio", name="4 stars")).to_be_checked()
    expect(page.get_by_role("radio", name="4 stars")).to_be_focused()


def test_home_and_no_zero_stars(mount):
    page = mount("EpisodeRating.jsx")
    page.get_by_role("radio", name="3 stars").click()
    page.keyboard.press("Home")
    expect(page.get_by_role("radio", name="1 star")).to_be_checked()
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_role("radio", name="1 star")).to_be_checked()


def test_submit_locks_and_updates_community(mount):
    page = mount("EpisodeRating.jsx")
    expect(page.locator(".community")).to_contain_text("3.9 from 9 ratings")
    page.get_by_role("radio", name="3 stars").click()
    page.keyboard.press("End")
    page.get_by_role("button", name="Submit rating").click()
    expect(page.locator(".locked-note")).to_contain_text("You rated this episode 5 stars.")
    expect(page.locator(".community")).to_contain_text("4.0 from 10 ratings")
    page.get_by_role("radio", name="2 stars").click()
    expect(page.get_by_role("radio", name="5 stars")).to_be_checked()


def test_changed_rating_replaces_my_vote(mount):
    page = mount("EpisodeRating.jsx")
    page.get_by_role("radio", name="5 stars").click()
    page.get_by_role("button", name="Submit rating").click()
    page.get_by_role("button", name="Change rating").click()
    page.get_by_role("radio", name="1 star").click()
    page.get_by_role("button", name="Submit rating").click()
    expect(page.locator(".community")).to_contain_text("3.6 from 10 ratings")
