from playwright.sync_api import expect


def test_header_and_display_on_load(mount):
    page = mount("OrderBoard.jsx")
    expect(page.get_by_test_id("ready-count")).to_have_text("Ready for pickup: 1")
    expect(page.get_by_test_id("collected")).to_have_text("Collected today: 17")
    expect(page.get_by_test_id("now-serving")).to_have_text("Now serving: 40")


def test_ready_numbers_in_order(mount):
    page = mount("OrderBoard.jsx")
    page.locator(".ticket").filter(has_text="#38").get_by_role("button", name="Ready").click()
    expect(page.get_by_test_id("col-ready").locator(".ticket").filter(has_text="#38")).to_be_visible()
    expect(page.get_by_test_id("now-serving")).to_have_text("Now serving: 38, 40")
    expect(page.get_by_test_id("ready-count")).to_have_text("Ready for pickup: 2")


def test_collected_takes_order_off(mount):
    page = mount("OrderBoard.jsx")
    page.locator(".ticket").filter(has_text="#40").get_by_role("button", name="Collected").click()
    expect(page.locator(".ticket").filter(has_text="#40")).to_have_count(0)
    expect(page.get_by_test_id("now-serving")).to_have_text("Now serving: -")
    expect(page.get_by_test_id("collected")).to_have_text("Collected today: 18")
    expect(page.get_by_test_id("ready-count")).to_have_text("Ready for pickup: 0")


def test_recall_and_start_cooking(mount):
    page = mount("OrderBoard.jsx")
    page.locator(".ticket").filter(has_text="#40").get_by_role("button", name="Recall").click()
    expect(page.get_by_test_id("col-cooking").locator(".ticket").filter(has_text="#40")).to_be_visible()
    expect(page.get_by_test_id("ready-count")).to_have_text("Ready for pickup: 0")
    page.locator(".ticket").filter(has_text="#37").get_by_role("button", name="Start cooking").click()
    expect(page.get_by_test_id("col-cooking").locator(".ticket").filter(has_text="#37")).to_be_visible()
