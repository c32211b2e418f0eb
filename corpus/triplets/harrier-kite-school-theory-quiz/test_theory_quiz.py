import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "q1,q2,q3,q4,verdict",
    [
        ("Onshore", "Offshore", "Priority", "Pull the quick release",
         "You scored 4 of 4 - you can book your first water session"),
        ("Onshore", "Onshore", "Priority", "Pull the quick release",
         "You scored 3 of 4 - you can book your first water session"),
        ("Offshore", "Offshore", "To give way", "Pull the quick release",
         "You scored 2 of 4 - please rewatch the theory videos"),
    ],
)
def test_final_score_and_verdict(mount, q1, q2, q3, q4, verdict):
    page = mount("TheoryQuiz.jsx")
    expect(page.get_by_text("Question 1 of 4")).to_be_visible()
    page.get_by_label(q1, exact=True).check()
    page.get_by_role("button", name="Check answer").click()
    page.get_by_role("button", name="Next question").click()
    page.get_by_label(q2, exact=True).check()
    page.get_by_role("button", name="Check answer").click()
    page.get_by_role("button", name="Next question").click()
    page.get_by_label(q3, exact=True).check()
    page.get_by_role("button", name="Check answer").click()
    page.get_by_role("button", name="Next question").click()
    page.get_by_label(q4, exact=True).check()
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_text(verdict)).to_be_visible()


def test_feedback_and_a_fresh_question(mount):
    page = mount("TheoryQuiz.jsx")
    page.get_by_label("Offshore", exact=True).check()
    page.get_by_role("button", name="Check answer").click()
    expect(page.get_by_text("Not quite: Onshore")).to_be_visible()
    page.get_by_role("button", name="Next question").click()
    expect(page.get_by_text("Question 2 of 4")).to_be_visible()
    expect(page.get_by_label("Offshore", exact=True)).not_to_be_checked()
    expect(page.get_by_role("button", name="Check answer")).to_be_disabled()
