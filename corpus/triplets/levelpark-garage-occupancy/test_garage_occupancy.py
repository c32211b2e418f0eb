from playwright.sync_api import expect


def test_opening_state(mount):
    page = mount("GarageOccupancy.jsx")
    expect(page.locator(".sign-free")).to_have_text("93")
    level2 = page.get_by_role("region", name="Level 2")
    expect(level2.locator(".level-state")).to_contain_text("0 free of 120")
    expect(level2.locator(".full-badge")).to_have_text("FULL")
    expect(level2.get_by_role("button", name="Car in")).to_be_disabled()


def test_level_zero_fills_up(mount):
    page = mount("GarageOccupancy.jsx")
    level0 = page.get_by_role("region", name="Level 0 - EV & accessible")
    level0.get_by_role("button", name="Car in").click()
    level0.get_by_role("button", name="Car in").click()
    expect(level0.locator(".level-state")).to_contain_text("0 free of 40")
    expect(level0.locator(".full-badge")).to_have_text("FULL")
    expect(level0.get_by_role("button", name="Car in")).to_be_disabled()
    expect(page.locator(".sign-free")).to_have_text("91")
    expect(page.get_by_text("Barrier events this shift: 2")).to_be_visible()


def test_car_leaves_level_two(mount):
    page = mount("GarageOccupancy.jsx")
    level2 = page.get_by_role("region", name="Level 2")
    level2.get_by_role("button", name="Car out").click()
    expect(level2.locator(".level-state")).to_have_text("1 free of 120")
    expect(level2.locator(".full-badge")).to_have_count(0)
    expect(page.locator(".sign-free")).to_have_text("94")


def test_closing_the_roof(mount):
    page = mount("GarageOccupancy.jsx")
    page.get_by_label("Close the roof (ice or high wind)").check()
    expect(page.get_by_role("region", name="Roof").locator(".level-state")).to_have_text("Closed")
    expect(page.locator(".sign-free")).to_have_text("25")
