from playwright.sync_api import expect


def test_save_disabled_until_something_changes(mount):
    page = mount("GreenhouseAlerts.jsx")
    expect(page.get_by_role("button", name="Save alerts")).to_be_disabled()
    expect(page.get_by_role("button", name="Discard changes")).to_be_disabled()


def test_low_humidity_alert_unlocks_threshold(mount):
    page = mount("GreenhouseAlerts.jsx")
    humidity = page.get_by_role("switch", name="Low humidity alert")
    expect(page.get_by_label("Minimum humidity (%)")).to_be_disabled()
    humidity.click()
    expect(humidity).to_have_attribute("aria-checked", "true")
    expect(page.get_by_label("Minimum humidity (%)")).to_be_enabled()
    expect(page.get_by_label("Minimum humidity (%)")).to_have_value("45")
    expect(page.get_by_role("button", name="Save alerts")).to_be_enabled()
    humidity.click()
    expect(page.get_by_role("button", name="Save alerts")).to_be_disabled()
    expect(page.get_by_label("Minimum humidity (%)")).to_be_disabled()


def test_save_counts_active_alerts(mount):
    page = mount("GreenhouseAlerts.jsx")
    page.get_by_role("switch", name="CO2 spike alert").click()
    page.get_by_role("switch", name="Low humidity alert").click()
    page.get_by_role("switch", name="Frost alarm").click()
    page.get_by_role("button", name="Save alerts").click()
    expect(page.get_by_text("Saved. 3 alerts active")).to_be_visible()
    expect(page.get_by_role("button", name="Save alerts")).to_be_disabled()


def test_discard_restores_vent_door(mount):
    page = mount("GreenhouseAlerts.jsx")
    door = page.get_by_role("switch", name="Vent door left open")
    door.click()
    expect(door).to_have_attribute("aria-checked", "false")
    page.get_by_role("button", name="Discard changes").click()
    expect(door).to_have_attribute("aria-checked", "true")
