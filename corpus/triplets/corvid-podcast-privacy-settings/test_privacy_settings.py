from playwright.sync_api import expect


def test_save_defaults(mount):
    page = mount("PrivacySettings.jsx")
    page.get_by_role("button", name="Save privacy settings").click()
    expect(page.get_by_test_id("shared-count")).to_have_text("3 of 6 stats public")
    expect(page.get_by_test_id("shared-list")).to_have_text("Download counts, Star reviews, Past guests")
    expect(page.get_by_test_id("messages-line")).to_have_text("Messages from: Subscribers only")


def test_tick_countries_and_sponsors(mount):
    page = mount("PrivacySettings.jsx")
    page.get_by_label("Listener countries").check()
    page.get_by_label("Sponsor list").check()
    page.get_by_label("Past guests").uncheck()
    page.get_by_role("button", name="Save privacy settings").click()
    expect(page.get_by_test_id("shared-count")).to_have_text("4 of 6 stats public")
    expect(page.get_by_test_id("shared-list")).to_have_text(
        "Download counts, Listener countries, Star reviews, Sponsor list"
    )


def test_nobody_can_message_and_hidden(mount):
    page = mount("PrivacySettings.jsx")
    page.get_by_label("Who can message you").select_option("Nobody")
    page.get_by_label("Hide this show from directory search").check()
    page.get_by_role("button", name="Save privacy settings").click()
    expect(page.get_by_test_id("messages-line")).to_have_text("Listener messages are off")
    expect(page.get_by_test_id("search-line")).to_have_text("Hidden from directory search")


def test_nothing_public_then_reset(mount):
    page = mount("PrivacySettings.jsx")
    page.get_by_label("Download counts").uncheck()
    page.get_by_label("Star reviews").uncheck()
    page.get_by_label("Past guests").uncheck()
    page.get_by_role("button", name="Save privacy settings").click()
    expect(page.get_by_test_id("shared-count")).to_have_text("0 of 6 stats public")
    expect(page.get_by_test_id("shared-list")).to_have_text("Nothing is public")
    page.get_by_role("button", name="Reset").click()
    expect(page.get_by_test_id("privacy-result")).to_be_hidden()
    expect(page.get_by_label("Download counts")).to_be_checked()
