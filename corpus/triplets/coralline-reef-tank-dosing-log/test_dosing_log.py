from playwright.sync_api import expect


def test_totals_on_open(mount):
    page = mount("DosingLog.jsx")
    expect(page.locator(".totals")).to_have_text("Today: Alkalinity buffer 24 ml · Calcium 8 ml")
    expect(page.get_by_role("button", name="Undo")).to_be_disabled()
    expect(page.get_by_role("button", name="Redo")).to_be_disabled()


def test_log_magnesium(mount):
    page = mount("DosingLog.jsx")
    page.get_by_label("Product").select_option("Magnesium")
    page.get_by_placeholder("ml").fill("5")
    page.get_by_role("button", name="Log dose").click()
    expect(page.locator(".entry").last).to_contain_text("18:45 Magnesium 5 ml")
    expect(page.locator(".totals")).to_have_text("Today: Alkalinity buffer 24 ml · Calcium 8 ml · Magnesium 5 ml")


def test_ctrl_z_and_ctrl_shift_z(mount):
    page = mount("DosingLog.jsx")
    page.get_by_label("Product").select_option("Magnesium")
    page.get_by_placeholder("ml").fill("5")
    page.get_by_role("button", name="Log dose").click()
    page.keyboard.press("Control+z")
    expect(page.get_by_text("18:45 Magnesium 5 ml")).to_have_count(0)
    expect(page.get_by_text("Undid: logged Magnesium 5 ml")).to_be_visible()
    expect(page.get_by_role("button", name="Redo")).to_be_enabled()
    page.keyboard.press("Control+Shift+z")
    expect(page.get_by_text("18:45 Magnesium 5 ml")).to_be_visible()
    expect(page.get_by_text("Redid: logged Magnesium 5 ml")).to_be_visible()


def test_undo_delete_restores_position(mount):
    page = mount("DosingLog.jsx")
    page.get_by_role("button", name="Delete Calcium at 07:32").click()
    expect(page.locator(".entry")).to_have_count(2)
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".entry").nth(1)).to_contain_text("07:32 Calcium 8 ml")
