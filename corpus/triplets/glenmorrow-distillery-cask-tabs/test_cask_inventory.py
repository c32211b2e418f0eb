from playwright.sync_api import expect


def test_mouse_switches_warehouse(mount):
    page = mount("CaskInventory.jsx")
    expect(page.get_by_role("tab", name="Warehouse 1")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel")).to_contain_text("GM-0412")
    expect(page.get_by_text("3 casks in Warehouse 1")).to_be_visible()
    page.get_by_role("tab", name="Dunnage").click()
    expect(page.get_by_role("tab", name="Dunnage")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Warehouse 1")).to_have_attribute("aria-selected", "false")
    expect(page.get_by_role("tabpanel")).to_contain_text("GM-0098")
    expect(page.get_by_text("4 casks in Dunnage")).to_be_visible()


def test_arrow_keys_move_and_wrap(mount):
    page = mount("CaskInventory.jsx")
    page.get_by_role("tab", name="Warehouse 1").click()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Warehouse 2")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Warehouse 2")).to_be_focused()
    expect(page.get_by_role("tabpanel")).to_contain_text("GM-0731")
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Dunnage")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("tab", name="Warehouse 1")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_role("tab", name="Dunnage")).to_have_attribute("aria-selected", "true")


def test_home_and_end(mount):
    page = mount("CaskInventory.jsx")
    page.get_by_role("tab", name="Warehouse 2").click()
    page.keyboard.press("End")
    expect(page.get_by_role("tab", name="Dunnage")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("4 casks in Dunnage")).to_be_visible()
    page.keyboard.press("Home")
    expect(page.get_by_role("tab", name="Warehouse 1")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Warehouse 1")).to_be_focused()
