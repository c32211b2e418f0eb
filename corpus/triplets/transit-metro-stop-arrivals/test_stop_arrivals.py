from playwright.sync_api import expect


def test_live_arrivals_soonest_first(mount):
    page = mount("StopArrivals.jsx")
    rows = page.locator(".arrival")
    expect(rows).to_have_count(4)
    expect(page.locator(".due")).to_have_text(["Due", "3 min", "12 min", "31 min"])
    expect(rows.first.locator(".route")).to_have_text("7")
    expect(rows.nth(1).locator(".route")).to_have_text("15X")


def test_step_free_only(mount):
    page = mount("StopArrivals.jsx")
    page.get_by_label("Step-free buses only").check()
    expect(page.locator(".arrival")).to_have_count(3)
    expect(page.get_by_role("cell", name="15X")).to_have_count(0)


def test_loading(mount):
    page = mount("StopArrivals.jsx", props={"loading": True})
    expect(page.get_by_role("status")).to_have_text("Loading arrivals...")
    expect(page.get_by_role("table")).to_have_count(0)
    expect(page.get_by_label("Step-free buses only")).to_have_count(0)


def test_feed_error_is_not_shown_as_empty(mount):
    page = mount("StopArrivals.jsx", props={"error": "HTTP 503", "arrivals": []})
    expect(page.get_by_role("alert")).to_contain_text("Couldn't reach the arrivals feed (HTTP 503).")
    expect(page.get_by_text("No buses due in the next 60 minutes.")).to_have_count(0)


def test_no_buses_due(mount):
    page = mount("StopArrivals.jsx", props={"arrivals": []})
    expect(page.get_by_text("No buses due in the next 60 minutes.")).to_be_visible()
