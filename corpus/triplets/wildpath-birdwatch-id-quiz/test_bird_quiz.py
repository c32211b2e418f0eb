from playwright.sync_api import expect


def test_counter_and_disabled_submit(mount):
    page = mount("BirdQuiz.jsx")
    expect(page.get_by_text("Answered 0 of 3")).to_be_visible()
    expect(page.get_by_role("button", name="Submit answers")).to_be_disabled()
    page.get_by_label("Eurasian wren").check()
    expect(page.get_by_text("Answered 1 of 3")).to_be_visible()
    expect(page.get_by_role("button", name="Submit answers")).to_be_disabled()


def test_all_answers_right(mount):
    page = mount("BirdQuiz.jsx")
    page.get_by_label("Eurasian wren").check()
    page.get_by_label("Avocet").check()
    page.get_by_label("Kestrel").check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_text("You scored 3 / 3 - Field-guide ready!")).to_be_visible()


def test_one_wrong_answer(mount):
    page = mount("BirdQuiz.jsx")
    page.get_by_label("Eurasian wren").check()
    page.get_by_label("Oystercatcher").check()
    page.get_by_label("Kestrel").check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_text("You scored 2 / 3 - Nearly there.")).to_be_visible()
    expect(page.get_by_text("Not quite - it was an Avocet")).to_be_visible()


def test_retake_resets_the_quiz(mount):
    page = mount("BirdQuiz.jsx")
    page.get_by_label("Eurasian wren").check()
    page.get_by_label("Oystercatcher").check()
    page.get_by_label("Kestrel").check()
    page.get_by_role("button", name="Submit answers").click()
    page.get_by_role("button", name="Retake quiz").click()
    expect(page.get_by_text("Answered 0 of 3")).to_be_visible()
    expect(page.get_by_label("Eurasian wren")).not_to_be_checked()
    expect(page.get_by_role("button", name="Submit answers")).to_be_disabled()
