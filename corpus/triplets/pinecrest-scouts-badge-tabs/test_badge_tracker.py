from playwright.sync_api import expect


def test_camper_selected_on_load(mount):
    page = mount("BadgeTracker.jsx")
    expect(page.get_by_role("tab", name="Camper")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("heading", name="Camper badge")).to_be_visible()
    expect(page.get_by_text("1 of 4 requirements done")).to_be_visible()


def test_arrow_moves_focus_and_enter_selects(mount):
    page = mount("BadgeTracker.jsx")
    page.get_by_role("tab", name="Camper").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Navigator")).to_be_focused()
    expect(page.get_by_role("tab", name="Camper")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("heading", name="Camper badge")).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.get_by_role("tab", name="Navigator")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("heading", name="Navigator badge")).to_be_visible()
    expect(page.get_by_text("0 of 3 requirements done")).to_be_visible()


def test_left_arrow_wraps_and_space_selects(mount):
    page = mount("BadgeTracker.jsx")
    page.get_by_role("tab", name="Camper").focus()
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_role("tab", name="First aid")).to_be_focused()
    page.keyboard.press(" ")
    expect(page.get_by_role("tab", name="First aid")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("2 of 2 requirements done")).to_be_visible()


def test_ticking_a_requirement(mount):
    page = mount("BadgeTracker.jsx")
    page.get_by_label("Pitch a tent without help").check()
    expect(page.get_by_text("2 of 4 requirements done")).to_be_visible()
