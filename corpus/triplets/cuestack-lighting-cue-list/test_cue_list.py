from playwright.sync_api import expect


def test_delete_cue_two(mount):
    page = mount("CueList.jsx")
    expect(page.get_by_text("Total fade time 12 s")).to_be_visible()
    expect(page.get_by_text("Nothing to undo")).to_be_visible()
    page.get_by_role("button", name="Delete cue 2").click()
    expect(page.get_by_text("Preset - blue wash")).to_have_count(0)
    expect(page.get_by_text("Total fade time 7 s")).to_be_visible()
    expect(page.get_by_text("Undo: delete cue 2")).to_be_visible()


def test_new_cue_gets_a_fresh_number(mount):
    page = mount("CueList.jsx")
    page.get_by_role("button", name="Delete cue 2").click()
    page.get_by_label("Cue label").fill("Forest dawn, gobo rotate")
    page.get_by_label("Fade").select_option("8 s")
    page.get_by_role("button", name="Add cue").click()
    last = page.locator(".cue").last
    expect(last.locator(".cue-no")).to_have_text("Cue 5")
    expect(last).to_contain_text("Forest dawn, gobo rotate")
    expect(page.get_by_text("Total fade time 15 s")).to_be_visible()
    expect(page.get_by_text("Undo: add cue 5")).to_be_visible()


def test_ctrl_z_twice_then_ctrl_y(mount):
    page = mount("CueList.jsx")
    page.get_by_role("button", name="Delete cue 2").click()
    page.get_by_label("Cue label").fill("Forest dawn, gobo rotate")
    page.get_by_label("Fade").select_option("8 s")
    page.get_by_role("button", name="Add cue").click()
    page.keyboard.press("Control+z")
    expect(page.get_by_text("Forest dawn, gobo rotate")).to_have_count(0)
    expect(page.get_by_text("Undo: delete cue 2")).to_be_visible()
    page.keyboard.press("Control+z")
    expect(page.get_by_text("Preset - blue wash")).to_be_visible()
    expect(page.get_by_text("Total fade time 12 s")).to_be_visible()
    expect(page.get_by_text("Nothing to undo")).to_be_visible()
    page.keyboard.press("Control+y")
    expect(page.get_by_text("Preset - blue wash")).to_have_count(0)
    expect(page.get_by_text("Total fade time 7 s")).to_be_visible()
