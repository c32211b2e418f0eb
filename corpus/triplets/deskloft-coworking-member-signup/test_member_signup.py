from playwright.sync_api import expect


def test_empty_form_lists_all_problems(mount):
    page = mount("MemberSignup.jsx")
    page.get_by_role("button", name="Create membership").click()
    expect(page.get_by_text("Enter your work e-mail")).to_be_visible()
    expect(page.get_by_text("Password must be at least 12 characters")).to_be_visible()
    expect(page.get_by_text("Password needs one symbol (! @ # $ % & *)")).to_be_visible()
    expect(page.get_by_text("Accept the house rules to continue")).to_be_visible()


def test_password_without_a_symbol(mount):
    page = mount("MemberSignup.jsx")
    page.get_by_label("Work e-mail").fill("jonas.weber@orbit.test")
    page.get_by_label("Choose a password").fill("Cowork2024desk")
    page.get_by_label("Repeat password").fill("Cowork2024desk")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Create membership").click()
    expect(page.get_by_role("listitem")).to_have_count(1)
    expect(page.get_by_role("listitem")).to_have_text("Password needs one symbol (! @ # $ % & *)")


def test_character_repeated_three_times(mount):
    page = mount("MemberSignup.jsx")
    page.get_by_label("Work e-mail").fill("jonas.weber@orbit.test")
    page.get_by_label("Choose a password").fill("Deskloft!!!22")
    page.get_by_label("Repeat password").fill("Deskloft!!!22")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Create membership").click()
    expect(page.get_by_text("Password can't repeat a character 3 times in a row")).to_be_visible()


def test_passwords_are_different(mount):
    page = mount("MemberSignup.jsx")
    page.get_by_label("Work e-mail").fill("jonas.weber@orbit.test")
    page.get_by_label("Choose a password").fill("Hot-desk#Window7")
    page.get_by_label("Repeat password").fill("Hot-desk#Window8")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Create membership").click()
    expect(page.get_by_text("The two passwords are different")).to_be_visible()


def test_valid_fixed_desk_membership(mount):
    page = mount("MemberSignup.jsx")
    page.get_by_label("Work e-mail").fill("jonas.weber@orbit.test")
    page.get_by_label("Membership").select_option("Fixed desk")
    page.get_by_label("Choose a password").fill("Hot-desk#Window7")
    page.get_by_label("Repeat password").fill("Hot-desk#Window7")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Create membership").click()
    expect(page.get_by_role("listitem")).to_have_count(0)
    expect(page.get_by_text("Welcome aboard, jonas.weber@orbit.test! Your Fixed desk pass starts Monday.")).to_be_visible()
