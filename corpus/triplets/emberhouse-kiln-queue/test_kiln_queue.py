from playwright.sync_api import expect


def test_nothing_ticked(mount):
    page = mount("KilnQueue.jsx")
    expect(page.get_by_text("0 of 3 spaces used")).to_be_visible()
    expect(page.get_by_role("button", name="Load kiln")).to_be_disabled()


def test_load_two_bisque_pieces(mount):
    page = mount("KilnQueue.jsx")
    page.get_by_role("row").filter(has_text="Moon jar").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="Planter").get_by_role("checkbox").check()
    expect(page.get_by_text("2 of 3 spaces used")).to_be_visible()
    page.get_by_role("button", name="Load kiln").click()
    expect(page.get_by_text("Loaded for bisque firing: Moon jar, Planter")).to_be_visible()
    expect(page.get_by_role("checkbox")).to_have_count(5)


def test_more_than_three_pieces(mount):
    page = mount("KilnQueue.jsx")
    page.get_by_role("row").filter(has_text="Moon jar").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="Planter").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="Mugs (6)").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="Bud vase").get_by_role("checkbox").check()
    expect(page.get_by_text("The kiln holds at most 3 pieces")).to_be_visible()
    expect(page.get_by_role("button", name="Load kiln")).to_be_disabled()


def test_mixed_firings(mount):
    page = mount("KilnQueue.jsx")
    page.get_by_role("row").filter(has_text="Moon jar").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="Serving platter").get_by_role("checkbox").check()
    expect(page.get_by_text("Don't mix bisque and glaze pieces in one firing")).to_be_visible()
    expect(page.get_by_role("button", name="Load kiln")).to_be_disabled()
