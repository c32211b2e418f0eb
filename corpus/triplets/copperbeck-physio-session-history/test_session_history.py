from playwright.sync_api import expect


def test_all_collapsed_at_start(mount):
    page = mount("SessionHistory.jsx")
    expect(page.get_by_text("0 of 10 open")).to_be_visible()
    expect(page.get_by_role("button", name="Collapse all")).to_be_disabled()


def test_session_1_and_session_10(mount):
    page = mount("SessionHistory.jsx")
    page.get_by_role("button", name="Session 1", exact=True).click()
    expect(page.get_by_role("button", name="Session 1", exact=True)).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_text("Focus: Knee flexion").first).to_be_visible()
    expect(page.get_by_text("Pain score 6/10").first).to_be_visible()
    expect(page.get_by_role("button", name="Session 10")).to_have_attribute("aria-expanded", "false")
    page.get_by_role("button", name="Session 10").click()
    expect(page.get_by_text("Focus: Return to running")).to_be_visible()
    expect(page.get_by_text("2 of 10 open")).to_be_visible()


def test_expand_all_and_collapse_all(mount):
    page = mount("SessionHistory.jsx")
    page.get_by_role("button", name="Session 1", exact=True).click()
    page.get_by_role("button", name="Session 10").click()
    page.get_by_role("button", name="Expand all").click()
    expect(page.get_by_text("10 of 10 open")).to_be_visible()
    expect(page.get_by_role("button", name="Expand all")).to_be_disabled()
    page.get_by_role("button", name="Collapse all").click()
    expect(page.get_by_text("0 of 10 open")).to_be_visible()
    expect(page.get_by_text("Focus: Knee flexion").first).to_be_hidden()


def test_session_1_clicked_twice(mount):
    page = mount("SessionHistory.jsx")
    page.get_by_role("button", name="Session 1", exact=True).click()
    page.get_by_role("button", name="Session 1", exact=True).click()
    expect(page.get_by_role("button", name="Session 1", exact=True)).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_text("0 of 10 open")).to_be_visible()
