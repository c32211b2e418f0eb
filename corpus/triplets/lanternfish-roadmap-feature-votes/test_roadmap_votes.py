from playwright.sync_api import expect


def test_top_order(mount):
    page = mount("RoadmapVotes.jsx")
    titles = page.get_by_role("heading", level=3)
    expect(titles).to_have_text([
        "Offline mode for the mobile app",
        "Dark mode for dashboards",
        "Export boards to CSV",
        "SAML single sign-on",
    ])


def test_upvote_and_take_it_back(mount):
    page = mount("RoadmapVotes.jsx")
    card = page.locator(".request").filter(has_text="Export boards to CSV")
    page.get_by_role("button", name="Upvote Export boards to CSV").click()
    expect(card.locator(".score")).to_have_text("97")
    expect(page.locator(".my-votes")).to_have_text("You have voted on 1 of 4 requests")
    page.get_by_role("button", name="Upvote Export boards to CSV").click()
    expect(card.locator(".score")).to_have_text("96")
    expect(page.locator(".my-votes")).to_have_text("You have voted on 0 of 4 requests")


def test_down_vote_replaces_up_vote(mount):
    page = mount("RoadmapVotes.jsx")
    card = page.locator(".request").filter(has_text="Export boards to CSV")
    page.get_by_role("button", name="Upvote Export boards to CSV").click()
    expect(card.locator(".score")).to_have_text("97")
    page.get_by_role("button", name="Downvote Export boards to CSV").click()
    expect(card.locator(".score")).to_have_text("95")


def test_votes_reorder_the_list(mount):
    page = mount("RoadmapVotes.jsx")
    page.get_by_role("button", name="Upvote Export boards to CSV").click()
    page.get_by_role("button", name="Downvote Dark mode for dashboards").click()
    expect(page.locator(".request").nth(1)).to_contain_text("Export boards to CSV")
    expect(page.locator(".request").nth(1).locator(".score")).to_have_text("97")
    expect(page.locator(".request").nth(2).locator(".score")).to_have_text("96")


def test_new_sort(mount):
    page = mount("RoadmapVotes.jsx")
    page.get_by_role("button", name="New").click()
    expect(page.locator(".request").first).to_contain_text("SAML single sign-on")
