from playwright.sync_api import expect


def test_sign_languages_are_suggested(mount):
    page = mount("LanguagePicker.jsx")
    page.get_by_label("Add a language").fill("sign")
    expect(page.get_by_role("option")).to_have_text(
        [
            "British Sign Language (BSL)",
            "Irish Sign Language (ISL)",
            "American Sign Language (ASL)",
            "International Sign",
        ]
    )


def test_no_more_than_five_suggestions(mount):
    page = mount("LanguagePicker.jsx")
    page.get_by_label("Add a language").fill("p")
    expect(page.get_by_role("option")).to_have_text(["Polish", "Portuguese", "Punjabi", "Pashto", "Persian (Farsi)"])


def test_enter_adds_urdu_once(mount):
    page = mount("LanguagePicker.jsx")
    field = page.get_by_label("Add a language")
    field.fill("urd")
    field.press("Enter")
    expect(page.get_by_role("list", name="Your languages")).to_contain_text("Urdu")
    expect(field).to_have_value("")
    field.fill("urd")
    expect(page.get_by_text("No more matches")).to_be_visible()


def test_three_languages_is_the_limit(mount):
    page = mount("LanguagePicker.jsx")
    field = page.get_by_label("Add a language")
    field.fill("urd")
    field.press("Enter")
    field.fill("Polish")
    field.press("Enter")
    field.fill("Somali")
    field.press("Enter")
    expect(field).to_be_disabled()
    expect(page.get_by_text("You can add up to 3 languages")).to_be_visible()
    page.get_by_role("button", name="Remove Polish").click()
    expect(field).to_be_enabled()
