from playwright.sync_api import expect


def test_first_module_open_on_load(mount):
    page = mount("CourseSyllabus.jsx")
    expect(page.get_by_role("button", name="1. Tools and posture")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("checkbox")).to_have_count(3)
    expect(page.get_by_text("1/3")).to_be_visible()
    expect(page.get_by_text("Course progress: 10%")).to_be_visible()


def test_ticking_a_lesson_updates_progress(mount):
    page = mount("CourseSyllabus.jsx")
    page.get_by_label("Ruling guidelines at 5 nib widths").check()
    expect(page.get_by_text("2/3")).to_be_visible()
    expect(page.get_by_text("Course progress: 20%")).to_be_visible()


def test_third_module_locked_until_second_done(mount):
    page = mount("CourseSyllabus.jsx")
    expect(page.get_by_role("button", name="3. Copperplate capitals (locked)")).to_be_disabled()
    page.get_by_role("button", name="2. Italic minuscules").click()
    page.get_by_label("The n and m family").check()
    page.get_by_label("Branching arches").check()
    page.get_by_label("Ascenders and descenders").check()
    expect(page.get_by_role("button", name="3. Copperplate capitals (locked)")).to_be_disabled()
    page.get_by_label("Spacing a word").check()
    expect(page.get_by_text("Course progress: 50%")).to_be_visible()
    page.get_by_role("button", name="3. Copperplate capitals", exact=True).click()
    expect(page.get_by_label("Holding the oblique holder")).to_be_visible()


def test_collapse_first_module(mount):
    page = mount("CourseSyllabus.jsx")
    page.get_by_role("button", name="1. Tools and posture").click()
    expect(page.get_by_role("button", name="1. Tools and posture")).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_text("Choosing a broad-edge nib")).to_be_hidden()
