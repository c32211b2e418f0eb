from playwright.sync_api import expect


def test_start_of_the_session(mount):
    page = mount("DriveTally.jsx")
    expect(page.get_by_test_id("progress")).to_have_text("58 of 60 units (97%)")
    expect(page.get_by_test_id("shortage")).to_have_text(["O- below target (3 of 5)", "A- below target (2 of 3)"])


def test_record_an_o_negative_donation(mount):
    page = mount("DriveTally.jsx")
    page.get_by_label("Blood type").select_option("O-")
    page.get_by_role("button", name="Record donation").click()
    expect(page.get_by_test_id("progress")).to_have_text("59 of 60 units (98%)")
    expect(page.get_by_role("row").filter(has_text="O-").get_by_role("cell")).to_have_text("4")
    expect(page.get_by_test_id("shortage").first).to_have_text("O- below target (4 of 5)")


def test_goal_reached(mount):
    page = mount("DriveTally.jsx")
    page.get_by_label("Blood type").select_option("O-")
    page.get_by_role("button", name="Record donation").click()
    page.get_by_role("button", name="Record donation").click()
    expect(page.get_by_test_id("progress")).to_have_text("60 of 60 units (100%)")
    expect(page.get_by_test_id("goal-reached")).to_have_text("Goal reached! Thank you, Kingsmead.")
    expect(page.get_by_test_id("shortage")).to_have_text(["A- below target (2 of 3)"])


def test_defer_donor(mount):
    page = mount("DriveTally.jsx")
    page.get_by_role("button", name="Defer donor").click()
    expect(page.get_by_test_id("deferred")).to_have_text("5")
    expect(page.get_by_test_id("donated")).to_have_text("58")
    expect(page.get_by_test_id("progress")).to_have_text("58 of 60 units (97%)")
