import pytest
from playwright.sync_api import expect


def test_default_counter(mount):
    page = mount("WardBadgeAccess.jsx")
    expect(page.locator(".grant-count")).to_have_text("Badge grants: 9")


@pytest.mark.parametrize(
    "cell,shown,counter",
    [
        ("Porters in ICU", "✓", "Badge grants: 10"),
        ("Junior doctors in Maternity", "—", "Badge grants: 8"),
        ("Pharmacists in A&E", "✓", "Badge grants: 10"),
        ("Agency nurses in Ward 7B", "—", "Badge grants: 8"),
    ],
)
def test_toggling_one_cell_changes_the_counter(mount, cell, shown, counter):
    page = mount("WardBadgeAccess.jsx")
    button = page.get_by_role("button", name=cell)
    button.click()
    expect(button).to_have_text(shown)
    expect(page.locator(".grant-count")).to_have_text(counter)


def test_grant_agency_nurses_every_ward(mount):
    page = mount("WardBadgeAccess.jsx")
    page.get_by_role("button", name="Grant Agency nurses every ward").click()
    expect(page.get_by_role("button", name="Agency nurses in ICU")).to_have_text("✓")
    expect(page.get_by_role("button", name="Agency nurses in Maternity")).to_have_text("✓")
    expect(page.locator(".grant-count")).to_have_text("Badge grants: 11")


def test_lock_down_icu(mount):
    page = mount("WardBadgeAccess.jsx")
    page.get_by_role("button", name="Lock down ICU").click()
    expect(page.get_by_text("Locked down: ICU. No badge opens these doors.")).to_be_visible()
    expect(page.locator(".grant-count")).to_have_text("Badge grants: 7")
    expect(page.get_by_role("button", name="Porters in ICU")).to_be_disabled()
    page.get_by_role("button", name="Grant Porters every ward").click()
    expect(page.get_by_role("button", name="Porters in ICU")).to_have_text("—")
    expect(page.locator(".grant-count")).to_have_text("Badge grants: 9")
