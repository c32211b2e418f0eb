from playwright.sync_api import expect


def test_record_payment_in_the_berth_panel(mount):
    page = mount("BerthBoard.jsx")
    page.get_by_role("button", name="Details for B-12").click()
    panel = page.get_by_role("dialog", name="Berth B-12")
    expect(panel).to_contain_text("Sea Lark")
    expect(panel).to_contain_text("Ruth Penhale")
    expect(panel).to_contain_text("9.4 m")
    expect(panel.get_by_text("Balance due: €340.00")).to_be_visible()
    panel.get_by_role("button", name="Record payment").click()
    expect(panel.get_by_text("Balance due: €0.00")).to_be_visible()
    expect(panel.get_by_role("button", name="Record payment")).to_be_disabled()
    expect(page.get_by_role("listitem").filter(has_text="B-12")).to_contain_text("Paid")


def test_close_panel_with_the_x(mount):
    page = mount("BerthBoard.jsx")
    page.get_by_role("button", name="Details for B-12").click()
    page.get_by_role("button", name="Close panel").click()
    expect(page.get_by_role("dialog", name="Berth B-12")).to_be_hidden()


def test_escape_closes_and_returns_focus(mount):
    page = mount("BerthBoard.jsx")
    page.get_by_role("button", name="Details for C-03").click()
    expect(page.get_by_text("Balance due: €515.00")).to_be_visible()
    expect(page.get_by_role("button", name="Close panel")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("button", name="Details for C-03")).to_be_focused()
