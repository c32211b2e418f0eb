from playwright.sync_api import expect


def test_arrow_right_opens_going_train(mount):
    page = mount("PartsTree.jsx")
    going = page.get_by_role("treeitem", name="Going train")
    going.focus()
    going.press("ArrowRight")
    expect(going).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("group").get_by_role("treeitem")).to_have_count(4)
    expect(page.get_by_role("treeitem", name="Escape wheel")).to_be_visible()


def test_arrow_down_moves_to_great_wheel(mount):
    page = mount("PartsTree.jsx")
    going = page.get_by_role("treeitem", name="Going train")
    going.focus()
    going.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("treeitem", name="Great wheel")).to_be_focused()


def test_enter_selects_escape_wheel(mount):
    page = mount("PartsTree.jsx")
    going = page.get_by_role("treeitem", name="Going train")
    going.focus()
    going.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("treeitem", name="Escape wheel")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Selected: Escape wheel - worn teeth, re-cut")).to_be_visible()


def test_arrow_left_goes_to_parent_then_closes(mount):
    page = mount("PartsTree.jsx")
    going = page.get_by_role("treeitem", name="Going train")
    going.focus()
    going.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowLeft")
    expect(going).to_be_focused()
    page.keyboard.press("ArrowLeft")
    expect(going).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("treeitem", name="Great wheel")).to_be_hidden()


def test_arrow_down_skips_hidden_wheels(mount):
    page = mount("PartsTree.jsx")
    going = page.get_by_role("treeitem", name="Going train")
    going.focus()
    going.press("ArrowDown")
    expect(page.get_by_role("treeitem", name="Striking train")).to_be_focused()
