from playwright.sync_api import expect


def test_show_and_hide_the_password(mount):
    page = mount("WalkerSignup.jsx")
    page.get_by_label("Password", exact=True).fill("Walkies42")
    page.get_by_role("button", name="Show password").click()
    expect(page.get_by_label("Password", exact=True)).to_have_attribute("type", "text")
    page.get_by_role("button", name="Hide password").click()
    expect(page.get_by_label("Password", exact=True)).to_have_attribute("type", "password")


def test_strength_indicator(mount):
    page = mount("WalkerSignup.jsx")
    page.get_by_label("Password", exact=True).fill("walkies")
    expect(page.get_by_text("Strength: weak")).to_be_visible()
    page.get_by_label("Password", exact=True).fill("Walkies42")
    expect(page.get_by_text("Strength: fair")).to_be_visible()
    page.get_by_label("Password", exact=True).fill("Walkies42!long")
    expect(page.get_by_text("Strength: strong")).to_be_visible()


def test_common_password_is_refused_even_with_capitals(mount):
    page = mount("WalkerSignup.jsx")
    page.get_by_label("Your name").fill("Ruth Ambler")
    page.get_by_label("Email").fill("ruth@leashline.test")
    page.get_by_label("Password", exact=True).fill("Walkies123")
    page.get_by_role("button", name="Apply to walk").click()
    expect(page.get_by_role("alert")).to_have_text("That password is too common")


def test_successful_application(mount):
    page = mount("WalkerSignup.jsx")
    page.get_by_label("Your name").fill("Ruth Ambler")
    page.get_by_label("Email").fill("ruth@leashline.test")
    page.get_by_label("Area you can cover").select_option("Riverside")
    page.get_by_label("Password", exact=True).fill("Walkies42")
    page.get_by_role("button", name="Apply to walk").click()
    expect(
        page.get_by_text("Thanks Ruth Ambler! We'll check your references and email ruth@leashline.test within 48 hours.")
    ).to_be_visible()
