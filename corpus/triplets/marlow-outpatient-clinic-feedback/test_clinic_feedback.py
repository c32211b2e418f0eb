from playwright.sync_api import expect


def test_only_a_long_wait_asks_about_the_delay(mount):
    page = mount("ClinicFeedback.jsx")
    wait = page.get_by_label("How long did you wait after your appointment time?")
    wait.select_option("Over 30 minutes")
    expect(page.get_by_role("group", name="Were you told why there was a delay?")).to_be_visible()
    wait.select_option("15-30 minutes")
    expect(page.get_by_role("group", name="Were you told why there was a delay?")).to_have_count(0)


def test_hidden_delay_answer_is_dropped(mount):
    page = mount("ClinicFeedback.jsx")
    wait = page.get_by_label("How long did you wait after your appointment time?")
    wait.select_option("Over 30 minutes")
    page.get_by_role("group", name="Were you told why there was a delay?").get_by_label("No").check()
    wait.select_option("Up to 15 minutes")
    expect(page.get_by_text("1 answered")).to_be_visible()


def test_full_anonymous_feedback(mount):
    page = mount("ClinicFeedback.jsx")
    page.get_by_label("How long did you wait after your appointment time?").select_option("Over 30 minutes")
    page.get_by_role("group", name="Were you told why there was a delay?").get_by_label("Yes").check()
    page.get_by_label("Mostly").check()
    page.get_by_label("Definitely").check()
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Feedback recorded for the Fracture Clinic: 4 answers, anonymous.")).to_be_visible()


def test_named_feedback_needs_a_name(mount):
    page = mount("ClinicFeedback.jsx")
    page.get_by_label("How long did you wait after your appointment time?").select_option("On time")
    page.get_by_label("Stay anonymous").uncheck()
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Add your name, or tick 'Stay anonymous'")).to_be_visible()
    page.get_by_label("Your name").fill("Peter Quill")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_text("Feedback recorded for the Fracture Clinic: 1 answers from Peter Quill.")).to_be_visible()
