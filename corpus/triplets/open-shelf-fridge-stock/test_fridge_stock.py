from playwright.sync_api import expect


def test_fridge_and_dietary_need_then_reset(mount):
    page = mount("FridgeStock.jsx")
    expect(page.get_by_text("8 items, 48 portions")).to_be_visible()
    page.get_by_label("Library").check()
    expect(page.locator(".item-name")).to_have_text(["Oat milk", "Peanut noodles", "Vegetable samosas"])
    expect(page.get_by_text("3 items, 14 portions")).to_be_visible()
    page.get_by_label("Nut-free").check()
    expect(page.locator(".item-name")).to_have_text(["Oat milk", "Vegetable samosas"])
    expect(page.get_by_text("2 items, 12 portions")).to_be_visible()
    page.get_by_role("button", name="Reset").click()
    expect(page.get_by_label("All fridges")).to_be_checked()
    expect(page.get_by_label("Nut-free")).not_to_be_checked()
    expect(page.get_by_text("8 items, 48 portions")).to_be_visible()


def test_vegan_and_halal_together(mount):
    page = mount("FridgeStock.jsx")
    page.get_by_label("Vegan").check()
    page.get_by_label("Halal").check()
    expect(page.locator(".item-name")).to_have_text(["Lentil soup", "Falafel boxes", "Vegetable samosas"])
    expect(page.get_by_text("3 items, 20 portions")).to_be_visible()
    expect(page.get_by_text("Chicken wraps")).to_be_hidden()
