from playwright.sync_api import expect


def test_mark_shipped_disabled_without_selection(mount):
    page = mount("BaleYard.jsx")
    expect(page.get_by_role("button", name="Mark shipped")).to_be_disabled()
    expect(page.get_by_text("0 bales selected")).to_be_visible()


def test_select_all_picks_only_waiting_bales(mount):
    page = mount("BaleYard.jsx")
    page.get_by_label("Select all bales").check()
    expect(page.get_by_text("5 bales selected")).to_be_visible()
    expect(page.get_by_text("(2,103 kg)")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="B-2043").get_by_role("checkbox")).not_to_be_checked()


def test_ship_two_bales(mount):
    page = mount("BaleYard.jsx")
    page.get_by_role("row").filter(has_text="B-2041").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="B-2044").get_by_role("checkbox").check()
    expect(page.get_by_text("2 bales selected")).to_be_visible()
    expect(page.get_by_text("(707 kg)")).to_be_visible()
    page.get_by_role("button", name="Mark shipped").click()
    expect(page.get_by_role("status")).to_have_text("2 bales marked as shipped")
    expect(page.get_by_role("row").filter(has_text="B-2041")).to_contain_text("Shipped")
    expect(page.get_by_role("row").filter(has_text="B-2044")).to_contain_text("Shipped")
    expect(page.get_by_text("0 bales selected")).to_be_visible()
    expect(page.get_by_role("button", name="Mark shipped")).to_be_disabled()


def test_select_all_twice_unticks_everything(mount):
    page = mount("BaleYard.jsx")
    page.get_by_label("Select all bales").check()
    page.get_by_label("Select all bales").uncheck()
    expect(page.get_by_text("0 bales selected")).to_be_visible()
