from playwright.sync_api import expect


def test_shifts_are_listed_in_week_order(mount):
    page = mount("UsherProfile.jsx")
    page.get_by_role("row").filter(has_text="Sun matinee").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="Fri evening").get_by_role("checkbox").check()
    page.get_by_role("button", name="Save availability").click()
    expect(
        page.get_by_text("Availability saved: Fri evening, Sat evening, Sun matinee - Stalls, up to 6 shifts a month")
    ).to_be_visible()


def test_unticking_one_row_leaves_the_others(mount):
    page = mount("UsherProfile.jsx")
    page.get_by_role("row").filter(has_text="Sun matinee").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="Fri evening").get_by_role("checkbox").check()
    page.get_by_role("row").filter(has_text="Sat evening").get_by_role("checkbox").uncheck()
    expect(page.get_by_role("row").filter(has_text="Sat evening").get_by_role("checkbox")).not_to_be_checked()
    expect(page.get_by_role("row").filter(has_text="Fri evening").get_by_role("checkbox")).to_be_checked()
    expect(page.get_by_role("row").filter(has_text="Sun matinee").get_by_role("checkbox")).to_be_checked()


def test_clear_all_then_save(mount):
    page = mount("UsherProfile.jsx")
    page.get_by_role("button", name="Clear all shifts").click()
    page.get_by_role("button", name="Save availability").click()
    expect(page.get_by_text("Tick at least one shift you can usually do")).to_be_visible()


def test_monthly_maximum_of_sixteen(mount):
    page = mount("UsherProfile.jsx")
    page.get_by_role("button", name="Clear all shifts").click()
    page.get_by_role("row").filter(has_text="Thu evening").get_by_role("checkbox").check()
    page.get_by_label("Preferred area").select_option("Dress circle")
    page.get_by_label("Most shifts per month").fill("16")
    page.get_by_role("button", name="Save availability").click()
    expect(page.get_by_text("Availability saved: Thu evening - Dress circle, up to 16 shifts a month")).to_be_visible()
    page.get_by_label("Most shifts per month").fill("17")
    page.get_by_role("button", name="Save availability").click()
    expect(page.get_by_text("Monthly maximum must be between 1 and 16 shifts")).to_be_visible()
