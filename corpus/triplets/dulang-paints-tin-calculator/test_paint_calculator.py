from playwright.sync_api import expect


def test_arrow_up_on_both_counters(mount):
    page = mount("PaintCalculator.jsx")
    expect(page.get_by_text("You need 13.0 L")).to_be_visible()
    big = page.get_by_role("spinbutton", name="5 L tins")
    big.focus()
    big.press("ArrowUp")
    big.press("ArrowUp")
    expect(big).to_have_attribute("aria-valuenow", "2")
    expect(page.get_by_text("Selected: 10 L")).to_be_visible()
    expect(page.get_by_text("Not enough paint for 2 coats")).to_be_visible()
    expect(page.locator(".price")).to_have_text("Price: RM 378.00")
    small = page.get_by_role("spinbutton", name="1 L tins")
    small.focus()
    small.press("ArrowUp")
    small.press("ArrowUp")
    small.press("ArrowUp")
    expect(page.get_by_text("Selected: 13 L")).to_be_visible()
    expect(page.get_by_text("Enough for 2 coats")).to_be_visible()
    expect(page.locator(".price")).to_have_text("Price: RM 515.70")


def test_bundle_and_home_key(mount):
    page = mount("PaintCalculator.jsx")
    big = page.get_by_role("spinbutton", name="5 L tins")
    small = page.get_by_role("spinbutton", name="1 L tins")
    big.focus()
    big.press("ArrowUp")
    big.press("ArrowUp")
    big.press("ArrowUp")
    small.focus()
    small.press("ArrowUp")
    small.press("ArrowUp")
    small.press("ArrowUp")
    expect(page.locator(".price")).to_have_text("Price: RM 659.34")
    small.press("Home")
    expect(small).to_have_attribute("aria-valuenow", "0")
    expect(page.get_by_text("Selected: 15 L")).to_be_visible()
    expect(page.locator(".price")).to_have_text("Price: RM 521.64")


def test_no_negative_tins_and_three_coats(mount):
    page = mount("PaintCalculator.jsx")
    small = page.get_by_role("spinbutton", name="1 L tins")
    small.focus()
    small.press("ArrowDown")
    expect(small).to_have_attribute("aria-valuenow", "0")
    page.get_by_label("Coats").select_option("3 coats")
    expect(page.get_by_text("You need 19.5 L")).to_be_visible()
