from playwright.sync_api import expect


def test_counts_targets_with_notes(mount):
    page = mount("ObservingNotes.jsx")
    expect(page.get_by_text("2 of 4 targets have notes")).to_be_visible()
    expect(page.get_by_role("button", name="Add note")).to_have_count(2)


def test_add_note_for_jupiter(mount):
    page = mount("ObservingNotes.jsx")
    page.locator(".target").filter(has_text="Jupiter").get_by_role("button", name="Add note").click()
    page.get_by_label("Note for Jupiter").fill("GRS transits at 01:50")
    expect(page.get_by_text("21 / 80")).to_be_visible()
    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_text("GRS transits at 01:50")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("Note saved for Jupiter")
    expect(page.get_by_text("3 of 4 targets have notes")).to_be_visible()


def test_discard_keeps_old_note(mount):
    page = mount("ObservingNotes.jsx")
    page.locator(".target").filter(has_text="M57 Ring Nebula").get_by_role("button", name="Edit note").click()
    expect(page.get_by_label("Note for M57 Ring Nebula")).to_have_value("OIII filter")
    page.get_by_label("Note for M57 Ring Nebula").fill("UHC works too")
    page.get_by_role("button", name="Discard").click()
    expect(page.get_by_text("OIII filter")).to_be_visible()
    expect(page.get_by_text("UHC works too")).to_have_count(0)


def test_clearing_a_note_removes_it(mount):
    page = mount("ObservingNotes.jsx")
    page.locator(".target").filter(has_text="M31 Andromeda Galaxy").get_by_role("button", name="Edit note").click()
    page.get_by_label("Note for M31 Andromeda Galaxy").fill("")
    page.get_by_role("button", name="Save note").click()
    expect(page.locator(".target").filter(has_text="M31 Andromeda Galaxy")).to_contain_text("No note")
    expect(page.get_by_role("status")).to_have_text("Note removed from M31 Andromeda Galaxy")
    expect(page.get_by_text("1 of 4 targets have notes")).to_be_visible()
