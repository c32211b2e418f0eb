from playwright.sync_api import expect


def test_pick_a_grade_and_save(mount):
    page = mount("ClimberProfile.jsx")
    expect(page.get_by_text("Leaderboard: Jojo - 6a+")).to_be_visible()
    page.get_by_role("button", name="6b+", exact=True).click()
    expect(page.get_by_text("Selected: 6b+")).to_be_visible()
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Saved. Jojo now shows grade 6b+ on the leaderboard.")).to_be_visible()
    expect(page.get_by_text("Leaderboard: Jojo - 6b+")).to_be_visible()


def test_belay_certificate_number(mount):
    page = mount("ClimberProfile.jsx")
    page.get_by_label("I hold a belay certificate").check()
    page.get_by_label("Certificate number").fill("BC-48")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Belay certificate numbers look like BC-2048")).to_be_visible()
    page.get_by_label("Certificate number").fill("BC-2048")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Saved. Jojo now shows grade 6a+ on the leaderboard.")).to_be_visible()


def test_cancel_restores_the_saved_profile(mount):
    page = mount("ClimberProfile.jsx")
    page.get_by_role("button", name="7a", exact=True).click()
    page.get_by_label("Nickname").fill("Crimpy")
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_text("Changes discarded")).to_be_visible()
    expect(page.get_by_label("Nickname")).to_have_value("Jojo")
    expect(page.get_by_text("Selected: 6a+")).to_be_visible()
