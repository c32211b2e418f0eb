from playwright.sync_api import expect


def test_breakfast_for_two_adults_and_a_child(mount):
    page = mount("BreakfastGuests.jsx")
    expect(page.locator(".meal-total")).to_have_text("Meals for your stay: 84,00 €")
    page.get_by_role("button", name="Add one: Children").click()
    expect(page.locator(".meal-total")).to_have_text("Meals for your stay: 105,00 €")


def test_infant_free_and_room_full(mount):
    page = mount("BreakfastGuests.jsx")
    page.get_by_role("button", name="Add one: Children").click()
    page.get_by_role("button", name="Add one: Infants").click()
    expect(page.locator(".meal-total")).to_have_text("Meals for your stay: 105,00 €")
    expect(page.get_by_text("Maximum 4 guests in the Quarto Duplo Deluxe")).to_be_visible()
    expect(page.get_by_role("button", name="Add one: Adults")).to_be_disabled()
    expect(page.get_by_role("button", name="Add one: Infants")).to_be_disabled()


def test_half_board(mount):
    page = mount("BreakfastGuests.jsx")
    page.get_by_role("button", name="Add one: Children").click()
    page.get_by_role("button", name="Add one: Infants").click()
    page.get_by_label("Add dinner (half board)").check()
    expect(page.locator(".meal-total")).to_have_text("Meals for your stay: 315,00 €")


def test_adults_never_below_one(mount):
    page = mount("BreakfastGuests.jsx")
    page.get_by_role("button", name="Remove one: Adults").click()
    expect(page.locator(".count").first).to_have_text("1")
    expect(page.get_by_role("button", name="Remove one: Adults")).to_be_disabled()
