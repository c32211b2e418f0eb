from playwright.sync_api import expect


def test_start_charging_on_bay_3(mount):
    page = mount("ChargingBays.jsx")
    page.get_by_role("listitem").filter(has_text="Bay 3").get_by_role("button", name="Start charging").click()
    expect(page.get_by_role("status")).to_contain_text("Charging started on Bay 3 (22 kW)")
    expect(page.get_by_role("listitem").filter(has_text="Bay 3")).to_contain_text("Charging")


def test_stop_charging_on_bay_4(mount):
    page = mount("ChargingBays.jsx")
    page.get_by_role("listitem").filter(has_text="Bay 4").get_by_role("button", name="Stop charging").click()
    expect(page.get_by_text("Bay 4 session ended: 31.0 kWh, €13.95")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Bay 4")).to_contain_text("Free")


def test_out_of_service_bay(mount):
    page = mount("ChargingBays.jsx")
    page.get_by_role("listitem").filter(has_text="Bay 5").get_by_role("button", name="Start charging").click()
    expect(page.get_by_role("alert")).to_contain_text("Bay 5 is out of service")
    expect(page.get_by_role("listitem").filter(has_text="Bay 5")).to_contain_text("Out of service")


def test_dismiss_one_and_dismiss_all(mount):
    page = mount("ChargingBays.jsx")
    page.get_by_role("listitem").filter(has_text="Bay 3").get_by_role("button", name="Start charging").click()
    page.get_by_role("listitem").filter(has_text="Bay 1").get_by_role("button", name="Start charging").click()
    page.get_by_role("status").filter(has_text="Bay 3").get_by_role("button", name="Dismiss", exact=True).click()
    expect(page.get_by_text("Charging started on Bay 3 (22 kW)")).to_have_count(0)
    expect(page.get_by_text("Charging started on Bay 1 (7 kW)")).to_be_visible()
    page.get_by_role("listitem").filter(has_text="Bay 4").get_by_role("button", name="Stop charging").click()
    page.get_by_role("button", name="Dismiss all").click()
    expect(page.get_by_role("status")).to_have_count(0)
