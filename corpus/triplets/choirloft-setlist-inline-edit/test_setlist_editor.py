from playwright.sync_api import expect


def test_enter_saves_new_title(mount):
    page = mount("SetlistEditor.jsx")
    expect(page.get_by_text("Total 14:05 of 15:00")).to_be_visible()
    page.get_by_text("Shenandoah").dblclick()
    field = page.get_by_label("Title of song 2")
    expect(field).to_have_value("Shenandoah")
    field.fill("Shenandoah (arr. Erb)")
    field.press("Enter")
    expect(page.get_by_label("Title of song 2")).to_have_count(0)
    expect(page.locator(".song").nth(1)).to_contain_text("Shenandoah (arr. Erb)")


def test_escape_cancels_edit(mount):
    page = mount("SetlistEditor.jsx")
    page.get_by_text("The Parting Glass").dblclick()
    page.get_by_label("Title of song 3").fill("Wild Mountain Thyme")
    page.get_by_label("Title of song 3").press("Escape")
    expect(page.get_by_label("Title of song 3")).to_have_count(0)
    expect(page.get_by_text("The Parting Glass")).to_be_visible()
    expect(page.get_by_text("Wild Mountain Thyme")).to_have_count(0)


def test_bad_length_then_fixed(mount):
    page = mount("SetlistEditor.jsx")
    page.get_by_text("4:25").dblclick()
    page.get_by_label("Length of song 2").fill("4:75")
    page.get_by_label("Length of song 2").press("Enter")
    expect(page.get_by_text("Use m:ss, e.g. 3:40")).to_be_visible()
    expect(page.get_by_label("Length of song 2")).to_be_visible()
    page.get_by_label("Length of song 2").fill("4:40")
    page.get_by_label("Length of song 2").press("Enter")
    expect(page.get_by_text("Total 14:20 of 15:00")).to_be_visible()


def test_over_the_slot_warning(mount):
    page = mount("SetlistEditor.jsx")
    page.get_by_text("3:10").dblclick()
    page.get_by_label("Length of song 1").fill("4:10")
    page.get_by_label("Length of song 1").press("Enter")
    expect(page.get_by_text("Total 15:05 of 15:00")).to_be_visible()
    expect(page.get_by_text("Over the slot - cut a verse or drop a song")).to_be_visible()


def test_empty_title_is_refused(mount):
    page = mount("SetlistEditor.jsx")
    page.get_by_text("Ubi caritas").dblclick()
    page.get_by_label("Title of song 1").fill("")
    page.get_by_label("Title of song 1").press("Enter")
    expect(page.get_by_text("A song needs a title")).to_be_visible()
