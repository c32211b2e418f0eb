from playwright.sync_api import expect


def test_counter_on_load(mount):
    page = mount("AllotmentChores.jsx")
    expect(page.get_by_text("3 chores left")).to_be_visible()


def test_add_chore_and_ignore_blank(mount):
    page = mount("AllotmentChores.jsx")
    box = page.get_by_placeholder("Add a chore, e.g. Sow the leeks")
    box.fill("Lift the onions")
    page.get_by_label("Plot").select_option("14B")
    page.get_by_role("button", name="Add").click()
    last = page.locator(".chore").last
    expect(last).to_contain_text("Lift the onions")
    expect(last).to_contain_text("14B")
    expect(box).to_be_empty()
    expect(page.get_by_text("4 chores left")).to_be_visible()
    box.fill("   ")
    page.get_by_role("button", name="Add").click()
    expect(page.locator(".chore")).to_have_count(5)


def test_tick_and_clear_done(mount):
    page = mount("AllotmentChores.jsx")
    page.get_by_label("Turn the compost bays", exact=True).check()
    expect(page.get_by_text("2 chores left")).to_be_visible()
    page.get_by_role("button", name="Clear done").click()
    expect(page.get_by_text("Turn the compost bays")).to_have_count(0)
    expect(page.get_by_text("Net the brassicas")).to_have_count(0)
    expect(page.get_by_text("Water the runner beans")).to_be_visible()


def test_delete_the_levy_chore(mount):
    page = mount("AllotmentChores.jsx")
    page.get_by_role("button", name="Delete Pay the water levy (£12)").click()
    expect(page.get_by_text("Pay the water levy (£12)")).to_have_count(0)
    expect(page.get_by_text("2 chores left")).to_be_visible()
