from playwright.sync_api import expect


def test_mouse_log_feeding(mount):
    page = mount("TankBoard.jsx")
    page.get_by_role("button", name="Actions for T-02").click()
    menu = page.get_by_role("menu", name="Actions for T-02")
    expect(menu.get_by_role("menuitem")).to_have_text(["Log feeding", "Log water test", "Mark for cleaning"])
    menu.get_by_role("menuitem", name="Log feeding").click()
    expect(page.get_by_role("menu")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("Feeding logged for T-02 Amazon blackwater")
    expect(page.get_by_text("1 actions logged")).to_be_visible()


def test_keyboard_moves_and_wraps(mount):
    page = mount("TankBoard.jsx")
    page.get_by_role("button", name="Actions for T-03").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("menuitem", name="Log feeding")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("menuitem", name="Log water test")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("menuitem", name="Log feeding")).to_be_focused()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("T-03 Cold-water kelp marked for cleaning")
    expect(page.get_by_role("row").filter(has_text="T-03")).to_contain_text("Cleaning due")
    expect(page.get_by_role("button", name="Actions for T-03")).to_be_focused()


def test_escape_closes_without_action(mount):
    page = mount("TankBoard.jsx")
    page.get_by_role("button", name="Actions for T-01").focus()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("menu")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("menu")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("No actions logged today")
    expect(page.get_by_role("button", name="Actions for T-01")).to_be_focused()
