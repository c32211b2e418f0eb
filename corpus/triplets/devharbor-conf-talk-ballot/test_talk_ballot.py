import pytest
from playwright.sync_api import expect


def test_picks_counter_and_the_limit(mount):
    page = mount("TalkBallot.jsx")
    page.get_by_label("Rust in the kernel: two years on").check()
    expect(page.locator(".used")).to_have_text("1 of 3 picks used")
    page.get_by_label("Feature flags without the mess").check()
    page.get_by_label("Postgres as a queue, honestly").check()
    expect(page.locator(".used")).to_have_text("3 of 3 picks used")
    expect(page.get_by_text("You have used all 3 picks. Untick one to change.")).to_be_visible()
    expect(page.get_by_label("Accessibility audits that stick")).to_be_disabled()
    expect(page.get_by_label("On-call without burnout")).to_be_disabled()
    page.get_by_label("Feature flags without the mess").uncheck()
    page.get_by_label("On-call without burnout").check()
    expect(page.get_by_label("On-call without burnout")).to_be_checked()


@pytest.mark.parametrize("talk", [
    "Feature flags without the mess",
    "Accessibility audits that stick",
    "On-call without burnout",
])
def test_a_ballot_with_a_single_talk(mount, talk):
    page = mount("TalkBallot.jsx")
    page.get_by_label(talk).check()
    page.get_by_role("button", name="Send ballot").click()
    expect(page.locator(".sent-count")).to_have_text("1 talk shortlisted by Attendee #A-2291")
    expect(page.get_by_role("listitem")).to_have_text(talk)


def test_sending_the_ballot(mount):
    page = mount("TalkBallot.jsx")
    expect(page.get_by_role("button", name="Send ballot")).to_be_disabled()
    page.get_by_label("Postgres as a queue, honestly").check()
    page.get_by_label("On-call without burnout").check()
    page.get_by_role("button", name="Send ballot").click()
    expect(page.locator(".sent-count")).to_have_text("2 talks shortlisted by Attendee #A-2291")
