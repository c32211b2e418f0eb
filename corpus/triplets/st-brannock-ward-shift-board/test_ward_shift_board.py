from playwright.sync_api import expect


def test_totals_on_load(mount):
    page = mount("WardShiftBoard.jsx")
    expect(page.get_by_text("On duty 3 · On break 1 · Off 1")).to_be_visible()
    expect(page.get_by_text("Minimum staffing: 2 on duty")).to_be_hidden()


def test_break_down_to_minimum_staffing(mount):
    page = mount("WardShiftBoard.jsx")
    page.locator(".staff-card").filter(has_text="Kwame Asante").get_by_role("button", name="Start break").click()
    expect(page.locator(".lane").filter(has_text="On break").locator(".staff-card").filter(has_text="Kwame Asante")).to_be_visible()
    expect(page.get_by_text("On duty 2 · On break 2 · Off 1")).to_be_visible()
    expect(page.get_by_text("Minimum staffing: 2 on duty")).to_be_visible()
    lena = page.locator(".staff-card").filter(has_text="Lena Fischer")
    expect(lena.get_by_role("button", name="Start break")).to_be_disabled()
    expect(lena.get_by_role("button", name="Sign off")).to_be_disabled()


def test_end_break_returns_to_duty(mount):
    page = mount("WardShiftBoard.jsx")
    page.locator(".staff-card").filter(has_text="Kwame Asante").get_by_role("button", name="Start break").click()
    page.locator(".staff-card").filter(has_text="Marco Rossi").get_by_role("button", name="End break").click()
    expect(page.locator(".lane").filter(has_text="On duty").locator(".staff-card").filter(has_text="Marco Rossi")).to_be_visible()
    expect(page.get_by_text("On duty 3 · On break 1 · Off 1")).to_be_visible()
    expect(page.get_by_text("Minimum staffing: 2 on duty")).to_be_hidden()


def test_sign_on_then_sign_off(mount):
    page = mount("WardShiftBoard.jsx")
    page.locator(".staff-card").filter(has_text="Joy Mbeki").get_by_role("button", name="Sign on").click()
    expect(page.get_by_text("On duty 4 · On break 1 · Off 0")).to_be_visible()
    page.locator(".staff-card").filter(has_text="Lena Fischer").get_by_role("button", name="Sign off").click()
    expect(page.get_by_text("On duty 3 · On break 1 · Off 1")).to_be_visible()
