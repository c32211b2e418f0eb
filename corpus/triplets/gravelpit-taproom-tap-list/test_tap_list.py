import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "style,max_abv,summary,first",
    [
        ("IPA", "8.1", "Showing 2 of 10 taps", "Quarry Haze"),
        ("Stout", "6", "Showing 1 of 10 taps", "Night Shift Porter"),
        ("Sour", "5", "Showing 2 of 10 taps", "Tailings Sour"),
        ("Lager", "4.4", "Showing 1 of 10 taps", "Pit Pony Lager"),
    ],
)
def test_style_and_maximum_strength(mount, style, max_abv, summary, first):
    page = mount("TapList.jsx")
    page.get_by_label("Style").select_option(style)
    page.get_by_label("Max ABV").fill(max_abv)
    expect(page.get_by_text(summary)).to_be_visible()
    expect(page.locator(".beer").first).to_have_text(first)


def test_gluten_free_only_then_untick(mount):
    page = mount("TapList.jsx")
    page.get_by_label("Gluten-free only").check()
    expect(page.locator(".beer")).to_have_text(["Pit Pony Lager", "Flint Saison", "Cherry Tailings"])
    expect(page.get_by_text("Showing 3 of 10 taps")).to_be_visible()
    page.get_by_label("Gluten-free only").uncheck()
    expect(page.get_by_text("Showing 10 of 10 taps")).to_be_visible()


def test_nothing_weak_enough(mount):
    page = mount("TapList.jsx")
    page.get_by_label("Max ABV").fill("3.5")
    expect(page.get_by_text("No beers on tap match. Ask at the bar about cans.")).to_be_visible()
