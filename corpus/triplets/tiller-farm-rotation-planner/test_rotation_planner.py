from playwright.sync_api import expect


def test_fresh_plan(mount):
    page = mount("RotationPlanner.jsx")
    expect(page.locator(".field")).to_have_text(["Barley", "Wheat", "Wheat", "Wheat", "Beans", "Barley"])
    expect(page.locator(".totals")).to_have_text("Wheat 3 · Barley 2 · Beans 1")
    expect(page.locator(".warnings")).to_have_count(0)
    expect(page.get_by_role("button", name="Undo")).to_be_disabled()


def test_painting_fields(mount):
    page = mount("RotationPlanner.jsx")
    page.get_by_label("Oilseed rape").check()
    page.locator(".field").nth(3).click()
    expect(page.locator(".field").nth(3)).to_have_text("Oilseed rape")
    expect(page.get_by_text("Field 4 had Oilseed rape last year")).to_be_visible()
    expect(page.locator(".totals")).to_have_text("Wheat 2 · Barley 2 · Oilseed rape 1 · Beans 1")
    page.get_by_label("Beans").check()
    page.locator(".field").nth(0).click()
    expect(page.locator(".totals")).to_have_text("Wheat 2 · Barley 1 · Oilseed rape 1 · Beans 2")


def test_undo_twice_then_redo(mount):
    page = mount("RotationPlanner.jsx")
    page.get_by_label("Oilseed rape").check()
    page.locator(".field").nth(3).click()
    page.get_by_label("Beans").check()
    page.locator(".field").nth(0).click()
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".field").nth(0)).to_have_text("Barley")
    expect(page.locator(".field").nth(3)).to_have_text("Oilseed rape")
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".field").nth(3)).to_have_text("Wheat")
    expect(page.get_by_text("Field 4 had Oilseed rape last year")).to_have_count(0)
    page.get_by_role("button", name="Redo").click()
    expect(page.locator(".field").nth(3)).to_have_text("Oilseed rape")
    expect(page.locator(".field").nth(0)).to_have_text("Barley")


def test_same_crop_adds_no_undo_step(mount):
    page = mount("RotationPlanner.jsx")
    page.get_by_label("Wheat").check()
    page.locator(".field").nth(1).click()
    expect(page.get_by_role("button", name="Undo")).to_be_disabled()
