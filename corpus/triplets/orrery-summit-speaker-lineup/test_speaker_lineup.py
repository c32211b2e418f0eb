from playwright.sync_api import expect


def test_default_lineup(mount):
    page = mount("SpeakerLineup.jsx")
    first = page.locator(".slot").nth(0)
    expect(first).to_contain_text("09:30")
    expect(first).to_contain_text("Dr. Amara Obi")
    expect(first).to_contain_text("Keynote")
    expect(page.locator(".slot").filter(has_text="Sofia Brandt")).to_contain_text("12:10")
    expect(page.get_by_role("button", name="Move Sofia Brandt down")).to_be_disabled()
    expect(page.get_by_role("button", name="Move Sofia Brandt to bottom")).to_be_disabled()


def test_move_priya_nand_to_top(mount):
    page = mount("SpeakerLineup.jsx")
    page.get_by_role("button", name="Move Priya Nand to top").click()
    first = page.locator(".slot").nth(0)
    expect(first).to_contain_text("Priya Nand")
    expect(first).to_contain_text("Keynote")
    expect(page.locator(".slot").filter(has_text="Dr. Amara Obi")).to_contain_text("10:10")
    expect(page.get_by_text("Priya Nand now speaks at 09:30")).to_be_visible()


def test_move_jonas_ek_to_bottom(mount):
    page = mount("SpeakerLineup.jsx")
    page.get_by_role("button", name="Move Jonas Ek to bottom").click()
    expect(page.locator(".slot").nth(4)).to_contain_text("Jonas Ek")
    expect(page.get_by_text("Jonas Ek now speaks at 12:10")).to_be_visible()
    expect(page.locator(".slot").filter(has_text="Sofia Brandt")).to_contain_text("11:30")


def test_move_lee_hartmann_up(mount):
    page = mount("SpeakerLineup.jsx")
    page.get_by_role("button", name="Move Lee Hartmann up").click()
    expect(page.locator(".slot").filter(has_text="Lee Hartmann")).to_contain_text("10:50")
    expect(page.get_by_text("Lee Hartmann now speaks at 10:50")).to_be_visible()
