from playwright.sync_api import expect


def test_full_zone_is_not_over(mount):
    page = mount("TowerCounts.jsx")
    expect(page.locator(".total")).to_have_text("56")
    expect(page.locator(".flag")).to_have_text("Yellow")
    page.get_by_role("button", name="One more swimmer in Zone B").click()
    zone_b = page.locator(".zone-card").filter(has_text="Zone B - Surf school")
    expect(zone_b.locator(".zone-count")).to_have_text("40 / 40")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.locator(".flag")).to_have_text("Yellow")


def test_over_capacity_raises_the_red_flag(mount):
    page = mount("TowerCounts.jsx")
    page.get_by_role("button", name="One more swimmer in Zone B").click()
    page.get_by_role("button", name="One more swimmer in Zone B").click()
    expect(page.locator(".zone-card").filter(has_text="Zone B - Surf school").locator(".zone-count")).to_have_text("41 / 40")
    expect(page.get_by_role("alert")).to_have_text("Zone B over capacity")
    expect(page.locator(".flag")).to_have_text("Red")
    expect(page.locator(".total")).to_have_text("58")


def test_kids_zone_counter(mount):
    page = mount("TowerCounts.jsx")
    expect(page.get_by_role("button", name="One less swimmer in Zone D")).to_be_disabled()
    page.get_by_role("button", name="One more swimmer in Zone D").click()
    expect(page.locator(".zone-card").filter(has_text="Zone D - Kids paddling").locator(".zone-count")).to_have_text("1 / 15")
    expect(page.locator(".total")).to_have_text("57")


def test_log_incidents(mount):
    page = mount("TowerCounts.jsx")
    page.get_by_role("button", name="Log incident").click()
    page.get_by_role("button", name="Log incident").click()
    expect(page.locator(".incidents")).to_have_text("2")
