from playwright.sync_api import expect


def test_zone_filter_applies_only_on_apply(mount):
    page = mount("SensorList.jsx")
    page.get_by_role("button", name="Filters").click()
    drawer = page.get_by_role("dialog", name="Sensor filters")
    expect(drawer.get_by_label("Chiller A")).to_be_checked()
    expect(drawer.get_by_label("Freezer hall")).to_be_checked()
    expect(drawer.get_by_label("Loading dock")).to_be_checked()
    drawer.get_by_label("Loading dock").uncheck()
    expect(page.get_by_text("Showing 8 of 8 sensors")).to_be_visible()
    drawer.get_by_role("button", name="Apply filters").click()
    expect(drawer).to_be_hidden()
    expect(page.get_by_text("Showing 5 of 8 sensors")).to_be_visible()
    expect(page.get_by_text("S-310")).to_have_count(0)
    expect(page.get_by_role("button", name="Filters (1)")).to_be_visible()


def test_alert_only(mount):
    page = mount("SensorList.jsx")
    page.get_by_role("button", name="Filters").click()
    page.get_by_label("Status").select_option("Alert only")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("Showing 2 of 8 sensors")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(2)
    expect(page.get_by_text("S-207")).to_be_visible()
    expect(page.get_by_text("S-311")).to_be_visible()


def test_cancel_discards_the_draft(mount):
    page = mount("SensorList.jsx")
    page.get_by_role("button", name="Filters").click()
    page.get_by_label("Freezer hall").uncheck()
    page.get_by_role("button", name="Cancel").click()
    page.get_by_role("button", name="Filters").click()
    expect(page.get_by_label("Freezer hall")).to_be_checked()
    expect(page.get_by_text("Showing 8 of 8 sensors")).to_be_visible()
