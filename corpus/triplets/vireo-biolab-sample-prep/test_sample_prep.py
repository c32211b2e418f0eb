from playwright.sync_api import expect


def test_stat_task_first(mount):
    page = mount("SamplePrep.jsx")
    rows = page.locator(".tasks tr")
    expect(rows.nth(0)).to_contain_text("Centrifuge CSF sample 24-1183")
    expect(rows.nth(1)).to_contain_text("Re-label cryovials for study VIR-22")
    expect(rows.nth(2)).to_contain_text("Thaw plasma aliquots, rack 7")
    expect(page.get_by_text("STAT open: 1")).to_be_visible()


def test_new_stat_task_goes_second(mount):
    page = mount("SamplePrep.jsx")
    page.get_by_label("Task", exact=True).fill("Spin down PBMC tube 88")
    page.get_by_label("Priority").select_option("STAT")
    page.get_by_role("button", name="Add task").click()
    row = page.locator(".tasks tr").nth(1)
    expect(row).to_contain_text("Spin down PBMC tube 88")
    expect(row).to_contain_text("Queued")
    expect(page.get_by_text("STAT open: 2")).to_be_visible()
    expect(page.get_by_label("Task", exact=True)).to_be_empty()


def test_start_then_complete(mount):
    page = mount("SamplePrep.jsx")
    row = page.get_by_role("row").filter(has_text="Thaw plasma aliquots, rack 7")
    row.get_by_role("button", name="Start").click()
    expect(row.locator(".status")).to_have_text("In progress")
    row.get_by_role("button", name="Complete").click()
    expect(row.locator(".status")).to_have_text("Complete")
    expect(row.get_by_role("button")).to_have_count(0)


def test_hide_completed_keeps_in_progress(mount):
    page = mount("SamplePrep.jsx")
    page.get_by_label("Hide completed").check()
    expect(page.get_by_text("Calibrate pipettes P200 / P1000")).to_have_count(0)
    csf = page.get_by_role("row").filter(has_text="Centrifuge CSF sample 24-1183")
    expect(csf).to_be_visible()
    csf.get_by_role("button", name="Complete").click()
    expect(page.get_by_text("STAT open: 0")).to_be_visible()
