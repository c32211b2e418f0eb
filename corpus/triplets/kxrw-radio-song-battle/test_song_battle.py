from playwright.sync_api import expect


def test_results_hidden_before_voting(mount):
    page = mount("SongBattle.jsx")
    expect(page.locator(".share")).to_have_count(0)
    expect(page.get_by_role("button", name="Vote for Tidelines")).to_be_visible()
    expect(page.get_by_role("button", name="Vote for Paper Moons")).to_be_visible()
    expect(page.get_by_text("Results appear after you vote.")).to_be_visible()


def test_vote_for_paper_moons(mount):
    page = mount("SongBattle.jsx")
    page.get_by_role("button", name="Vote for Paper Moons").click()
    moons = page.get_by_role("region", name="Marisol Vega - Paper Moons")
    tides = page.get_by_role("region", name="Neon Harbor - Tidelines")
    expect(moons.locator(".result")).to_have_text("48.1% (289 votes) Your vote")
    expect(tides.locator(".result")).to_have_text("51.9% (312 votes)")
    expect(page.get_by_text("601 listeners voted")).to_be_visible()
    expect(page.get_by_role("button", name="Vote for Tidelines")).to_have_count(0)


def test_next_battle_starts_unvoted(mount):
    page = mount("SongBattle.jsx")
    page.get_by_role("button", name="Vote for Paper Moons").click()
    page.get_by_role("button", name="Next battle").click()
    expect(page.get_by_role("heading", name="Song battle: Quarter-final 2")).to_be_visible()
    expect(page.get_by_role("button", name="Vote for Salt in the Engine")).to_be_visible()
    expect(page.get_by_role("button", name="Vote for Night Ferry")).to_be_visible()
    expect(page.locator(".share")).to_have_count(0)
    expect(page.locator(".position")).to_have_text("2 / 2")


def test_previous_battle_keeps_my_vote(mount):
    page = mount("SongBattle.jsx")
    page.get_by_role("button", name="Vote for Paper Moons").click()
    page.get_by_role("button", name="Next battle").click()
    page.get_by_role("button", name="Previous battle").click()
    expect(page.get_by_role("region", name="Marisol Vega - Paper Moons").locator(".result")).to_have_text("48.1% (289 votes) Your vote")
