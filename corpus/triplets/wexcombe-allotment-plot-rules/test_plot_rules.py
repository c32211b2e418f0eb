import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "heading,text",
    [
        ("Plot sizes and rent", "A full plot is 250 m² and costs £48 a year; half plots cost £26."),
        ("Bonfires", "Bonfires are allowed only from 1 November to 28 February, before 10:00."),
        ("Keeping hens", "Up to 6 hens per full plot; no cockerels."),
    ],
)
def test_opening_a_rule_shows_its_text(mount, heading, text):
    page = mount("PlotRules.jsx")
    page.get_by_role("button", name=heading).click()
    expect(page.get_by_role("button", name=heading)).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_text(text)).to_be_visible()


def test_moving_between_headings_with_the_keyboard(mount):
    page = mount("PlotRules.jsx")
    page.get_by_role("button", name="Plot sizes and rent").focus()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("button", name="Sheds and greenhouses")).to_be_focused()
    page.keyboard.press("End")
    expect(page.get_by_role("button", name="Keeping hens")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("button", name="Plot sizes and rent")).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Keeping hens")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_text("Tell the committee before the hens arrive.")).to_be_visible()


def test_headings_open_independently(mount):
    page = mount("PlotRules.jsx")
    page.get_by_role("button", name="Sheds and greenhouses").click()
    page.get_by_role("button", name="Water troughs").click()
    expect(page.get_by_role("button", name="Sheds and greenhouses")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("button", name="Water troughs")).to_have_attribute("aria-expanded", "true")
