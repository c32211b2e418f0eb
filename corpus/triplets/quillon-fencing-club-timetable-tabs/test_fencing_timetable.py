from playwright.sync_api import expect


def test_foil_tab_is_selected_first(mount):
    page = mount("FencingTimetable.jsx")
    expect(page.get_by_role("tab", name="Foil")).to_have_attribute("aria-selected", "true")
    panel = page.get_by_role("tabpanel", name="Foil")
    expect(panel).to_contain_text("Beginners foil")
    expect(panel).to_contain_text("4 places left")
    expect(panel.get_by_role("listitem").filter(has_text="Foil sparring").get_by_role("button")).to_have_text("Full")
    expect(panel.get_by_role("button", name="Full")).to_be_disabled()
    expect(page.get_by_text("My sessions: 0")).to_be_visible()


def test_book_in_the_epee_tab(mount):
    page = mount("FencingTimetable.jsx")
    page.get_by_role("tab", name="Épée").click()
    expect(page.get_by_role("tab", name="Épée")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Foil")).to_have_attribute("aria-selected", "false")
    expect(page.get_by_text("Épée footwork")).to_be_visible()
    expect(page.get_by_text("Beginners foil")).to_be_hidden()
    row = page.get_by_role("listitem").filter(has_text="Épée bouting")
    row.get_by_role("button", name="Book").click()
    expect(row).to_contain_text("1 place left")
    expect(row.get_by_role("button")).to_have_text("Booked")
    expect(page.get_by_text("My sessions: 1")).to_be_visible()


def test_booking_survives_switching_tabs(mount):
    page = mount("FencingTimetable.jsx")
    page.get_by_role("tab", name="Épée").click()
    page.get_by_role("listitem").filter(has_text="Épée bouting").get_by_role("button", name="Book").click()
    page.get_by_role("tab", name="Sabre").click()
    expect(page.get_by_text("Sabre basics")).to_be_visible()
    page.get_by_role("tab", name="Épée").click()
    row = page.get_by_role("listitem").filter(has_text="Épée bouting")
    expect(row.get_by_role("button")).to_have_text("Booked")
    expect(row).to_contain_text("1 place left")
    expect(page.get_by_text("Sabre basics")).to_be_hidden()
