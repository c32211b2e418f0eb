from playwright.sync_api import expect


def test_filter_counts_on_load(mount):
    page = mount("ShootChecklist.jsx")
    expect(page.get_by_role("button", name="All (4)")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="Open (3)")).to_be_visible()
    expect(page.get_by_role("button", name="Done (1)")).to_be_visible()


def test_done_and_open_filters(mount):
    page = mount("ShootChecklist.jsx")
    page.get_by_role("button", name="Done (1)").click()
    expect(page.locator(".item")).to_have_count(1)
    expect(page.locator(".item")).to_contain_text("Confirm road closure permit - Harbour St")
    page.get_by_role("button", name="Open (3)").click()
    expect(page.locator(".item")).to_have_count(3)
    expect(page.get_by_text("Confirm road closure permit - Harbour St")).to_have_count(0)


def test_add_radio_mics_item(mount):
    page = mount("ShootChecklist.jsx")
    page.get_by_placeholder("New item for Day 4").fill("Radio mics charged")
    page.get_by_label("Department").select_option("Sound")
    page.get_by_role("button", name="Add item").click()
    expect(page.get_by_label("Radio mics charged")).not_to_be_checked()
    expect(page.get_by_role("button", name="All (5)")).to_be_visible()
    expect(page.get_by_role("button", name="Open (4)")).to_be_visible()
    page.get_by_placeholder("New item for Day 4").fill("  ")
    page.get_by_role("button", name="Add item").click()
    expect(page.get_by_role("button", name="All (5)")).to_be_visible()


def test_mark_all_done(mount):
    page = mount("ShootChecklist.jsx")
    page.get_by_role("button", name="Mark all done").click()
    expect(page.get_by_role("button", name="Open (0)")).to_be_visible()
    expect(page.get_by_role("button", name="Done (4)")).to_be_visible()
    expect(page.get_by_label("Confirm road closure permit - Harbour St")).to_be_checked()
    expect(page.get_by_text("All set - see you at 06:30.")).to_be_visible()
    expect(page.get_by_role("button", name="Mark all done")).to_be_disabled()
