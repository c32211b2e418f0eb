from playwright.sync_api import expect


def test_change_since_last_visit(mount):
    page = mount("PatientWeights.jsx")
    expect(page.locator(".patient").filter(has_text="Mochi")).to_contain_text("-0.2 kg since last visit")
    expect(page.locator(".patient").filter(has_text="Juno")).to_contain_text("+1.2 kg since last visit")


def test_arrow_up_then_enter_saves(mount):
    page = mount("PatientWeights.jsx")
    page.get_by_role("button", name="Edit weight for Biscuit").click()
    box = page.get_by_label("New weight for Biscuit")
    expect(box).to_have_value("12.4")
    box.press("ArrowUp")
    box.press("ArrowUp")
    box.press("ArrowUp")
    expect(box).to_have_value("12.7")
    box.press("Enter")
    expect(page.get_by_role("button", name="Edit weight for Biscuit")).to_have_text("12.7 kg")
    expect(page.locator(".patient").filter(has_text="Biscuit")).to_contain_text("+0.3 kg since last visit")
    expect(page.get_by_text("Biscuit weighed in at 12.7 kg")).to_be_visible()


def test_arrow_down_then_escape(mount):
    page = mount("PatientWeights.jsx")
    page.get_by_role("button", name="Edit weight for Pepper").click()
    page.get_by_label("New weight for Pepper").press("ArrowDown")
    expect(page.get_by_label("New weight for Pepper")).to_have_value("1.1")
    page.get_by_label("New weight for Pepper").press("Escape")
    expect(page.get_by_role("button", name="Edit weight for Pepper")).to_have_text("1.2 kg")


def test_out_of_range_weights_refused(mount):
    page = mount("PatientWeights.jsx")
    page.get_by_role("button", name="Edit weight for Juno").click()
    page.get_by_label("New weight for Juno").fill("130")
    page.get_by_label("New weight for Juno").press("Enter")
    expect(page.get_by_role("alert")).to_have_text("Weight must be between 0.1 and 120 kg")
    expect(page.get_by_label("New weight for Juno")).to_be_visible()
    page.get_by_label("New weight for Juno").fill("0")
    page.get_by_label("New weight for Juno").press("Enter")
    expect(page.get_by_role("alert")).to_have_text("Weight must be between 0.1 and 120 kg")
    expect(page.get_by_label("New weight for Juno")).to_be_visible()
