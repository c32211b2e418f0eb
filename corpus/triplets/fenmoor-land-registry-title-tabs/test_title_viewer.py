from playwright.sync_api import expect


def test_open_a_new_title_tab(mount):
    page = mount("TitleViewer.jsx")
    page.get_by_role("button", name="Open FN-6118").click()
    expect(page.get_by_role("tab")).to_have_count(3)
    expect(page.get_by_role("tab", name="FN-6118")).to_have_attribute("aria-selected", "true")
    sheet = page.get_by_role("tabpanel", name="FN-6118")
    expect(sheet).to_contain_text("Ruth & Owen Carrick")
    expect(sheet).to_contain_text("Leasehold (125 years from 1998)")
    expect(sheet).to_contain_text("None")


def test_opening_an_open_title_does_not_duplicate(mount):
    page = mount("TitleViewer.jsx")
    page.get_by_role("button", name="Open FN-6118").click()
    page.get_by_role("button", name="Open FN-4471").click()
    expect(page.get_by_role("tab")).to_have_count(3)
    expect(page.get_by_role("tab", name="FN-4471")).to_have_attribute("aria-selected", "true")


def test_closing_the_selected_tab_selects_its_right_neighbour(mount):
    page = mount("TitleViewer.jsx")
    page.get_by_role("button", name="Open FN-6118").click()
    page.get_by_role("tab", name="FN-5203").click()
    page.get_by_role("button", name="Close FN-5203").click()
    expect(page.get_by_role("tab")).to_have_count(2)
    expect(page.get_by_role("tab", name="FN-6118")).to_have_attribute("aria-selected", "true")


def test_closing_another_tab_keeps_the_selection(mount):
    page = mount("TitleViewer.jsx")
    page.get_by_role("button", name="Open FN-6118").click()
    page.get_by_role("button", name="Close FN-4471").click()
    expect(page.get_by_role("tab", name="FN-6118")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel")).to_contain_text("Flat 4, 9 Church Walk")


def test_closing_every_tab(mount):
    page = mount("TitleViewer.jsx")
    page.get_by_role("button", name="Close FN-4471").click()
    page.get_by_role("button", name="Close FN-5203").click()
    expect(page.get_by_text("No title open. Pick one from the search results.")).to_be_visible()
