from playwright.sync_api import expect


def test_valid_password_grants_access(mount):
    page = mount("AcceptInvite.jsx")
    page.get_by_label("Full name").fill("Tove Haugen")
    page.get_by_label("New password", exact=True).fill("Fjellmoen2024")
    page.get_by_label("Confirm new password").fill("Fjellmoen2024")
    page.get_by_role("button", name="Accept invitation").click()
    expect(page.get_by_text("Portal access granted for Tove Haugen (LL-20-7781).")).to_be_visible()


def test_single_digit_is_not_enough(mount):
    page = mount("AcceptInvite.jsx")
    page.get_by_label("Full name").fill("Tove Haugen")
    page.get_by_label("New password", exact=True).fill("Fjellmoen-A1")
    page.get_by_label("Confirm new password").fill("Fjellmoen-A1")
    page.get_by_role("button", name="Accept invitation").click()
    expect(page.get_by_role("alert")).to_contain_text("1 problem with the form:")
    expect(page.get_by_role("alert").get_by_role("listitem")).to_have_text(["At least 2 digits"])


def test_client_reference_without_dashes(mount):
    page = mount("AcceptInvite.jsx")
    page.get_by_label("Full name").fill("Tove Haugen")
    page.get_by_label("New password", exact=True).fill("Books!LL207781x")
    page.get_by_label("Confirm new password").fill("Books!LL207781x")
    page.get_by_role("button", name="Accept invitation").click()
    expect(page.get_by_role("alert")).to_contain_text("Must not contain your client reference")


def test_short_password_and_wrong_confirmation(mount):
    page = mount("AcceptInvite.jsx")
    page.get_by_label("Full name").fill("Tove Haugen")
    page.get_by_label("New password", exact=True).fill("Tove12")
    page.get_by_label("Confirm new password").fill("Tove13")
    page.get_by_role("button", name="Accept invitation").click()
    expect(page.get_by_role("alert")).to_contain_text("2 problems with the form:")
    expect(page.get_by_role("alert").get_by_role("listitem")).to_have_text(
        ["At least 12 characters", "The confirmation doesn't match"]
    )
