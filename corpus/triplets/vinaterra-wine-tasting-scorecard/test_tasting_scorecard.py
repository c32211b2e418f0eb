import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("aroma,palate,finish,summary", [
    ("5", "5", "1", "92 pts - Gold"),
    ("4", "3", "4", "86 pts - Silver"),
    ("3", "3", "4", "82 pts - Bronze"),
    ("3", "2", "3", "76 pts - No medal"),
])
def test_points_and_medal(mount, aroma, palate, finish, summary):
    page = mount("TastingScorecard.jsx")
    page.get_by_title("Aroma: " + aroma).click()
    page.get_by_title("Palate: " + palate).click()
    page.get_by_title("Finish: " + finish).click()
    expect(page.locator(".summary")).to_have_text(summary)


def test_incomplete_card_cannot_be_saved(mount):
    page = mount("TastingScorecard.jsx")
    page.get_by_title("Aroma: 4").click()
    expect(page.locator(".summary")).to_have_text("Score each aspect")
    expect(page.get_by_role("button", name="Save score")).to_be_disabled()


def test_faulty_wine(mount):
    page = mount("TastingScorecard.jsx")
    page.get_by_label("Faulty (cork taint, oxidised)").check()
    expect(page.locator(".summary")).to_have_text("Faulty - not scored")
    expect(page.get_by_title("Aroma: 4")).to_be_disabled()
    page.get_by_role("button", name="Save score").click()
    expect(page.get_by_text("Saved for Panel 2 / Judge Ferreira")).to_be_visible()
