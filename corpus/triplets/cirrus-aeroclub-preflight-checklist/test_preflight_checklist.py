from playwright.sync_api import expect


def test_initial_progress(mount):
    page = mount("PreflightChecklist.jsx")
    expect(page.get_by_text("2 of 6 checks done · 1 open squawk")).to_be_visible()
    expect(page.get_by_role("button", name="Ready for taxi")).to_be_disabled()


def test_all_checks_and_resolved_squawk_enable_taxi(mount):
    page = mount("PreflightChecklist.jsx")
    page.get_by_label("Pitot cover removed").check()
    page.get_by_label("Tie-downs and chocks removed").check()
    page.get_by_label("ARROW documents on board").check()
    page.get_by_label("Seat belts fastened").check()
    expect(page.get_by_text("6 of 6 checks done · 1 open squawk")).to_be_visible()
    expect(page.get_by_role("button", name="Ready for taxi")).to_be_disabled()
    page.get_by_label("Left nav light flickers", exact=True).check()
    expect(page.get_by_text("6 of 6 checks done · 0 open squawks")).to_be_visible()
    expect(page.get_by_role("button", name="Ready for taxi")).to_be_enabled()


def test_log_and_remove_squawks(mount):
    page = mount("PreflightChecklist.jsx")
    page.get_by_label("New squawk").fill("Tach cable noisy")
    page.get_by_role("button", name="Log squawk").click()
    expect(page.get_by_label("Tach cable noisy", exact=True)).to_be_visible()
    expect(page.get_by_text("2 open squawks")).to_be_visible()
    page.get_by_role("button", name="Remove squawk Left nav light flickers").click()
    expect(page.locator(".squawks li")).to_have_count(1)
    expect(page.locator(".squawks li")).to_contain_text("Tach cable noisy")
    expect(page.get_by_text("1 open squawk")).to_be_visible()


def test_one_check_missing_keeps_taxi_disabled(mount):
    page = mount("PreflightChecklist.jsx")
    page.get_by_label("Pitot cover removed").check()
    page.get_by_label("Tie-downs and chocks removed").check()
    page.get_by_label("ARROW documents on board").check()
    page.get_by_label("Left nav light flickers", exact=True).check()
    expect(page.get_by_role("button", name="Ready for taxi")).to_be_disabled()
