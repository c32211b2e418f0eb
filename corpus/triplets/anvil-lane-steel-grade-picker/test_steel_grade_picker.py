from playwright.sync_api import expect


def test_typing_10_suggests_four_grades(mount):
    page = mount("SteelGradePicker.jsx")
    page.get_by_placeholder("Steel grade, e.g. 1084").fill("10")
    expect(page.get_by_role("option")).to_have_text(
        ["1045 medium carbon", "1084 high carbon", "1095 spring steel", "52100 bearing steel"]
    )


def test_arrow_down_twice_and_enter(mount):
    page = mount("SteelGradePicker.jsx")
    field = page.get_by_placeholder("Steel grade, e.g. 1084")
    field.fill("10")
    field.press("ArrowDown")
    field.press("ArrowDown")
    field.press("Enter")
    expect(field).to_have_value("1084 high carbon")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(page.get_by_text("Quench: fast oil from 815 °C")).to_be_visible()


def test_capitals_match(mount):
    page = mount("SteelGradePicker.jsx")
    page.get_by_placeholder("Steel grade, e.g. 1084").fill("TOOL")
    expect(page.get_by_role("option")).to_have_text(["O1 tool steel", "A2 tool steel", "D2 tool steel"])


def test_escape_closes_without_choosing(mount):
    page = mount("SteelGradePicker.jsx")
    field = page.get_by_placeholder("Steel grade, e.g. 1084")
    field.fill("spring")
    expect(page.get_by_role("listbox")).to_be_visible()
    field.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(field).to_have_value("spring")
    expect(page.get_by_text("No steel chosen yet")).to_be_visible()


def test_highlight_wraps_round(mount):
    page = mount("SteelGradePicker.jsx")
    field = page.get_by_placeholder("Steel grade, e.g. 1084")
    field.fill("10")
    field.press("ArrowDown")
    field.press("ArrowDown")
    field.press("ArrowDown")
    field.press("ArrowDown")
    field.press("ArrowDown")
    field.press("Enter")
    expect(field).to_have_value("1045 medium carbon")

