from playwright.sync_api import expect


def test_search_by_church_ignores_case(mount):
    page = mount("BellOrderSearch.jsx")
    page.get_by_placeholder("Search bells, churches or inscriptions").fill("trinity")
    expect(page.get_by_text("Showing 2 of 9 bells")).to_be_visible()
    expect(page.locator(".bell-name")).to_have_text(["Treble", "Tenor"])


def test_inscriptions_are_searched(mount):
    page = mount("BellOrderSearch.jsx")
    page.get_by_placeholder("Search bells, churches or inscriptions").fill("ring out")
    expect(page.locator(".bell-name")).to_have_text(["Treble", "Second"])
    expect(page.get_by_text("Showing 2 of 9 bells")).to_be_visible()


def test_no_match_message(mount):
    page = mount("BellOrderSearch.jsx")
    page.get_by_placeholder("Search bells, churches or inscriptions").fill("carillon")
    expect(page.get_by_text('No bells match "carillon".')).to_be_visible()
    expect(page.get_by_text("Showing 0 of 9 bells")).to_be_visible()


def test_escape_clears_the_search(mount):
    page = mount("BellOrderSearch.jsx")
    search = page.get_by_placeholder("Search bells, churches or inscriptions")
    search.fill("bath")
    expect(page.get_by_text("Showing 1 of 9 bells")).to_be_visible()
    search.press("Escape")
    expect(search).to_have_value("")
    expect(page.get_by_text("Showing 9 of 9 bells")).to_be_visible()
