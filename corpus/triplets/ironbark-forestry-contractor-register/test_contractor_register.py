import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "password,message",
    [
        ("Oak4ever", "Use at least 10 characters"),
        ("Oak4ever!!", "Password OK"),
        ("woodland-paths", "Mix letters and numbers"),
        ("TIMBER2025WOOD", "Password OK"),
        ("hollins-2025-saw", "Don't use your company name in the password"),
        ("HOLLINS2025", "Don't use your company name in the password"),
    ],
)
def test_password_is_checked_on_tab(mount, password, message):
    page = mount("ContractorRegister.jsx")
    page.get_by_label("Company name").fill("Hollins Tree Surgery")
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Password", exact=True).press("Tab")
    expect(page.get_by_text(message)).to_be_visible()


def test_second_password_does_not_match(mount):
    page = mount("ContractorRegister.jsx")
    page.get_by_label("Company name").fill("Hollins Tree Surgery")
    page.get_by_label("Password", exact=True).fill("Oak4ever!!")
    page.get_by_label("Password again").fill("Oak4ever!?")
    page.get_by_label("Password again").press("Tab")
    expect(page.get_by_text("Doesn't match the password above")).to_be_visible()


def test_happy_path_registration(mount):
    page = mount("ContractorRegister.jsx")
    page.get_by_label("Company name").fill("Hollins Tree Surgery")
    page.get_by_label("Contact e-mail").fill("office@hollinstrees.test")
    page.get_by_label("Password", exact=True).fill("Oak4ever!!")
    page.get_by_label("Password again").fill("Oak4ever!!")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text("Registration sent for contractor account CT-4471 (Hollins Tree Surgery)")).to_be_visible()
