from playwright.sync_api import expect


def test_tally_on_load(mount):
    page = mount("MovingDay.jsx")
    expect(page.get_by_text("2 to do, 1 done")).to_be_visible()


def test_enter_adds_task_at_the_end(mount):
    page = mount("MovingDay.jsx")
    box = page.get_by_placeholder("Add a task and press Enter")
    box.fill("Bubble-wrap the mirrors")
    box.press("Enter")
    expect(page.locator(".task").last).to_contain_text("Bubble-wrap the mirrors")
    expect(page.locator(".task").last).to_contain_text("Van 2")
    expect(box).to_have_value("")
    expect(page.get_by_text("3 to do, 1 done")).to_be_visible()
    box.press("Enter")
    expect(page.get_by_text("Type a task first")).to_be_visible()
    expect(page.locator(".task")).to_have_count(4)


def test_escape_clears_the_box(mount):
    page = mount("MovingDay.jsx")
    box = page.get_by_placeholder("Add a task and press Enter")
    box.press("Enter")
    expect(page.get_by_text("Type a task first")).to_be_visible()
    box.press_sequentially("Tape fridge doors")
    box.press("Escape")
    expect(box).to_have_value("")
    expect(page.locator(".task")).to_have_count(3)
    expect(page.get_by_text("Type a task first")).to_have_count(0)


def test_mark_done_and_delete(mount):
    page = mount("MovingDay.jsx")
    page.get_by_placeholder("Add a task and press Enter").fill("Bubble-wrap the mirrors")
    page.get_by_placeholder("Add a task and press Enter").press("Enter")
    piano = page.locator(".task").filter(has_text="Wrap the upright piano")
    piano.get_by_role("button", name="Mark done").click()
    expect(piano.get_by_role("button", name="Done", exact=True)).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_text("2 to do, 2 done")).to_be_visible()
    page.get_by_role("button", name="Delete task Load garden shed contents").click()
    expect(page.get_by_text("Load garden shed contents")).to_have_count(0)
    expect(page.get_by_text("1 to do, 2 done")).to_be_visible()
