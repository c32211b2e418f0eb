from playwright.sync_api import expect


def test_morning_list(mount):
    page = mount("ChargingSlots.jsx")
    expect(page.locator(".slot-row")).to_have_count(4)
    late = page.get_by_role("row").filter(has_text="11:00")
    expect(late.locator(".taken")).to_have_text("Taken")
    expect(late.get_by_role("button", name="Reserve")).to_have_count(0)


def test_estimates(mount):
    page = mount("ChargingSlots.jsx")
    expect(page.get_by_role("row").filter(has_text="08:00").locator(".est")).to_have_text("£9.90")
    expect(page.get_by_role("row").filter(has_text="09:00").locator(".est")).to_have_text("£34.50")
    expect(page.get_by_role("row").filter(has_text="10:00").locator(".est")).to_have_text("£69.00")


def test_reserve_the_1000_slot(mount):
    page = mount("ChargingSlots.jsx")
    page.get_by_role("row").filter(has_text="10:00").get_by_role("button", name="Reserve").click()
    expect(page.get_by_role("status")).to_have_text("Reserved Bay 3 (CCS, 150 kW) at 10:00 - about £69.00")


def test_ccs_only(mount):
    page = mount("ChargingSlots.jsx")
    page.get_by_label("CCS connectors only").check()
    expect(page.locator(".slot-row")).to_have_count(2)
    expect(page.locator(".slot-row").first).to_contain_text("09:00")
    expect(page.locator(".slot-row").last).to_contain_text("10:00")


def test_afternoon_tab(mount):
    page = mount("ChargingSlots.jsx")
    page.get_by_role("tab", name="Afternoon").click()
    expect(page.locator(".slot-row")).to_have_count(3)
    slow = page.get_by_role("row").filter(has_text="15:00")
    expect(slow).to_contain_text("Bay 4")
    expect(slow.locator(".est")).to_have_text("£3.15")
