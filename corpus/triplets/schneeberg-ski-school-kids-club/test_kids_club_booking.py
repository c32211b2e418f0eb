from playwright.sync_api import expect


def test_age_limit_of_fifteen(mount):
    page = mount("KidsClubBooking.jsx")
    page.get_by_label("Child's first name").fill("Maja")
    page.get_by_label("Age").fill("16")
    page.get_by_label("Mon").check()
    page.get_by_role("button", name="Book lessons").click()
    expect(page.get_by_role("alert")).to_have_text("Kids Club is for ages 4 to 15")
    page.get_by_label("Age").fill("15")
    page.get_by_role("button", name="Book lessons").click()
    expect(page.get_by_test_id("lesson-summary")).to_have_text("Maja (15), Never skied: 1 half day - €48.00")


def test_full_days_from_age_six(mount):
    page = mount("KidsClubBooking.jsx")
    page.get_by_label("Child's first name").fill("Maja")
    page.get_by_label("Age").fill("5")
    page.get_by_label("Lesson length").select_option("Full day with lunch (€85)")
    page.get_by_label("Mon").check()
    page.get_by_role("button", name="Book lessons").click()
    expect(page.get_by_role("alert")).to_have_text("Full days start at age 6 - choose half days")
    page.get_by_label("Age").fill("6")
    page.get_by_label("Tue").check()
    page.get_by_role("button", name="Book lessons").click()
    expect(page.get_by_test_id("lesson-summary")).to_have_text("Maja (6), Never skied: 2 full days - €170.00")


def test_whole_week_discount(mount):
    page = mount("KidsClubBooking.jsx")
    page.get_by_label("Child's first name").fill("Maja")
    page.get_by_label("Age").fill("7")
    page.get_by_label("Ski level").select_option("Snowplough")
    page.get_by_label("Lesson length").select_option("Full day with lunch (€85)")
    page.get_by_label("Mon").check()
    page.get_by_label("Tue").check()
    page.get_by_label("Wed").check()
    page.get_by_label("Thu").check()
    page.get_by_role("button", name="Book lessons").click()
    expect(page.get_by_test_id("lesson-summary")).to_have_text("Maja (7), Snowplough: 4 full days - €340.00")
    page.get_by_label("Fri").check()
    page.get_by_role("button", name="Book lessons").click()
    expect(page.get_by_test_id("lesson-summary")).to_have_text("Maja (7), Snowplough: 5 full days - €382.50")
