from playwright.sync_api import expect


def test_delete_a_plan_keep_imagery(mount):
    page = mount("FlightPlans.jsx")
    page.get_by_role("button", name="Delete FP-204").click()
    dialog = page.get_by_role("dialog", name="Delete flight plan FP-204?")
    expect(dialog).to_contain_text("Bridge pier 3 underside (9 waypoints) will be removed from the schedule.")
    expect(page.get_by_label("Also delete captured imagery (1.2 GB)")).not_to_be_checked()
    page.get_by_role("button", name="Delete plan").click()
    expect(page.get_by_role("cell", name="FP-204", exact=True)).to_have_count(0)
    expect(page.get_by_text("2 flight plans")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("Plan FP-204 deleted")


def test_delete_with_imagery(mount):
    page = mount("FlightPlans.jsx")
    page.get_by_role("button", name="Delete FP-209").click()
    page.get_by_label("Also delete captured imagery (6.0 GB)").check()
    page.get_by_role("button", name="Delete plan").click()
    expect(page.get_by_role("status")).to_have_text("Plan FP-209 and its imagery deleted")
    expect(page.get_by_text("2 flight plans")).to_be_visible()


def test_cancel(mount):
    page = mount("FlightPlans.jsx")
    page.get_by_role("button", name="Delete FP-201").click()
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("cell", name="FP-201", exact=True)).to_be_visible()
    expect(page.get_by_text("3 flight plans")).to_be_visible()
