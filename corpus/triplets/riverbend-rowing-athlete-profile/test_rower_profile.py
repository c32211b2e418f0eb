from playwright.sync_api import expect


def test_enter_saves_the_phone(mount):
    page = mount("RowerProfile.jsx")
    page.get_by_role("button", name="Edit phone").click()
    expect(page.get_by_role("textbox", name="Phone")).to_have_value("07700 900431")
    page.get_by_role("textbox", name="Phone").fill("07700 900555")
    page.get_by_role("textbox", name="Phone").press("Enter")
    expect(page.get_by_text("07700 900555")).to_be_visible()
    expect(page.get_by_text("Phone updated")).to_be_visible()


def test_escape_cancels_and_next_edit_starts_clean(mount):
    page = mount("RowerProfile.jsx")
    page.get_by_role("button", name="Edit phone").click()
    page.get_by_role("textbox", name="Phone").fill("01632 960000")
    page.get_by_role("textbox", name="Phone").press("Escape")
    expect(page.get_by_text("07700 900431")).to_be_visible()
    expect(page.get_by_role("textbox")).to_have_count(0)
    page.get_by_role("button", name="Edit emergency contact").click()
    expect(page.get_by_role("textbox", name="Emergency contact")).to_have_value("Tom Achebe 07700 900877")


def test_erg_time_format(mount):
    page = mount("RowerProfile.jsx")
    page.get_by_role("button", name="Edit 2k erg time").click()
    erg = page.get_by_role("textbox", name="2k erg time")
    erg.fill("7:05")
    erg.press("Enter")
    expect(page.get_by_text("Use the format m:ss.t, e.g. 7:05.3")).to_be_visible()
    erg.fill("7:60.0")
    erg.press("Enter")
    expect(page.get_by_text("Seconds must be under 60")).to_be_visible()
    erg.fill("6:58.9")
    erg.press("Enter")
    expect(page.get_by_text("6:58.9")).to_be_visible()
    expect(page.get_by_text("2k erg time updated")).to_be_visible()
