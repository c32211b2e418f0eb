from playwright.sync_api import expect


def test_first_stop_selected_and_move_up_disabled(mount):
    page = mount("AudioTour.jsx")
    expect(page.get_by_role("option", name="Entrance hall: the Vellacourt family")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("button", name="Move up")).to_be_disabled()


def test_move_down_button_moves_the_loom(mount):
    page = mount("AudioTour.jsx")
    page.get_by_role("option", name="The Weaver's Loom").click()
    page.get_by_role("button", name="Move down").click()
    expect(page.get_by_role("option").nth(2)).to_contain_text("The Weaver's Loom")
    expect(page.get_by_role("option").nth(1)).to_contain_text("Dye vats and madder root")
    expect(page.get_by_role("option", name="The Weaver's Loom")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("status")).to_have_text("Moved The Weaver's Loom to position 3")


def test_arrow_selects_and_alt_arrow_moves(mount):
    page = mount("AudioTour.jsx")
    page.get_by_role("option", name="Mill strike of 1911").click()
    listbox = page.get_by_role("listbox", name="Tour stops")
    listbox.press("ArrowUp")
    expect(page.get_by_role("option", name="Dye vats and madder root")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("option").nth(3)).to_contain_text("Mill strike of 1911")
    listbox.press("Alt+ArrowUp")
    expect(page.get_by_role("option").nth(1)).to_contain_text("Dye vats and madder root")
    expect(page.get_by_role("option", name="Dye vats and madder root")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("status")).to_have_text("Moved Dye vats and madder root to position 2")
    listbox.press("Alt+ArrowDown")
    expect(page.get_by_role("option").nth(2)).to_contain_text("Dye vats and madder root")


def test_move_down_disabled_on_last_stop(mount):
    page = mount("AudioTour.jsx")
    page.get_by_role("option", name="Pattern books").click()
    expect(page.get_by_role("button", name="Move down")).to_be_disabled()
