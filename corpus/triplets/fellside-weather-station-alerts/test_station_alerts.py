from playwright.sync_api import expect


def test_four_banners_on_load(mount):
    page = mount("StationAlerts.jsx")
    expect(page.get_by_role("alert")).to_contain_text("FS-07 Helvellyn Ridge")
    expect(page.get_by_role("status")).to_have_count(3)
    expect(page.get_by_text("4 active alerts")).to_be_visible()


def test_dismiss_the_kentmere_warning(mount):
    page = mount("StationAlerts.jsx")
    page.get_by_role("status").filter(has_text="FS-12 Kentmere").get_by_role("button", name="Dismiss").click()
    expect(page.get_by_text("Battery at 18%.")).to_have_count(0)
    expect(page.get_by_text("3 active alerts")).to_be_visible()


def test_critical_banner_needs_a_ticket(mount):
    page = mount("StationAlerts.jsx")
    critical = page.get_by_role("alert")
    expect(critical.get_by_role("button", name="Dismiss")).to_be_disabled()
    critical.get_by_role("checkbox").check()
    critical.get_by_role("button", name="Dismiss").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_text("3 active alerts")).to_be_visible()


def test_dismiss_all_info(mount):
    page = mount("StationAlerts.jsx")
    page.get_by_role("button", name="Dismiss all info").click()
    expect(page.get_by_text("Firmware 4.2 is available for 9 stations.")).to_have_count(0)
    expect(page.get_by_text("New station is online.")).to_have_count(0)
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.get_by_text("Battery at 18%.")).to_be_visible()
    expect(page.get_by_text("2 active alerts")).to_be_visible()
