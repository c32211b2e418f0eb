from playwright.sync_api import expect


def test_summary_of_the_readings(mount):
    page = mount("StationReadings.jsx")
    expect(page.locator(".reading")).to_have_count(4)
    expect(page.locator(".high")).to_have_text("7.1°C")
    expect(page.locator(".low")).to_have_text("4.2°C")
    expect(page.locator(".rain")).to_have_text("1.6 mm")


def test_fahrenheit(mount):
    page = mount("StationReadings.jsx")
    page.get_by_role("button", name="Show °F").click()
    expect(page.locator(".high")).to_have_text("44.8°F")
    expect(page.locator(".low")).to_have_text("39.6°F")
    expect(page.get_by_role("button", name="Show °C")).to_be_visible()


def test_loading(mount):
    page = mount("StationReadings.jsx", props={"loading": True})
    expect(page.locator(".station-msg")).to_have_text("Contacting station CP-07...")
    expect(page.get_by_role("table")).to_have_count(0)


def test_station_offline(mount):
    page = mount("StationReadings.jsx", props={"error": "no uplink since 06:40"})
    expect(page.get_by_role("alert")).to_have_text("Station offline: no uplink since 06:40")


def test_no_readings(mount):
    page = mount("StationReadings.jsx", props={"readings": []})
    expect(page.locator(".station-msg")).to_have_text("No readings in the last 24 hours.")
