from playwright.sync_api import expect


def test_add_harvest_opens_the_dialog(mount):
    page = mount("HarvestLog.jsx")
    page.get_by_role("button", name="Add harvest").click()
    expect(page.get_by_role("dialog", name="Log a harvest")).to_be_visible()
    expect(page.get_by_label("Longline")).to_be_focused()


def test_enter_saves_the_harvest(mount):
    page = mount("HarvestLog.jsx")
    page.get_by_role("button", name="Add harvest").click()
    page.get_by_label("Longline").select_option("L-05")
    page.get_by_label("Dulse").check()
    page.get_by_label("Wet weight (kg)").fill("340")
    page.get_by_label("Wet weight (kg)").press("Enter")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("row").last).to_contain_text("L-05")
    expect(page.get_by_role("row").last).to_contain_text("Dulse")
    expect(page.get_by_role("row").last).to_contain_text("340 kg")
    expect(page.get_by_text("Season total: 1,590 kg")).to_be_visible()
    expect(page.get_by_text("Logged 340 kg of Dulse from L-05")).to_be_visible()


def test_zero_weight_is_refused(mount):
    page = mount("HarvestLog.jsx")
    page.get_by_role("button", name="Add harvest").click()
    page.get_by_label("Wet weight (kg)").fill("0")
    page.get_by_role("button", name="Save harvest").click()
    expect(page.get_by_role("alert")).to_have_text("Weight must be between 1 and 2000 kg")
    expect(page.get_by_role("dialog")).to_be_visible()


def test_too_heavy_is_refused(mount):
    page = mount("HarvestLog.jsx")
    page.get_by_role("button", name="Add harvest").click()
    page.get_by_label("Wet weight (kg)").fill("2500")
    page.get_by_role("button", name="Save harvest").click()
    expect(page.get_by_role("alert")).to_have_text("Weight must be between 1 and 2000 kg")


def test_cancel_adds_nothing(mount):
    page = mount("HarvestLog.jsx")
    page.get_by_role("button", name="Add harvest").click()
    page.get_by_label("Wet weight (kg)").fill("90")
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("row")).to_have_count(4)
    expect(page.get_by_text("Season total: 1,250 kg")).to_be_visible()
