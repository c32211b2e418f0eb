from playwright.sync_api import expect


def test_enter_commits_quantity(mount):
    page = mount("RentalCart.jsx")
    expect(page.locator("#rental-subtotal")).to_have_text("$64.00")
    page.get_by_label("Quantity for 2-person tent").fill("2")
    page.get_by_label("Quantity for 2-person tent").press("Enter")
    expect(page.get_by_role("row").filter(has_text="2-person tent").locator(".line-cost")).to_have_text("$72.00")
    expect(page.locator("#rental-subtotal")).to_have_text("$100.00")


def test_invalid_quantity_is_rejected(mount):
    page = mount("RentalCart.jsx")
    page.get_by_label("Quantity for 2-person tent").fill("0")
    page.get_by_label("Quantity for 2-person tent").press("Enter")
    expect(page.get_by_text("Quantity must be at least 1")).to_be_visible()
    expect(page.get_by_label("Quantity for 2-person tent")).to_have_value("1")
    expect(page.locator("#rental-subtotal")).to_have_text("$64.00")


def test_escape_undoes_typed_quantity(mount):
    page = mount("RentalCart.jsx")
    page.get_by_label("Quantity for Sleeping bag (-5°C)").fill("5")
    page.get_by_label("Quantity for Sleeping bag (-5°C)").press("Escape")
    expect(page.get_by_label("Quantity for Sleeping bag (-5°C)")).to_have_value("2")
    expect(page.locator("#rental-subtotal")).to_have_text("$64.00")


def test_damage_waiver_on_whole_rental(mount):
    page = mount("RentalCart.jsx")
    page.get_by_label("Rental days").select_option("3")
    page.get_by_label("Add damage waiver (10%)").check()
    expect(page.locator("#rental-subtotal")).to_have_text("$96.00")
    expect(page.locator("#waiver-fee")).to_have_text("$9.60")
    expect(page.locator("#due")).to_have_text("$105.60")
