from playwright.sync_api import expect


def test_hover_preview_is_not_saved(mount):
    page = mount("TreatmentFeedback.jsx")
    block = page.get_by_test_id("therapist-block")
    block.get_by_role("button", name="Rate 3 out of 5").hover()
    expect(page.get_by_test_id("therapist-label")).to_have_text("Okay")
    page.get_by_role("heading", level=1).hover()
    expect(page.get_by_test_id("therapist-label")).to_have_text("Tap a star")


def test_click_commits_the_rating(mount):
    page = mount("TreatmentFeedback.jsx")
    block = page.get_by_test_id("therapist-block")
    block.get_by_role("button", name="Rate 5 out of 5").click()
    expect(page.get_by_test_id("therapist-label")).to_have_text("Blissful")
    block.get_by_role("button", name="Rate 2 out of 5").hover()
    expect(page.get_by_test_id("therapist-label")).to_have_text("Below par")
    page.get_by_role("heading", level=1).hover()
    expect(page.get_by_test_id("therapist-label")).to_have_text("Blissful")


def test_clear_rating(mount):
    page = mount("TreatmentFeedback.jsx")
    block = page.get_by_test_id("therapist-block")
    expect(block.get_by_role("button", name="Clear rating")).to_have_count(0)
    block.get_by_role("button", name="Rate 4 out of 5").click()
    block.get_by_role("button", name="Clear rating").click()
    page.get_by_role("heading", level=1).hover()
    expect(page.get_by_test_id("therapist-label")).to_have_text("Tap a star")


def test_send_feedback(mount):
    page = mount("TreatmentFeedback.jsx")
    send = page.get_by_role("button", name="Send feedback")
    expect(send).to_be_disabled()
    page.get_by_test_id("therapist-block").get_by_role("button", name="Rate 4 out of 5").click()
    expect(send).to_be_disabled()
    page.get_by_test_id("ambience-block").get_by_role("button", name="Rate 5 out of 5").click()
    send.click()
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()
    expect(page.get_by_test_id("sent-summary")).to_have_text("Anouk: 4/5, Tidepool suite: 5/5")
