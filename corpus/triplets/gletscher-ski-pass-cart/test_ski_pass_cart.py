from playwright.sync_api import expect


def test_add_first_passes(mount):
    page = mount("SkiPassCart.jsx")
    expect(page.get_by_text("No passes selected yet.")).to_be_visible()
    page.get_by_role("button", name="Add Day pass adult").click()
    expect(page.locator(".summary")).to_have_text("1 pass · Total CHF 79.00")
    page.get_by_role("button", name="Add Sledge run ticket").click()
    expect(page.locator(".summary")).to_have_text("2 passes · Total CHF 97.00")


def test_group_bonus_from_three_passes(mount):
    page = mount("SkiPassCart.jsx")
    page.get_by_role("button", name="Add Day pass adult").click()
    page.get_by_role("button", name="Add Sledge run ticket").click()
    page.get_by_role("button", name="Increase quantity of Day pass adult").click()
    expect(page.locator(".savings")).to_have_count(0)
    page.get_by_role("button", name="Increase quantity of Day pass adult").click()
    expect(page.get_by_text("group bonus -CHF 23.70")).to_be_visible()
    expect(page.locator(".summary")).to_have_text("4 passes · Total CHF 231.30")
    expect(page.locator(".savings")).to_have_text("You save CHF 23.70 with the group bonus")


def test_quantity_never_below_one(mount):
    page = mount("SkiPassCart.jsx")
    page.get_by_role("button", name="Add Day pass adult").click()
    page.get_by_role("button", name="Add Sledge run ticket").click()
    page.get_by_role("button", name="Decrease quantity of Day pass adult").click()
    page.get_by_role("button", name="Decrease quantity of Day pass adult").click()
    page.get_by_role("button", name="Decrease quantity of Day pass adult").click()
    expect(page.locator(".qty").first).to_have_text("1")
    expect(page.locator(".summary")).to_have_text("2 passes · Total CHF 97.00")


def test_remove_and_pay(mount):
    page = mount("SkiPassCart.jsx")
    page.get_by_role("button", name="Add Day pass adult").click()
    page.get_by_role("button", name="Add Sledge run ticket").click()
    page.get_by_role("button", name="Remove Sledge run ticket").click()
    expect(page.locator(".summary")).to_have_text("1 pass · Total CHF 79.00")
    page.get_by_role("button", name="Add 3-day pass adult").click()
    page.get_by_role("button", name="Add 3-day pass adult").click()
    page.get_by_role("button", name="Add 3-day pass adult").click()
    page.get_by_role("button", name="Add 3-day pass adult").click()
    page.get_by_role("button", name="Go to payment").click()
    expect(page.get_by_role("status")).to_have_text("Passes reserved – pay CHF 835.00 at the valley station")
