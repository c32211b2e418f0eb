from playwright.sync_api import expect


def test_improver_shows_its_lessons(mount):
    page = mount("RidingLevels.jsx")
    page.get_by_role("button", name="Improver").click()
    expect(page.get_by_role("region", name="Improver")).to_contain_text("Sat 11:00 with Marcus - 3 spaces")


def test_enrol_in_a_beginner_lesson(mount):
    page = mount("RidingLevels.jsx")
    page.get_by_role("button", name="Improver").click()
    page.get_by_role("button", name="Beginner").click()
    expect(page.get_by_role("button", name="Improver")).to_have_attribute("aria-expanded", "false")
    row = page.get_by_role("listitem").filter(has_text="Sat 09:00")
    row.get_by_role("button", name="Enrol").click()
    expect(row).to_contain_text("1 space")
    expect(row).to_contain_text("Enrolled")
    expect(page.get_by_text("My lessons: 1 · Waiting lists: 0")).to_be_visible()


def test_full_lesson_goes_on_the_waiting_list(mount):
    page = mount("RidingLevels.jsx")
    page.get_by_role("button", name="Beginner").click()
    row = page.get_by_role("listitem").filter(has_text="Sun 10:00")
    expect(row).to_contain_text("Full")
    expect(row.get_by_role("button", name="Enrol")).to_have_count(0)
    row.get_by_role("button", name="Join waiting list").click()
    expect(row).to_contain_text("On waiting list")
    expect(page.get_by_text("My lessons: 0 · Waiting lists: 1")).to_be_visible()


def test_one_level_open_at_a_time(mount):
    page = mount("RidingLevels.jsx")
    page.get_by_role("button", name="Beginner").click()
    page.get_by_role("button", name="Intermediate").click()
    expect(page.get_by_role("region", name="Beginner")).to_have_count(0)
    expect(page.get_by_role("region", name="Intermediate")).to_contain_text("Wed 17:30 with Dervla - 1 space")
