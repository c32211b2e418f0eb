from playwright.sync_api import expect


def test_all_answers_correct(mount):
    page = mount("HygieneQuiz.jsx")
    expect(page.get_by_test_id("answered")).to_have_text("0 of 5 answered")
    page.get_by_label("5 °C").check()
    page.get_by_label("63 °C").check()
    page.get_by_label("Wash your hands").check()
    page.get_by_label("14").check()
    page.get_by_label("1 hour").check()
    page.get_by_role("button", name="Check answers").click()
    expect(page.get_by_test_id("result")).to_have_text("5 / 5 (100%) - Passed, certificate unlocked")


def test_exactly_the_pass_mark_passes(mount):
    page = mount("HygieneQuiz.jsx")
    page.get_by_label("5 °C").check()
    page.get_by_label("63 °C").check()
    page.get_by_label("Wash your hands").check()
    page.get_by_label("14").check()
    page.get_by_label("4 hours").check()
    page.get_by_role("button", name="Check answers").click()
    expect(page.get_by_test_id("result")).to_have_text("4 / 5 (80%) - Passed, certificate unlocked")
    expect(page.get_by_text("✘ the answer is 1 hour")).to_be_visible()


def test_three_right_fails_and_try_again_resets(mount):
    page = mount("HygieneQuiz.jsx")
    page.get_by_label("8 °C").check()
    page.get_by_label("63 °C").check()
    page.get_by_label("Wash your hands").check()
    page.get_by_label("14").check()
    page.get_by_label("4 hours").check()
    page.get_by_role("button", name="Check answers").click()
    expect(page.get_by_test_id("result")).to_have_text("3 / 5 (60%) - Not passed yet")
    page.get_by_role("button", name="Try again").click()
    expect(page.locator(".feedback")).to_have_count(0)
    expect(page.get_by_test_id("answered")).to_have_text("0 of 5 answered")
    expect(page.get_by_label("5 °C")).not_to_be_checked()
