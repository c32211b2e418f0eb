from playwright.sync_api import expect


def test_vote_for_bao_brothers(mount):
    page = mount("LunchPoll.jsx")
    page.get_by_role("row").filter(has_text="Bao Brothers").get_by_role("button", name="Vote").click()
    bao = page.get_by_role("row").filter(has_text="Bao Brothers")
    expect(bao.locator(".votes")).to_have_text("5")
    expect(bao).to_contain_text("Your pick")
    expect(page.get_by_role("button", name="Vote")).to_have_count(0)


def test_close_poll_shows_the_winner(mount):
    page = mount("LunchPoll.jsx")
    page.get_by_role("row").filter(has_text="Bao Brothers").get_by_role("button", name="Vote").click()
    page.get_by_role("button", name="Close poll").click()
    expect(page.locator(".result")).to_have_text("Winner: Bao Brothers (5 votes)")
    expect(page.get_by_placeholder("Suggest a place")).to_have_count(0)


def test_close_without_voting_is_a_tie(mount):
    page = mount("LunchPoll.jsx")
    page.get_by_role("button", name="Close poll").click()
    expect(page.locator(".result")).to_have_text("Tie: Bao Brothers and Pizza Fabbrica (4 votes each)")


def test_duplicate_suggestion_is_rejected(mount):
    page = mount("LunchPoll.jsx")
    page.get_by_placeholder("Suggest a place").fill("mezze corner")
    page.get_by_role("button", name="Add").click()
    expect(page.locator(".error")).to_have_text("Mezze Corner is already on the list.")
    expect(page.locator(".option-row")).to_have_count(3)


def test_new_suggestion_is_added(mount):
    page = mount("LunchPoll.jsx")
    page.get_by_placeholder("Suggest a place").fill("Taqueria Sol")
    page.get_by_role("button", name="Add").click()
    row = page.get_by_role("row").filter(has_text="Taqueria Sol")
    expect(row.locator(".votes")).to_have_text("0")
