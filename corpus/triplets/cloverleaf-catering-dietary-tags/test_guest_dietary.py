from playwright.sync_api import expect


def test_kitchen_summary_on_load(mount):
    page = mount("GuestDietary.jsx")
    summary = page.locator(".kitchen-summary li")
    expect(summary).to_have_text(["Vegetarian: 1", "Gluten-free: 2", "Nut allergy: 1", "Halal: 1"])


def test_add_gluten_free_for_bram(mount):
    page = mount("GuestDietary.jsx")
    row = page.get_by_role("row").filter(has_text="Bram de Wit")
    expect(row.get_by_role("button", name="Add")).to_be_disabled()
    page.get_by_label("Dietary tag for Bram de Wit").select_option("Gluten-free")
    row.get_by_role("button", name="Add").click()
    expect(row.locator(".tags")).to_contain_text("Gluten-free")
    expect(page.get_by_text("Gluten-free: 3")).to_be_visible()
    expect(page.get_by_label("Dietary tag for Bram de Wit").get_by_role("option", name="Gluten-free")).to_have_count(0)


def test_vegan_replaces_vegetarian(mount):
    page = mount("GuestDietary.jsx")
    row = page.get_by_role("row").filter(has_text="Ada Okafor")
    page.get_by_label("Dietary tag for Ada Okafor").select_option("Vegan")
    row.get_by_role("button", name="Add").click()
    expect(row.get_by_role("button", name="Remove Vegan for Ada Okafor")).to_be_visible()
    expect(row.get_by_role("button", name="Remove Vegetarian for Ada Okafor")).to_have_count(0)
    expect(page.get_by_text("Vegan: 1")).to_be_visible()
    expect(page.get_by_text("Vegetarian: 1")).to_have_count(0)


def test_remove_nut_allergy(mount):
    page = mount("GuestDietary.jsx")
    page.get_by_role("button", name="Remove Nut allergy for Chiara Lupo").click()
    expect(page.get_by_role("button", name="Remove Nut allergy for Chiara Lupo")).to_have_count(0)
    expect(page.locator(".kitchen-summary")).not_to_contain_text("Nut allergy")
