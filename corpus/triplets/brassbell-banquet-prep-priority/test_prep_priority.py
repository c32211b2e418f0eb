from playwright.sync_api import expect


def test_two_items_late_on_load(mount):
    page = mount("PrepPriority.jsx")
    expect(page.get_by_text("2 items late")).to_be_visible()
    pastry = page.get_by_role("row").filter(has_text="Pastry cases")
    expect(pastry).to_contain_text("done 17:05")
    expect(pastry).to_contain_text("LATE")
    expect(page.get_by_role("row").filter(has_text="Herb oil")).to_contain_text("LATE")


def test_exactly_on_time_is_not_late(mount):
    page = mount("PrepPriority.jsx")
    hollandaise = page.get_by_role("row").filter(has_text="Hollandaise")
    expect(hollandaise).to_contain_text("done 16:20")
    expect(hollandaise).not_to_contain_text("LATE")


def test_raise_pastry_then_reposition(mount):
    page = mount("PrepPriority.jsx")
    page.get_by_role("button", name="Raise priority of Pastry cases").click()
    page.get_by_role("button", name="Raise priority of Pastry cases").click()
    pastry = page.get_by_role("row").filter(has_text="Pastry cases")
    expect(pastry).to_contain_text("done 14:45")
    expect(pastry).not_to_contain_text("LATE")
    expect(page.get_by_label("Position of Pastry cases")).to_have_value("1")
    expect(page.get_by_text("2 items late")).to_be_visible()
    page.get_by_label("Position of Hollandaise").select_option("1")
    expect(page.get_by_text("1 item late")).to_be_visible()
    page.get_by_label("Position of Herb oil").select_option("2")
    expect(page.get_by_text("No items late")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Herb oil")).to_contain_text("done 14:35")


def test_ends_are_disabled(mount):
    page = mount("PrepPriority.jsx")
    expect(page.get_by_role("button", name="Raise priority of Veal stock")).to_be_disabled()
    expect(page.get_by_role("button", name="Lower priority of Beurre blanc")).to_be_disabled()
