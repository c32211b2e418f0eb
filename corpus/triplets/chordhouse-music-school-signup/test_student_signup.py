import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "password,rule",
    [
        ("Cello12AB", "At least 10 characters"),
        ("allegro123456", "One capital letter"),
        ("AllegroVivace", "One number"),
        ("Allegro 123456", "No spaces"),
        ("marta2024Piano", "Not your first name"),
    ],
)
def test_a_password_that_breaks_one_rule(mount, password, rule):
    page = mount("StudentSignup.jsx")
    page.get_by_label("First name").fill("Marta")
    page.get_by_label("E-mail").fill("marta.k@chordhouse.test")
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Confirm password").fill(password)
    expect(page.get_by_role("listitem").filter(has_text=rule)).to_have_attribute("data-state", "unmet")
    expect(page.get_by_role("button", name="Create student account")).to_be_disabled()


def test_confirmation_does_not_match(mount):
    page = mount("StudentSignup.jsx")
    page.get_by_label("First name").fill("Marta")
    page.get_by_label("E-mail").fill("marta.k@chordhouse.test")
    page.get_by_label("Password", exact=True).fill("Allegretto42")
    page.get_by_label("Confirm password").fill("Allegretto43")
    expect(page.get_by_text("Passwords don't match")).to_be_visible()
    expect(page.get_by_role("button", name="Create student account")).to_be_disabled()


def test_all_rules_met(mount):
    page = mount("StudentSignup.jsx")
    page.get_by_label("First name").fill("Marta")
    page.get_by_label("E-mail").fill("marta.k@chordhouse.test")
    page.get_by_label("Main instrument").select_option("Cello")
    page.get_by_label("Password", exact=True).fill("Allegretto42")
    page.get_by_label("Confirm password").fill("Allegretto42")
    rules = page.get_by_role("listitem")
    expect(rules.filter(has_text="At least 10 characters")).to_have_attribute("data-state", "met")
    expect(rules.filter(has_text="One capital letter")).to_have_attribute("data-state", "met")
    expect(rules.filter(has_text="One number")).to_have_attribute("data-state", "met")
    expect(rules.filter(has_text="No spaces")).to_have_attribute("data-state", "met")
    expect(rules.filter(has_text="Not your first name")).to_have_attribute("data-state", "met")
    page.get_by_role("button", name="Create student account").click()
    expect(page.get_by_role("status")).to_have_text(
        "Welcome to Chordhouse, Marta! Your first cello lesson can be booked on the next page."
    )
