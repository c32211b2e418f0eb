import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "button,segment,slot",
    [
        ("Move Traffic & weather up", "Traffic & weather", "#1 · 07:00:00"),
        ("Move Interview: harbour council down", "Interview: harbour council", "#4 · 07:07:00"),
        ("Move Music: The Skerries live up", "Music: The Skerries live", "#4 · 07:12:30"),
        ("Move Ad break A up", "Ad break A", "#3 · 07:04:30"),
    ],
)
def test_one_move_shows_the_new_slot(mount, button, segment, slot):
    page = mount("BreakfastRundown.jsx")
    page.get_by_role("button", name=button).click()
    expect(page.locator(".segment").filter(has_text=segment).locator(".slot")).to_have_text(slot)


def test_moving_never_changes_the_end_of_the_block(mount):
    page = mount("BreakfastRundown.jsx")
    expect(page.get_by_text("Segment block ends 07:19:00")).to_be_visible()
    page.get_by_role("button", name="Move News bulletin down").click()
    expect(page.get_by_text("Segment block ends 07:19:00")).to_be_visible()


def test_the_hour_may_not_open_with_ads(mount):
    page = mount("BreakfastRundown.jsx")
    page.get_by_role("button", name="Move Ad break A up").click()
    page.get_by_role("button", name="Move Ad break A up").click()
    page.get_by_role("button", name="Move Ad break A up").click()
    expect(page.get_by_text("The hour cannot open with an ad break")).to_be_visible()
    expect(page.get_by_role("button", name="Send to playout")).to_be_disabled()
    page.get_by_role("button", name="Reset to template").click()
    page.get_by_role("button", name="Send to playout").click()
    expect(page.get_by_role("status")).to_have_text("Rundown sent to playout")
