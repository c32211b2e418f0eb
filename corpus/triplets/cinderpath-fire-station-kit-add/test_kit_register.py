from playwright.sync_api import expect


def test_add_with_validation(mount):
    page = mount("KitRegister.jsx")
    page.get_by_role("button", name="Add equipment").click()
    expect(page.get_by_role("dialog", name="New equipment item")).to_be_visible()
    page.get_by_placeholder("Item name").fill("Thermal imaging camera")
    page.get_by_placeholder("Serial number").fill("CP-88")
    page.get_by_role("button", name="Save item").click()
    expect(page.get_by_test_id("form-error")).to_have_text("Serial must look like CP-1234")
    expect(page.get_by_role("dialog")).to_be_visible()
    page.get_by_placeholder("Serial number").fill("CP-4410")
    page.get_by_label("Category").select_option("Rescue")
    page.get_by_role("button", name="Save item").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    row = page.get_by_role("row").filter(has_text="CP-4410")
    expect(row).to_contain_text("Thermal imaging camera")
    expect(row).to_contain_text("Rescue")
    expect(row).to_contain_text("In service")
    expect(page.get_by_test_id("item-count")).to_have_text("Items: 5")


def test_item_that_needs_service(mount):
    page = mount("KitRegister.jsx")
    page.get_by_role("button", name="Add equipment").click()
    page.get_by_placeholder("Item name").fill("Cutting gloves")
    page.get_by_placeholder("Serial number").fill("CP-4511")
    page.get_by_label("Needs service now").check()
    page.get_by_role("button", name="Save item").click()
    expect(page.get_by_role("row").filter(has_text="CP-4511")).to_contain_text("Service due")
    expect(page.get_by_test_id("due-count")).to_have_text("Service due: 2")


def test_escape_closes_the_modal(mount):
    page = mount("KitRegister.jsx")
    page.get_by_role("button", name="Add equipment").click()
    page.get_by_placeholder("Item name").fill("Ladder")
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_test_id("item-count")).to_have_text("Items: 4")
