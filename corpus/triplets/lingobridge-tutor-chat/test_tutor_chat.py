from playwright.sync_api import expect


def test_translation_opens_for_one_message(mount):
    page = mount("TutorChat.jsx")
    page.get_by_role("button", name="Show English translation").first.click()
    expect(page.get_by_text("What did you do at the weekend?")).to_be_visible()
    expect(page.get_by_role("button", name="Hide translation")).to_have_count(1)
    expect(page.get_by_role("button", name="Show English translation")).to_have_count(1)


def test_draft_is_kept_per_tutor(mount):
    page = mount("TutorChat.jsx")
    page.get_by_label("Reply as Emma Lindqvist").fill("El sábado fui al mercado")
    page.get_by_role("button", name="Sensei Kenji (Japanese)").click()
    expect(page.get_by_label("Reply as Emma Lindqvist")).to_have_value("")
    expect(page.locator(".contacts").get_by_role("listitem").filter(has_text="Profesora Lucía").locator(".draft-tag")).to_have_text("Draft")
    page.get_by_role("button", name="Profesora Lucía (Spanish)").click()
    expect(page.get_by_label("Reply as Emma Lindqvist")).to_have_value("El sábado fui al mercado")


def test_enter_sends_to_the_open_tutor(mount):
    page = mount("TutorChat.jsx")
    box = page.get_by_label("Reply as Emma Lindqvist")
    box.fill("El sábado fui al mercado")
    box.press("Enter")
    expect(page.locator(".bubble").last).to_have_text("Emma Lindqvist: El sábado fui al mercado")
    expect(box).to_have_value("")
    expect(page.locator(".draft-tag")).to_have_count(0)
    page.get_by_role("button", name="Sensei Kenji (Japanese)").click()
    expect(page.locator(".thread")).not_to_contain_text("El sábado fui al mercado")
