from playwright.sync_api import expect


def test_grade_range_is_inclusive(mount):
    page = mount("RouteFinder.jsx")
    page.get_by_label("Min grade").select_option("V3")
    page.get_by_label("Max grade").select_option("V5")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_role("heading", name="Routes (4)")).to_be_visible()
    expect(page.locator(".boulder-name")).to_have_text(["Crimp Shrimp", "Sloper Dope", "Heel Deal", "Mantle Piece"])


def test_wall_applies_only_on_apply(mount):
    page = mount("RouteFinder.jsx")
    page.get_by_label("Min grade").select_option("V3")
    page.get_by_label("Max grade").select_option("V5")
    page.get_by_role("button", name="Apply filters").click()
    page.get_by_label("Wall").select_option("Cave")
    expect(page.get_by_role("heading", name="Routes (4)")).to_be_visible()
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator(".boulder-name")).to_have_text(["Sloper Dope", "Heel Deal"])
    expect(page.get_by_role("heading", name="Routes (2)")).to_be_visible()


def test_clear_resets_the_form(mount):
    page = mount("RouteFinder.jsx")
    page.get_by_label("Min grade").select_option("V3")
    page.get_by_label("Wall").select_option("Cave")
    page.get_by_role("button", name="Apply filters").click()
    page.get_by_role("button", name="Clear").click()
    expect(page.get_by_label("Min grade")).to_have_value("V0")
    expect(page.get_by_label("Max grade")).to_have_value("V10")
    expect(page.get_by_label("Wall")).to_have_value("All")
    expect(page.get_by_role("heading", name="Routes (11)")).to_be_visible()


def test_v6_to_v10(mount):
    page = mount("RouteFinder.jsx")
    page.get_by_label("Min grade").select_option("V6")
    page.get_by_label("Max grade").select_option("V10")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator(".boulder-name")).to_have_text(["Dyno-mite", "Roof Raiser", "Big Reach", "Project X"])


def test_min_above_max_shows_error(mount):
    page = mount("RouteFinder.jsx")
    page.get_by_label("Min grade").select_option("V6")
    page.get_by_label("Max grade").select_option("V2")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("Min grade cannot be above max grade")).to_be_visible()
    expect(page.get_by_role("heading", name="Routes (11)")).to_be_visible()
