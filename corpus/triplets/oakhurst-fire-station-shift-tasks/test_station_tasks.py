from playwright.sync_api import expect


def test_unassigned_task_cannot_be_ticked(mount):
    page = mount("StationTasks.jsx")
    expect(page.get_by_text("1 task(s) still need a firefighter")).to_be_visible()
    expect(page.get_by_label("Hose test - bay 2", exact=True)).to_be_disabled()
    expect(page.get_by_text("FF Marsh: 2 open")).to_be_visible()
    expect(page.get_by_text("FF Dube: 0 open")).to_be_visible()


def test_assign_hose_test(mount):
    page = mount("StationTasks.jsx")
    page.get_by_label("Assignee for Hose test - bay 2").select_option("FF Okonkwo")
    expect(page.get_by_text("1 task(s) still need a firefighter")).to_be_hidden()
    expect(page.get_by_label("Hose test - bay 2", exact=True)).to_be_enabled()
    expect(page.get_by_text("FF Okonkwo: 1 open")).to_be_visible()


def test_ticking_reduces_open_count(mount):
    page = mount("StationTasks.jsx")
    page.get_by_label("Check SCBA cylinders", exact=True).check()
    expect(page.get_by_text("FF Marsh: 1 open")).to_be_visible()


def test_reassigning_a_finished_task_reopens_it(mount):
    page = mount("StationTasks.jsx")
    expect(page.get_by_label("Wash Engine 21", exact=True)).to_be_checked()
    page.get_by_label("Assignee for Wash Engine 21").select_option("Lt. Varga")
    expect(page.get_by_label("Wash Engine 21", exact=True)).not_to_be_checked()
    expect(page.get_by_text("Lt. Varga: 1 open")).to_be_visible()


def test_new_task_is_unassigned(mount):
    page = mount("StationTasks.jsx")
    page.get_by_label("Assignee for Hose test - bay 2").select_option("FF Okonkwo")
    page.get_by_label("New task").fill("Restock foam - Engine 21")
    page.get_by_role("button", name="Add to shift").click()
    expect(page.get_by_label("Assignee for Restock foam - Engine 21")).to_have_value("")
    expect(page.get_by_text("1 task(s) still need a firefighter")).to_be_visible()
