from playwright.sync_api import expect


def test_live_filter(mount):
    page = mount("GaugeStationFinder.jsx")
    box = page.get_by_placeholder("Station name or code")
    box.fill("sh")
    expect(page.locator(".station-name")).to_have_text(["North Shields", "Portrush", "Sheerness"])
    expect(page.get_by_text("3 stations")).to_be_visible()
    box.fill("dov")
    expect(page.locator(".station-name")).to_have_text(["Dover"])
    expect(page.get_by_text("1 stations")).to_be_visible()


def test_enter_keeps_recent_searches_newest_first_max_three(mount):
    page = mount("GaugeStationFinder.jsx")
    box = page.get_by_placeholder("Station name or code")
    recent = page.get_by_role("list", name="Recent searches").get_by_role("button")
    box.fill("dover")
    box.press("Enter")
    box.fill("lerwick")
    box.press("Enter")
    expect(recent).to_have_text(["lerwick", "dover"])
    box.fill("whitby")
    box.press("Enter")
    box.fill("newlyn")
    box.press("Enter")
    expect(recent).to_have_text(["newlyn", "whitby", "lerwick"])
    box.fill("whitby")
    box.press("Enter")
    expect(recent).to_have_text(["whitby", "newlyn", "lerwick"])


def test_enter_in_empty_box_adds_nothing(mount):
    page = mount("GaugeStationFinder.jsx")
    page.get_by_placeholder("Station name or code").press("Enter")
    expect(page.get_by_text("No recent searches yet")).to_be_visible()


def test_pick_a_recent_search(mount):
    page = mount("GaugeStationFinder.jsx")
    box = page.get_by_placeholder("Station name or code")
    box.fill("dover")
    box.press("Enter")
    box.fill("")
    page.get_by_role("button", name="dover").click()
    expect(box).to_have_value("dover")
    expect(page.locator(".station-name")).to_have_text(["Dover"])
