from playwright.sync_api import expect


def test_rating_is_required(mount):
    page = mount("LessonReview.jsx")
    page.get_by_role("button", name="Send review").click()
    expect(page.locator(".error")).to_have_text("Choose a star rating.")
    expect(page.get_by_role("heading", name="How was your lesson?")).to_be_visible()


def test_four_stars_with_recommendation(mount):
    page = mount("LessonReview.jsx")
    page.get_by_role("radio", name="4 stars").check()
    page.get_by_label("I would recommend Gwen Talbot to a friend").check()
    page.get_by_role("button", name="Send review").click()
    expect(page.get_by_role("heading", name="Thanks for your feedback")).to_be_visible()
    expect(page.get_by_text("You rated Gwen Talbot 4/5.")).to_be_visible()
    expect(page.get_by_text("We have passed your recommendation on to Gwen Talbot.")).to_be_visible()


def test_low_rating_needs_a_real_comment(mount):
    page = mount("LessonReview.jsx")
    page.get_by_role("radio", name="2 stars").check()
    expect(page.get_by_label("Tell us what went wrong (required)")).to_be_visible()
    expect(page.locator(".picked")).to_have_text("2 of 5")
    page.get_by_label("Tell us what went wrong (required)").fill("Late")
    page.get_by_role("button", name="Send review").click()
    expect(page.locator(".error")).to_have_text("Please tell us what went wrong (at least 20 characters).")


def test_low_rating_with_comment_is_sent(mount):
    page = mount("LessonReview.jsx")
    page.get_by_role("radio", name="2 stars").check()
    page.get_by_label("Tell us what went wrong (required)").fill("Instructor was 25 minutes late")
    page.get_by_role("button", name="Send review").click()
    expect(page.get_by_text("You rated Gwen Talbot 2/5.")).to_be_visible()
    expect(page.get_by_text("We have passed your recommendation on to Gwen Talbot.")).to_have_count(0)
