from playwright.sync_api import expect


def test_default_estimate(mount):
    page = mount("SolarEstimate.jsx")
    expect(page.get_by_test_id("panel-count")).to_have_text("12")
    expect(page.get_by_test_id("system-size")).to_have_text("4.92 kW system")
    expect(page.get_by_test_id("gross")).to_have_text("$14,022.00")
    expect(page.get_by_test_id("credit")).to_have_text("-$4,206.60")
    expect(page.get_by_test_id("net")).to_have_text("$9,815.40")
    expect(page.get_by_test_id("kwh")).to_have_text("6,642 kWh / year")
    expect(page.get_by_test_id("savings")).to_have_text("$1,062.72 / year")
    expect(page.get_by_test_id("payback")).to_have_text("Pays for itself in about 9.2 years")


def test_battery_is_covered_by_tax_credit(mount):
    page = mount("SolarEstimate.jsx")
    page.get_by_label("Add home battery (13.5 kWh, $9,800)").check()
    expect(page.get_by_test_id("gross")).to_have_text("$23,822.00")
    expect(page.get_by_test_id("credit")).to_have_text("-$7,146.60")
    expect(page.get_by_test_id("net")).to_have_text("$16,675.40")
    expect(page.get_by_test_id("payback")).to_have_text("Pays for itself in about 15.7 years")


def test_east_west_roof_with_fourteen_panels(mount):
    page = mount("SolarEstimate.jsx")
    page.get_by_label("Add home battery (13.5 kWh, $9,800)").check()
    page.get_by_role("button", name="Start over").click()
    page.get_by_label("Roof orientation").select_option("East / West")
    page.get_by_role("button", name="Add panel").click()
    page.get_by_role("button", name="Add panel").click()
    expect(page.get_by_test_id("panel-count")).to_have_text("14")
    expect(page.get_by_test_id("system-size")).to_have_text("5.74 kW system")
    expect(page.get_by_test_id("gross")).to_have_text("$16,359.00")
    expect(page.get_by_test_id("net")).to_have_text("$11,451.30")
    expect(page.get_by_test_id("kwh")).to_have_text("6,601 kWh / year")
    expect(page.get_by_test_id("savings")).to_have_text("$1,056.16 / year")
    expect(page.get_by_test_id("payback")).to_have_text("Pays for itself in about 10.8 years")


def test_panel_count_stops_at_six(mount):
    page = mount("SolarEstimate.jsx")
    remove = page.get_by_role("button", name="Remove panel")
    remove.click()
    remove.click()
    remove.click()
    remove.click()
    remove.click()
    remove.click()
    expect(page.get_by_test_id("panel-count")).to_have_text("6")
    expect(remove).to_be_disabled()
    expect(page.get_by_test_id("system-size")).to_have_text("2.46 kW system")
