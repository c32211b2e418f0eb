import pytest
from playwright.sync_api import expect


def test_default_counter(mount):
    page = mount("DeskAlertPrefs.jsx")
    expect(page.get_by_text("2 of 5 alerts on")).to_be_visible()


@pytest.mark.parametrize(
    "desk,ticked,counter",
    [
        ("Embargo lifts", True, "3 of 5 alerts on"),
        ("Obituaries desk", True, "3 of 5 alerts on"),
        ("Breaking news wire", False, "1 of 5 alerts on"),
        ("Corrections queue", False, "1 of 5 alerts on"),
    ],
)
def test_clicking_one_desk_checkbox_updates_the_counter(mount, desk, ticked, counter):
    page = mount("DeskAlertPrefs.jsx")
    box = page.locator(".pref").filter(has_text=desk).get_by_role("checkbox")
    box.click()
    expect(box).to_be_checked(checked=ticked)
    expect(page.locator(".alert-count")).to_have_text(counter)


def test_mute_all_and_unmute(mount):
    page = mount("DeskAlertPrefs.jsx")
    page.get_by_label("Mute all desk alerts").check()
    boxes = page.locator(".pref").get_by_role("checkbox")
    expect(boxes).to_have_count(5)
    expect(boxes.nth(0)).not_to_be_checked()
    expect(boxes.nth(3)).not_to_be_checked()
    expect(boxes.nth(0)).to_be_disabled()
    expect(page.get_by_text("You will not be paged until you unmute.")).to_be_visible()
    expect(page.locator(".alert-count")).to_have_text("0 of 5 alerts on")
    page.get_by_label("Mute all desk alerts").uncheck()
    expect(page.locator(".pref").filter(has_text="Breaking news wire").get_by_role("checkbox")).to_be_checked()
    expect(page.locator(".alert-count")).to_have_text("2 of 5 alerts on")
