import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "job,action,status,message",
    [
        ("JB-5501", "Start job", "In progress", "JB-5501 started"),
        ("JB-5503", "Complete job", "Completed", "Certificate CS-5503 issued for JB-5503"),
        ("JB-5502", "Reschedule", "Needs new date", "JB-5502 moved to the reschedule list"),
        ("JB-5502", "Cancel job", "Cancelled", "JB-5502 cancelled"),
    ],
)
def test_choosing_an_action_from_the_menu(mount, job, action, status, message):
    page = mount("JobList.jsx")
    page.get_by_role("button", name="Job actions " + job).click()
    page.get_by_role("menuitem", name=action).click()
    expect(page.get_by_role("listitem").filter(has_text=job).locator(".status")).to_have_text(status)
    expect(page.get_by_text(message)).to_be_visible()


def test_a_scheduled_job_cannot_be_completed_yet(mount):
    page = mount("JobList.jsx")
    page.get_by_role("button", name="Job actions JB-5501").click()
    expect(page.get_by_role("menuitem")).to_have_text(["Start job", "Reschedule", "Cancel job"])


def test_escape_closes_the_menu(mount):
    page = mount("JobList.jsx")
    page.get_by_role("button", name="Job actions JB-5502").click()
    expect(page.get_by_role("menu")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("menu")).to_have_count(0)
    expect(page.get_by_role("listitem").filter(has_text="JB-5502").locator(".status")).to_have_text("Scheduled")
