from playwright.sync_api import expect


def test_cast_vote_without_choice(mount):
    page = mount("PlaygroundPoll.jsx")
    page.get_by_role("button", name="Cast vote").click()
    expect(page.locator(".error")).to_have_text("Pick an option first.")
    expect(page.get_by_role("button", name="Cast vote")).to_be_visible()


def test_vote_for_the_book_hut(mount):
    page = mount("PlaygroundPoll.jsx")
    page.get_by_label("Outdoor book hut").check()
    page.get_by_role("button", name="Cast vote").click()
    expect(page.get_by_text("You voted: Outdoor book hut")).to_be_visible()
    expect(page.get_by_text("81 votes so far")).to_be_visible()
    results = page.get_by_role("region", name="Results")
    expect(results.locator(".result").filter(has_text="Shade sails over the sandpit").locator(".pct")).to_have_text("51%")
    expect(results.locator(".result").filter(has_text="Low climbing wall").locator(".pct")).to_have_text("33%")
    book = results.locator(".result").filter(has_text="Outdoor book hut")
    expect(book.locator(".pct")).to_have_text("16%")
    expect(book.locator(".votes")).to_have_text("(13)")
    expect(page.locator(".leader")).to_have_text("Leading: Shade sails over the sandpit")
