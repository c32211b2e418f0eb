from playwright.sync_api import expect


def test_hold_a_vessel_for_survey(mount):
    page = mount("DockBoard.jsx")
    expect(page.get_by_role("status")).to_have_text("No activity yet today")
    page.get_by_role("button", name="Vessel actions: Tug Halcyon").click()
    page.get_by_role("menuitem", name="Hold for survey").click()
    expect(page.get_by_role("row").filter(has_text="Tug Halcyon")).to_contain_text("On hold")
    expect(page.get_by_role("status")).to_have_text("Tug Halcyon held for survey")
    expect(page.get_by_role("menu")).to_have_count(0)


def test_only_one_menu_open(mount):
    page = mount("DockBoard.jsx")
    page.get_by_role("button", name="Vessel actions: MV Brenna Star").click()
    page.get_by_role("button", name="Vessel actions: SV Maud Ellen").click()
    expect(page.get_by_role("menu")).to_have_count(1)
    expect(page.get_by_role("menu", name="Vessel actions: SV Maud Ellen")).to_be_visible()


def test_escape_returns_focus(mount):
    page = mount("DockBoard.jsx")
    page.get_by_role("button", name="Vessel actions: MV Brenna Star").click()
    expect(page.get_by_role("menuitem", name="Log inspection")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("menu")).to_have_count(0)
    expect(page.get_by_role("button", name="Vessel actions: MV Brenna Star")).to_be_focused()


def test_inspections_counter(mount):
    page = mount("DockBoard.jsx")
    page.get_by_role("button", name="Vessel actions: SV Maud Ellen").click()
    page.get_by_role("menuitem", name="Log inspection").click()
    page.get_by_role("button", name="Vessel actions: SV Maud Ellen").click()
    page.get_by_role("menuitem", name="Log inspection").click()
    expect(page.get_by_role("row").filter(has_text="SV Maud Ellen")).to_contain_text("Inspections: 3")
    expect(page.get_by_role("status")).to_have_text("Inspection logged for SV Maud Ellen")


def test_released_vessel(mount):
    page = mount("DockBoard.jsx")
    page.get_by_role("button", name="Vessel actions: MV Brenna Star").click()
    page.get_by_role("menuitem", name="Move to quay").click()
    expect(page.get_by_role("row").filter(has_text="MV Brenna Star")).to_contain_text("Released")
    page.get_by_role("button", name="Vessel actions: MV Brenna Star").click()
    expect(page.get_by_role("menuitem", name="Hold for survey")).to_be_disabled()
    expect(page.get_by_role("menuitem", name="Move to quay")).to_be_disabled()
    expect(page.get_by_role("menuitem", name="Log inspection")).to_be_enabled()
