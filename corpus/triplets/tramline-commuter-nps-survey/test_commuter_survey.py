from playwright.sync_api import expect


def test_detractor_must_give_a_reason(mount):
    page = mount("CommuterSurvey.jsx")
    expect(page.get_by_role("button", name="Submit")).to_be_disabled()
    page.get_by_role("button", name="6", exact=True).click()
    expect(page.get_by_role("group", name="What let you down?")).to_be_visible()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("Pick at least one reason")).to_be_visible()
    page.get_by_label("Delays").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("Thanks! We logged a 6 (detractor) for Line 1 Harbour - Stadium.")).to_be_visible()


def test_passive_score_asks_what_would_make_it_a_ten(mount):
    page = mount("CommuterSurvey.jsx")
    page.get_by_label("Which line do you ride most?").select_option("Line 4 Old Town - Airport")
    page.get_by_role("button", name="7", exact=True).click()
    expect(page.get_by_label("What would make it a 10?")).to_be_visible()
    expect(page.get_by_role("group", name="What let you down?")).to_have_count(0)
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("Thanks! We logged a 7 (passive) for Line 4 Old Town - Airport.")).to_be_visible()


def test_promoter_score(mount):
    page = mount("CommuterSurvey.jsx")
    page.get_by_role("button", name="9", exact=True).click()
    page.get_by_label("What did you enjoy most?").select_option("Friendly drivers")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_text("Thanks! We logged a 9 (promoter) for Line 1 Harbour - Stadium.")).to_be_visible()
