from playwright.sync_api import expect


def test_from_dock_skips_docks_without_bikes(mount):
    page = mount("DockFinder.jsx")
    field = page.get_by_label("From dock", exact=True)
    field.fill("qua")
    options = page.get_by_role("listbox").get_by_role("option")
    expect(options).to_have_text(["Market Square (no bikes)", "Science Quarter - 9 bikes"])
    field.press("ArrowDown")
    expect(page.get_by_role("option", name="Science Quarter - 9 bikes")).to_have_attribute("aria-selected", "true")
    field.press("Enter")
    expect(field).to_have_value("Science Quarter")


def test_to_dock_shows_full_docks(mount):
    page = mount("DockFinder.jsx")
    page.get_by_label("To dock", exact=True).fill("st")
    expect(page.get_by_role("option")).to_have_text(["Station Forecourt (full)"])


def test_plan_a_ride(mount):
    page = mount("DockFinder.jsx")
    from_field = page.get_by_label("From dock", exact=True)
    from_field.fill("qua")
    from_field.press("ArrowDown")
    from_field.press("Enter")
    page.get_by_label("To dock", exact=True).fill("ca")
    expect(page.get_by_role("option")).to_have_text(["Canal Basin - 5 spaces", "Cathedral Green - 3 spaces"])
    page.get_by_role("option", name="Cathedral Green - 3 spaces").click()
    expect(page.get_by_text("Ride from Science Quarter to Cathedral Green")).to_be_visible()


def test_escape_closes_the_list(mount):
    page = mount("DockFinder.jsx")
    field = page.get_by_label("From dock", exact=True)
    field.fill("mill")
    expect(page.get_by_role("listbox")).to_be_visible()
    field.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(field).to_have_value("mill")
