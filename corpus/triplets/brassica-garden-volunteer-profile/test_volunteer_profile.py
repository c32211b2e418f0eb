import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "hours,result",
    [
        ("1", "Between 2 and 40 hours a month, please"),
        ("2", "Profile saved"),
        ("40", "Profile saved"),
        ("41", "Between 2 and 40 hours a month, please"),
    ],
)
def test_hours_a_month(mount, hours, result):
    page = mount("VolunteerProfile.jsx")
    page.get_by_label("Hours a month").fill(hours)
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text(result)).to_be_visible()


def test_phone_visibility_follows_the_phone_number(mount):
    page = mount("VolunteerProfile.jsx")
    card = page.get_by_role("article", name="Volunteer card")
    page.get_by_label("Phone (optional)").fill("07700 900 612")
    page.get_by_label("Show my phone to other volunteers").check()
    page.get_by_role("button", name="Save profile").click()
    expect(card.get_by_text("Phone: 07700 900 612")).to_be_visible()
    page.get_by_label("Phone (optional)").fill("")
    page.get_by_role("button", name="Save profile").click()
    expect(card.get_by_text("Phone hidden")).to_be_visible()
    expect(page.get_by_label("Show my phone to other volunteers")).not_to_be_checked()
    expect(page.get_by_label("Show my phone to other volunteers")).to_be_disabled()


def test_pronouns_and_skills_on_the_card(mount):
    page = mount("VolunteerProfile.jsx")
    card = page.get_by_role("article", name="Volunteer card")
    page.get_by_label("Pronouns").select_option("Prefer not to say")
    page.get_by_label("Beekeeping").check()
    page.get_by_label("Carpentry").check()
    page.get_by_role("button", name="Save profile").click()
    expect(card.get_by_role("heading")).to_have_text("Sam Achterberg")
    expect(card.get_by_text("Skills: Composting, Carpentry, Beekeeping")).to_be_visible()
