from playwright.sync_api import expect


def test_sections_with_fault_badges(mount):
    page = mount("LayoutTree.jsx")
    expect(page.locator(".node-name")).to_have_text(["Station throat", "Goods yard", "Fiddle yard"])
    expect(page.locator(".badge")).to_have_text(["1 fault", "1 fault", "2 faults"])
    expect(page.get_by_text("Whole layout: 4 faults reported")).to_be_visible()
    expect(page.get_by_role("button", name="Expand Station throat")).to_be_visible()


def test_expand_fiddle_yard_and_board_c1(mount):
    page = mount("LayoutTree.jsx")
    page.get_by_role("button", name="Expand Fiddle yard").click()
    expect(page.locator(".node-name").filter(has_text="Board C1")).to_be_visible()
    expect(page.locator(".node-name").filter(has_text="Board C2")).to_be_visible()
    expect(page.get_by_role("button", name="Collapse Fiddle yard")).to_have_attribute("aria-expanded", "true")
    page.get_by_role("button", name="Expand Board C1").click()
    expect(page.locator(".point")).to_have_text(["Point P7 - fault: frog not switching", "Point P8 - fault: dead section"])


def test_collapse_fiddle_yard(mount):
    page = mount("LayoutTree.jsx")
    page.get_by_role("button", name="Expand Fiddle yard").click()
    page.get_by_role("button", name="Expand Board C1").click()
    page.get_by_role("button", name="Collapse Fiddle yard").click()
    expect(page.locator(".node-name").filter(has_text="Board C1")).to_be_hidden()
    expect(page.locator(".point")).to_have_count(0)
