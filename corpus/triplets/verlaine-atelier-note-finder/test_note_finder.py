from playwright.sync_api import expect


def test_orange_lists_two_notes_with_highlight(mount):
    page = mount("NoteFinder.jsx")
    page.get_by_label("Search notes").fill("orange")
    expect(page.locator(".note-name")).to_have_text(["Blood orange", "Orange blossom absolute"])
    expect(page.get_by_text("2 notes")).to_be_visible()
    expect(page.locator("mark")).to_have_text(["orange", "Orange"])


def test_family_floral_keeps_the_search(mount):
    page = mount("NoteFinder.jsx")
    page.get_by_label("Search notes").fill("orange")
    page.get_by_label("Family").select_option("Floral")
    expect(page.locator(".note-name")).to_have_text(["Orange blossom absolute"])
    expect(page.get_by_text("1 note", exact=True)).to_be_visible()
    expect(page.get_by_label("Search notes")).to_have_value("orange")


def test_origin_is_searched(mount):
    page = mount("NoteFinder.jsx")
    page.get_by_label("Search notes").fill("morocco")
    expect(page.locator(".note-name")).to_have_text(["Orange blossom absolute", "Cedarwood Atlas"])


def test_reset_clears_search_and_family(mount):
    page = mount("NoteFinder.jsx")
    page.get_by_label("Search notes").fill("orange")
    page.get_by_label("Family").select_option("Floral")
    page.get_by_role("button", name="Reset").click()
    expect(page.get_by_label("Search notes")).to_have_value("")
    expect(page.get_by_label("Family")).to_have_value("All")
    expect(page.get_by_text("12 notes")).to_be_visible()
