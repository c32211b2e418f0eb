from playwright.sync_api import expect


def test_documentary_world_premieres(mount):
    page = mount("SubmissionFilter.jsx")
    page.get_by_label("Documentary").check()
    expect(page.get_by_text("3 submissions")).to_be_visible()
    page.get_by_label("World premiere only").check()
    expect(page.get_by_role("heading", level=3)).to_have_text(["The Salt Keepers", "Under the Pylons"])
    expect(page.get_by_text("2 submissions")).to_be_visible()
    expect(page.get_by_role("button", name="Remove filter: Documentary")).to_be_visible()
    expect(page.get_by_role("button", name="Remove filter: World premiere")).to_be_visible()


def test_uk_then_short_keeps_the_country(mount):
    page = mount("SubmissionFilter.jsx")
    page.get_by_label("Country").select_option("UK")
    expect(page.get_by_role("heading", level=3)).to_have_text(["Night Ferry to Oban", "Hollow Tide", "Under the Pylons"])
    page.get_by_label("Short").check()
    expect(page.get_by_role("heading", level=3)).to_have_text(["Night Ferry to Oban"])
    expect(page.get_by_text("1 submission", exact=True)).to_be_visible()


def test_remove_the_documentary_chip(mount):
    page = mount("SubmissionFilter.jsx")
    page.get_by_label("Documentary").check()
    page.get_by_label("World premiere only").check()
    page.get_by_role("button", name="Remove filter: Documentary").click()
    expect(page.get_by_label("All categories")).to_be_checked()
    expect(page.get_by_label("World premiere only")).to_be_checked()
    expect(page.get_by_text("5 submissions")).to_be_visible()


def test_clear_all(mount):
    page = mount("SubmissionFilter.jsx")
    page.get_by_label("Documentary").check()
    page.get_by_label("World premiere only").check()
    page.get_by_role("button", name="Clear all").click()
    expect(page.get_by_text("10 submissions")).to_be_visible()
    expect(page.locator(".chip")).to_have_count(0)
