from playwright.sync_api import expect


def test_narrow_to_wide_fabric(mount):
    page = mount("YardageConverter.jsx")
    page.get_by_placeholder("Yards in the pattern").fill("2")
    page.get_by_placeholder("Pattern fabric width (in)").fill("45")
    page.get_by_placeholder("Your fabric width (in)").fill("60")
    page.get_by_role("button", name="Convert").click()
    expect(page.locator(".result")).to_have_text("You need 1 1/2 yd (1.4 m) of your fabric")


def test_wide_to_narrow_fabric(mount):
    page = mount("YardageConverter.jsx")
    page.get_by_placeholder("Yards in the pattern").fill("3")
    page.get_by_placeholder("Pattern fabric width (in)").fill("60")
    page.get_by_placeholder("Your fabric width (in)").fill("45")
    page.get_by_role("button", name="Convert").click()
    expect(page.locator(".result")).to_have_text("You need 4 yd (3.7 m) of your fabric")


def test_rounded_up_to_an_eighth(mount):
    page = mount("YardageConverter.jsx")
    page.get_by_placeholder("Yards in the pattern").fill("1.75")
    page.get_by_placeholder("Pattern fabric width (in)").fill("54")
    page.get_by_placeholder("Your fabric width (in)").fill("44")
    page.get_by_role("button", name="Convert").click()
    expect(page.locator(".result")).to_have_text("You need 2 1/4 yd (2.1 m) of your fabric")


def test_directional_print_adds_ten_percent(mount):
    page = mount("YardageConverter.jsx")
    page.get_by_placeholder("Yards in the pattern").fill("2")
    page.get_by_placeholder("Pattern fabric width (in)").fill("45")
    page.get_by_placeholder("Your fabric width (in)").fill("60")
    page.get_by_label("Directional print / nap (+10%)").check()
    page.get_by_role("button", name="Convert").click()
    expect(page.locator(".result")).to_have_text("You need 1 3/4 yd (1.7 m) of your fabric")


def test_empty_fields(mount):
    page = mount("YardageConverter.jsx")
    page.get_by_placeholder("Yards in the pattern").fill("2")
    page.get_by_role("button", name="Convert").click()
    expect(page.get_by_text("Fill in all three fields")).to_be_visible()
