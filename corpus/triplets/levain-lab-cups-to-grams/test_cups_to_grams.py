from playwright.sync_api import expect


def test_mixed_fraction_of_bread_flour(mount):
    page = mount("CupsToGrams.jsx")
    expect(page.get_by_text("No conversions yet")).to_be_visible()
    page.get_by_label("Amount").fill("2 1/2")
    page.get_by_role("button", name="Convert").click()
    expect(page.get_by_role("listitem").first).to_have_text("2 1/2 cups bread flour = 318 g")


def test_water_salt_and_honey(mount):
    page = mount("CupsToGrams.jsx")
    page.get_by_label("Amount").fill("3/4")
    page.get_by_label("Ingredient").select_option("water")
    page.get_by_role("button", name="Convert").click()
    expect(page.get_by_role("listitem").first).to_have_text("3/4 cups water = 178 g")
    page.get_by_label("Amount").fill("1")
    page.get_by_label("Unit").select_option("tsp")
    page.get_by_label("Ingredient").select_option("fine salt")
    page.get_by_role("button", name="Convert").click()
    expect(page.get_by_role("listitem").first).to_have_text("1 tsp fine salt = 6.0 g")
    page.get_by_label("Amount").fill("2")
    page.get_by_label("Unit").select_option("tbsp")
    page.get_by_label("Ingredient").select_option("honey")
    page.get_by_role("button", name="Convert").click()
    expect(page.get_by_role("listitem").first).to_have_text("2 tbsp honey = 43 g")
    expect(page.get_by_role("listitem")).to_have_count(3)


def test_words_are_rejected(mount):
    page = mount("CupsToGrams.jsx")
    page.get_by_label("Amount").fill("two")
    page.get_by_role("button", name="Convert").click()
    expect(page.get_by_text("Use numbers like 1, 0.5 or 2 1/2")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(0)
