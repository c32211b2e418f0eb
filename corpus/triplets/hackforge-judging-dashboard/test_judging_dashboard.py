from playwright.sync_api import expect


def test_initial_counters(mount):
    page = mount("JudgingDashboard.jsx")
    expect(page.locator(".judged")).to_have_text("3 / 8")
    expect(page.locator(".remaining")).to_have_text("5")
    expect(page.locator(".average")).to_have_text("7.3")


def test_score_echo_map(mount):
    page = mount("JudgingDashboard.jsx")
    page.get_by_label("Score for Echo Map - noise mapping").fill("9")
    page.get_by_role("row").filter(has_text="Echo Map - noise mapping").get_by_role("button", name="Save").click()
    expect(page.get_by_role("row").filter(has_text="Echo Map - noise mapping").locator(".given")).to_have_text("9")
    expect(page.locator(".judged")).to_have_text("4 / 8")
    expect(page.locator(".remaining")).to_have_text("4")
    expect(page.locator(".average")).to_have_text("7.8")


def test_score_out_of_range(mount):
    page = mount("JudgingDashboard.jsx")
    row = page.get_by_role("row").filter(has_text="Tidy Tides - beach clean-up")
    row.get_by_label("Score for Tidy Tides - beach clean-up").fill("11")
    row.get_by_role("button", name="Save").click()
    expect(row.locator(".row-error")).to_have_text("Scores go from 1 to 10")
    expect(page.locator(".judged")).to_have_text("3 / 8")


def test_conflict_of_interest(mount):
    page = mount("JudgingDashboard.jsx")
    row = page.get_by_role("row").filter(has_text="Bikeshed - bike repair booking")
    row.get_by_role("checkbox").check()
    expect(row).to_contain_text("Conflict declared")
    expect(page.locator(".judged")).to_have_text("3 / 7")
    expect(page.locator(".remaining")).to_have_text("4")
