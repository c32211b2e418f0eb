from playwright.sync_api import expect


def test_one_stream_key_holder_on_load(mount):
    page = mount("TeamRights.jsx")
    expect(page.get_by_text("Stream key holders: 1 / 2")).to_be_visible()


def test_single_box_turns_preset_custom(mount):
    page = mount("TeamRights.jsx")
    row = page.get_by_role("row").filter(has_text="Bramble")
    row.get_by_role("checkbox").nth(1).check()
    expect(row.get_by_role("checkbox").nth(1)).to_be_checked()
    expect(page.get_by_label("Preset for Bramble")).to_have_value("Custom")


def test_stream_keys_limit_of_two(mount):
    page = mount("TeamRights.jsx")
    page.get_by_role("row").filter(has_text="Oxide").get_by_role("checkbox").nth(2).check()
    expect(page.get_by_text("Stream key holders: 2 / 2")).to_be_visible()
    tempo = page.get_by_role("row").filter(has_text="Tempo").get_by_role("checkbox").nth(2)
    tempo.click()
    expect(page.get_by_role("alert")).to_have_text("Only 2 people may hold stream keys")
    expect(tempo).not_to_be_checked()
    expect(page.get_by_text("Stream key holders: 2 / 2")).to_be_visible()


def test_captain_preset_for_bramble(mount):
    page = mount("TeamRights.jsx")
    page.get_by_label("Preset for Bramble").select_option("Captain")
    boxes = page.get_by_role("row").filter(has_text="Bramble").get_by_role("checkbox")
    expect(boxes.nth(0)).to_be_checked()
    expect(boxes.nth(1)).not_to_be_checked()
    expect(boxes.nth(2)).not_to_be_checked()
    expect(boxes.nth(3)).to_be_checked()
