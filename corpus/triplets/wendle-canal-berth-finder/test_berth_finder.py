from playwright.sync_api import expect


def test_sixty_foot_boat(mount):
    page = mount("BerthFinder.jsx")
    page.get_by_placeholder("Boat length (ft)").fill("60")
    page.get_by_role("button", name="Find berths").click()
    expect(page.locator(".berth-code")).to_have_text(["WC-01", "WC-03", "WC-05", "WC-06", "WC-08"])


def test_hook_up_then_water_on_find(mount):
    page = mount("BerthFinder.jsx")
    page.get_by_placeholder("Boat length (ft)").fill("60")
    page.get_by_label("Electric hook-up").check()
    page.get_by_role("button", name="Find berths").click()
    expect(page.locator(".berth-code")).to_have_text(["WC-01", "WC-03", "WC-06", "WC-08"])
    page.get_by_label("Water point").check()
    expect(page.locator(".berth-code")).to_have_count(4)
    page.get_by_role("button", name="Find berths").click()
    expect(page.locator(".berth-code")).to_have_text(["WC-01", "WC-06"])


def test_water_point_only(mount):
    page = mount("BerthFinder.jsx")
    page.get_by_label("Water point").check()
    page.get_by_role("button", name="Find berths").click()
    expect(page.locator(".berth-code")).to_have_text(["WC-01", "WC-02", "WC-05", "WC-06", "WC-07"])
    expect(page.get_by_role("listitem").filter(has_text="WC-07")).to_contain_text("Booked")


def test_boat_too_long(mount):
    page = mount("BerthFinder.jsx")
    page.get_by_placeholder("Boat length (ft)").fill("80")
    page.get_by_role("button", name="Find berths").click()
    expect(page.get_by_text("No berth takes a boat that long. Try the Heron Cut winter moorings.")).to_be_visible()


def test_length_in_words_is_rejected(mount):
    page = mount("BerthFinder.jsx")
    page.get_by_placeholder("Boat length (ft)").fill("sixty")
    page.get_by_role("button", name="Find berths").click()
    expect(page.get_by_text("Enter the boat length in feet, e.g. 57")).to_be_visible()
