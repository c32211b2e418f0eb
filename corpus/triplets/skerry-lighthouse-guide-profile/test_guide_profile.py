from playwright.sync_api import expect


def test_fresh_page_has_nothing_to_save(mount):
    page = mount("GuideProfile.jsx")
    expect(page.get_by_test_id("dirty-flag")).to_have_count(0)
    expect(page.get_by_role("button", name="Save profile")).to_be_disabled()


def test_enter_adds_a_language(mount):
    page = mount("GuideProfile.jsx")
    page.get_by_label("Add a language").fill("German")
    page.get_by_label("Add a language").press("Enter")
    expect(page.get_by_test_id("language-chip")).to_have_count(3)
    expect(page.get_by_test_id("language-chip").last).to_contain_text("German")
    expect(page.get_by_label("Add a language")).to_have_value("")
    expect(page.get_by_test_id("dirty-flag")).to_have_text("Unsaved changes")


def test_duplicate_language_in_other_case(mount):
    page = mount("GuideProfile.jsx")
    page.get_by_label("Add a language").fill("norwegian")
    page.get_by_label("Add a language").press("Enter")
    expect(page.get_by_test_id("language-error")).to_have_text("norwegian is already on your list")
    expect(page.get_by_test_id("language-chip")).to_have_count(2)


def test_remove_and_save(mount):
    page = mount("GuideProfile.jsx")
    page.get_by_role("button", name="Remove English").click()
    expect(page.get_by_test_id("language-chip")).to_have_count(1)
    expect(page.get_by_test_id("language-chip")).to_contain_text("Norwegian")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_test_id("save-notice")).to_have_text("Profile updated - visitors see the new version now")
    expect(page.get_by_test_id("dirty-flag")).to_have_count(0)
    expect(page.get_by_role("button", name="Save profile")).to_be_disabled()


def test_discard_changes(mount):
    page = mount("GuideProfile.jsx")
    page.get_by_label("Home lighthouse").select_option("Gull Rock")
    page.get_by_role("button", name="Discard changes").click()
    expect(page.get_by_label("Home lighthouse")).to_have_value("Skerry Point")
    expect(page.get_by_test_id("dirty-flag")).to_have_count(0)
