from playwright.sync_api import expect


def test_edit_and_save_the_display_name(mount):
    page = mount("ChoirProfile.jsx")
    page.get_by_role("button", name="Edit profile").click()
    page.get_by_label("Display name").fill("Hanna Lind-Berg")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("heading", name="Hanna Lind-Berg")).to_be_visible()
    expect(page.get_by_text("Profile saved.")).to_be_visible()


def test_cancel_throws_the_changes_away(mount):
    page = mount("ChoirProfile.jsx")
    page.get_by_role("button", name="Edit profile").click()
    page.get_by_label("Display name").fill("H. L.")
    page.get_by_label("I can travel for summer tours").check()
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("heading", name="Hanna Lind")).to_be_visible()
    expect(page.get_by_text("Tours: not available")).to_be_visible()
    page.get_by_role("button", name="Edit profile").click()
    expect(page.get_by_label("Display name")).to_have_value("Hanna Lind")
    expect(page.get_by_label("I can travel for summer tours")).not_to_be_checked()


def test_move_to_alto_and_notify_the_section_leader(mount):
    page = mount("ChoirProfile.jsx")
    page.get_by_role("button", name="Edit profile").click()
    page.get_by_label("Voice part").select_option("Alto")
    page.get_by_role("button", name="Save and notify section leader").click()
    expect(page.get_by_text("Profile saved. Paula Menendez (Alto section leader) has been notified.")).to_be_visible()
    expect(page.get_by_text("Voice part: Alto")).to_be_visible()


def test_display_name_with_only_spaces(mount):
    page = mount("ChoirProfile.jsx")
    page.get_by_role("button", name="Edit profile").click()
    page.get_by_label("Display name").fill("   ")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Display name can't be empty")).to_be_visible()
    expect(page.get_by_label("Display name")).to_be_visible()
