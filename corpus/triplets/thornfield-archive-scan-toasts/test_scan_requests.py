from playwright.sync_api import expect


def test_request_a_scan(mount):
    page = mount("ScanRequests.jsx")
    expect(page.get_by_text("0 of 3 free scans used")).to_be_visible()
    item = page.get_by_role("listitem").filter(has_text="Parish register, St Wendreda 1742-1760")
    item.get_by_role("button", name="Request scan").click()
    expect(page.get_by_role("status")).to_contain_text("Scan requested: Parish register, St Wendreda 1742-1760")
    expect(item.get_by_role("button", name="Requested")).to_be_disabled()
    expect(page.get_by_text("1 of 3 free scans used")).to_be_visible()
    page.get_by_role("button", name="Dismiss message").click()
    expect(page.get_by_role("status")).to_have_count(0)


def test_fragile_map_offers_a_visit(mount):
    page = mount("ScanRequests.jsx")
    page.get_by_role("listitem").filter(has_text="Map of Fen drainage 1653").get_by_role("button", name="Request scan").click()
    expect(page.get_by_role("alert")).to_contain_text("Map of Fen drainage 1653 is too fragile to scan")
    page.get_by_role("button", name="Book a reading room visit").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("status")).to_contain_text("Reading room visit booked for Map of Fen drainage 1653")
    expect(page.get_by_text("0 of 3 free scans used")).to_be_visible()


def test_fourth_scan_is_charged(mount):
    page = mount("ScanRequests.jsx")
    page.get_by_role("listitem").filter(has_text="Parish register").get_by_role("button", name="Request scan").click()
    page.get_by_role("listitem").filter(has_text="Enclosure award").get_by_role("button", name="Request scan").click()
    page.get_by_role("listitem").filter(has_text="Quarter sessions roll").get_by_role("button", name="Request scan").click()
    page.get_by_role("listitem").filter(has_text="Tithe apportionment").get_by_role("button", name="Request scan").click()
    expect(page.get_by_text("Free scans used up - Tithe apportionment, Lower Fen 1841 will cost £4.50")).to_be_visible()
    expect(page.get_by_text("Scan fees due: 1 x £4.50")).to_be_visible()
    expect(page.get_by_text("3 of 3 free scans used")).to_be_visible()
