from playwright.sync_api import expect


def test_search_by_composer(mount):
    page = mount("ScoreLibrary.jsx")
    page.get_by_test_id("score-search").fill("bruckner")
    expect(page.get_by_test_id("result-count")).to_have_text("2 of 10 scores")
    expect(page.get_by_test_id("score-title")).to_have_text(["Ave Maria", "Locus iste"])


def test_both_ave_marias_and_tavener_are_listed(mount):
    page = mount("ScoreLibrary.jsx")
    page.get_by_test_id("score-search").fill("ave")
    expect(page.get_by_test_id("score-title")).to_have_text(["Ave verum corpus", "Ave Maria", "Ave Maria", "The Lamb"])


def test_score_with_all_copies_on_loan(mount):
    page = mount("ScoreLibrary.jsx")
    page.get_by_test_id("score-search").fill("devo")
    expect(page.get_by_test_id("score-row")).to_have_count(1)
    expect(page.get_by_test_id("score-row")).to_contain_text("Bogoroditse Devo")
    expect(page.get_by_test_id("score-row")).to_contain_text("All copies on loan")


def test_not_in_the_library_then_show_all(mount):
    page = mount("ScoreLibrary.jsx")
    page.get_by_test_id("score-search").fill("messiah")
    expect(page.get_by_test_id("no-scores")).to_have_text("Not in the library. Try the diocesan loan scheme.")
    expect(page.get_by_test_id("result-count")).to_have_text("0 of 10 scores")
    page.get_by_test_id("clear-search").click()
    expect(page.get_by_test_id("result-count")).to_have_text("10 of 10 scores")
