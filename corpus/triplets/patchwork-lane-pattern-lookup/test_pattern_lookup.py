from playwright.sync_api import expect


def test_one_letter_shows_hint(mount):
    page = mount("PatternLookup.jsx")
    page.get_by_test_id("pattern-input").fill("s")
    expect(page.get_by_test_id("hint")).to_have_text("Type at least 2 letters")
    expect(page.get_by_test_id("suggestion")).to_have_count(0)


def test_two_letters_suggest_patterns(mount):
    page = mount("PatternLookup.jsx")
    page.get_by_test_id("pattern-input").fill("st")
    expect(page.get_by_test_id("suggestion")).to_have_text(["Kaleidoscope Star", "Storm at Sea", "Seven Sisters"])


def test_designer_is_searched(mount):
    page = mount("PatternLookup.jsx")
    page.get_by_test_id("pattern-input").fill("tanaka")
    expect(page.get_by_test_id("suggestion")).to_have_text(["Kaleidoscope Star", "Harbour Lights"])


def test_pick_then_clear(mount):
    page = mount("PatternLookup.jsx")
    page.get_by_test_id("pattern-input").fill("tanaka")
    page.get_by_test_id("suggestion").filter(has_text="Harbour Lights").click()
    expect(page.get_by_test_id("pattern-card")).to_contain_text("Harbour Lights by Mei Tanaka")
    expect(page.get_by_test_id("fabric")).to_have_text("Fabric needed: 3.8 m")
    expect(page.get_by_test_id("suggestions")).to_be_hidden()
    page.get_by_test_id("clear").click()
    expect(page.get_by_test_id("pattern-input")).to_have_value("")
    expect(page.get_by_test_id("pattern-card")).to_be_hidden()


def test_no_match(mount):
    page = mount("PatternLookup.jsx")
    page.get_by_test_id("pattern-input").fill("hexagon")
    expect(page.get_by_test_id("no-patterns")).to_have_text("No pattern in the guild library matches.")
