from playwright.sync_api import expect


def test_sorting_by_micron_then_fleece_weight(mount):
    page = mount("FleeceTable.jsx")
    alpacas = page.locator(".alpaca")
    page.get_by_role("button", name="Micron").click()
    expect(alpacas.nth(0)).to_have_text("Clementine")
    expect(alpacas.nth(1)).to_have_text("Moss")
    expect(alpacas.nth(2)).to_have_text("Nutmeg")
    expect(alpacas.last).to_have_text("Sorrel")

    page.get_by_role("button", name="Fleece (kg)").click()
    expect(alpacas.nth(0)).to_have_text("Sorrel")
    expect(alpacas.nth(1)).to_have_text("Dusty")
    expect(alpacas.last).to_have_text("Moss")

    page.get_by_role("button", name="Fleece (kg)").click()
    expect(alpacas.first).to_have_text("Moss")


def test_grades_and_total_clip(mount):
    page = mount("FleeceTable.jsx")
    expect(page.get_by_role("row").filter(has_text="Nutmeg")).to_contain_text("Fine")
    expect(page.get_by_role("row").filter(has_text="Nutmeg")).not_to_contain_text("Superfine")
    expect(page.get_by_role("row").filter(has_text="Clementine")).to_contain_text("Superfine")
    expect(page.get_by_text("Total clip: 27.2 kg of blanket fleece")).to_be_visible()
