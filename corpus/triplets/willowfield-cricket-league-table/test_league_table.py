from playwright.sync_api import expect


def test_order_of_the_clubs(mount):
    page = mount("LeagueTable.jsx")
    expect(page.locator(".club")).to_have_text([
        "Millbrook CC",
        "Ashby Green CC",
        "Hatton Heath",
        "Old Carthusians Vale",
        "Fenwick Town",
    ])


def test_tie_on_points_split_by_net_run_rate(mount):
    page = mount("LeagueTable.jsx")
    millbrook = page.get_by_role("row").filter(has_text="Millbrook CC")
    ashby = page.get_by_role("row").filter(has_text="Ashby Green CC")
    expect(millbrook.locator(".pts")).to_have_text("22")
    expect(ashby.locator(".pts")).to_have_text("22")
    expect(millbrook.locator(".nrr")).to_have_text("+0.877")
    expect(ashby.locator(".nrr")).to_have_text("+0.412")


def test_negative_run_rate_and_points(mount):
    page = mount("LeagueTable.jsx")
    expect(page.get_by_role("row").filter(has_text="Old Carthusians Vale").locator(".nrr")).to_have_text("-0.120")
    expect(page.get_by_role("row").filter(has_text="Hatton Heath").locator(".pts")).to_have_text("18")


def test_loading(mount):
    page = mount("LeagueTable.jsx", props={"loading": True})
    expect(page.get_by_text("Fetching standings...")).to_be_visible()
    expect(page.get_by_role("table")).to_have_count(0)


def test_feed_error(mount):
    page = mount("LeagueTable.jsx", props={"error": "league server offline"})
    expect(page.locator(".notice")).to_have_text("Standings unavailable: league server offline")


def test_new_season(mount):
    page = mount("LeagueTable.jsx", props={"teams": []})
    expect(page.locator(".notice")).to_have_text("No matches played yet this season.")
