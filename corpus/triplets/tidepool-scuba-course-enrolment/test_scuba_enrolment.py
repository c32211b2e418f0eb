import pytest
from playwright.sync_api import expect


def test_the_swimming_requirement(mount):
    page = mount("ScubaEnrolment.jsx")
    expect(page.get_by_text("Step 1 of 3")).to_be_visible()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("You need to be able to swim 200 m to start a course")).to_be_visible()


@pytest.mark.parametrize(
    "question,answer,medical",
    [
        ("Do you have asthma?", "No", "Medical: no doctor's form needed"),
        ("Do you have asthma?", "Yes", "Medical: doctor's form needed before the pool session"),
        ("Are you pregnant, or could you be?", "Yes", "Medical: doctor's form needed before the pool session"),
    ],
)
def test_medical_answers(mount, question, answer, medical):
    page = mount("ScubaEnrolment.jsx")
    page.get_by_label("I can swim 200 m without stopping").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("group", name="Do you have asthma?").get_by_label("No").check()
    page.get_by_role("group", name="Have you had ear or sinus surgery?").get_by_label("No").check()
    page.get_by_role("group", name="Do you take regular prescription medication?").get_by_label("No").check()
    page.get_by_role("group", name="Are you pregnant, or could you be?").get_by_label("No").check()
    page.get_by_role("group", name=question).get_by_label(answer).check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("Open Water Diver - £395.00")).to_be_visible()
    expect(page.get_by_text(medical)).to_be_visible()


def test_every_medical_question_must_be_answered(mount):
    page = mount("ScubaEnrolment.jsx")
    page.get_by_label("I can swim 200 m without stopping").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("group", name="Do you have asthma?").get_by_label("No").check()
    expect(page.get_by_role("button", name="Continue")).to_be_disabled()
