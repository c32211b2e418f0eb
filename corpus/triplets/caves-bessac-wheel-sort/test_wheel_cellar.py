from playwright.sync_api import expect


def test_default_youngest_first(mount):
    page = mount("WheelCellar.jsx")
    names = page.locator(".wheel-name")
    expect(names.first).to_have_text("Reblochon")
    expect(names.nth(1)).to_have_text("Saint-Nectaire")
    expect(names.nth(2)).to_have_text("Tomme de Bessac")
    expect(names.last).to_have_text("Comté réserve")


def test_direction_button_reverses_the_order(mount):
    page = mount("WheelCellar.jsx")
    page.get_by_role("button", name="Sort direction").click()
    expect(page.get_by_role("button", name="Sort direction")).to_have_text("↓ Descending")
    names = page.locator(".wheel-name")
    expect(names.first).to_have_text("Comté réserve")
    expect(names.nth(1)).to_have_text("Salers")
    expect(names.nth(2)).to_have_text("Beaufort d'été")
    expect(names.last).to_have_text("Reblochon")


def test_sort_by_weight_is_numeric(mount):
    page = mount("WheelCellar.jsx")
    page.get_by_label("Sort by").select_option("Weight")
    expect(page.locator(".wheel-name")).to_have_text(
        [
            "Reblochon",
            "Saint-Nectaire",
            "Tomme de Bessac",
            "Abondance",
            "Cantal entre-deux",
            "Comté réserve",
            "Salers",
            "Beaufort d'été",
        ]
    )


def test_sort_by_name(mount):
    page = mount("WheelCellar.jsx")
    page.get_by_label("Sort by").select_option("Name")
    expect(page.locator(".wheel-name").first).to_have_text("Abondance")
    expect(page.locator(".wheel-name").last).to_have_text("Tomme de Bessac")
