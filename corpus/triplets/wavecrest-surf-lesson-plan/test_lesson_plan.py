from playwright.sync_api import expect


def test_standard_plan_times(mount):
    page = mount("LessonPlan.jsx")
    expect(page.get_by_test_id("drill-paddle").locator(".time")).to_have_text("09:35")
    expect(page.get_by_test_id("drill-white").locator(".time")).to_have_text("09:50")
    expect(page.get_by_test_id("water-time")).to_have_text("In the water from 09:35")


def test_fixed_warm_up_blocks_moving_earlier(mount):
    page = mount("LessonPlan.jsx")
    expect(page.get_by_role("button", name="Move Pop-up practice earlier")).to_be_disabled()
    expect(page.get_by_role("button", name="Move Whitewater rides later")).to_be_disabled()


def test_move_paddle_technique_earlier(mount):
    page = mount("LessonPlan.jsx")
    page.get_by_role("button", name="Move Paddle technique earlier").click()
    expect(page.get_by_test_id("drill-paddle").locator(".time")).to_have_text("09:25")
    expect(page.get_by_test_id("drill-safety").locator(".time")).to_have_text("09:40")
    expect(page.get_by_test_id("water-time")).to_have_text("In the water from 09:25")
    page.get_by_role("button", name="Back to standard plan").click()
    expect(page.get_by_test_id("drill-paddle").locator(".time")).to_have_text("09:35")


def test_pop_up_practice_later_twice(mount):
    page = mount("LessonPlan.jsx")
    page.get_by_role("button", name="Move Pop-up practice later").click()
    page.get_by_role("button", name="Move Pop-up practice later").click()
    expect(page.get_by_test_id("drill-popup").locator(".time")).to_have_text("09:35")
    expect(page.get_by_test_id("drill-safety").locator(".time")).to_have_text("09:10")
