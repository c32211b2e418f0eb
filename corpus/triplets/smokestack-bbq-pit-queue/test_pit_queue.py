from playwright.sync_api import expect


def test_default_ready_times_and_disabled_ends(mount):
    page = mount("PitQueue.jsx")
    items = page.locator(".queue-item")
    expect(items.nth(0)).to_contain_text("ready 13:00")
    expect(items.nth(1)).to_contain_text("ready 21:00")
    expect(items.nth(2)).to_contain_text("ready 02:00")
    expect(items.nth(3)).to_contain_text("ready 04:00")
    expect(page.get_by_text("Last item off the pit at 04:00")).to_be_visible()
    expect(page.get_by_role("button", name="Move Beef brisket up")).to_be_disabled()
    expect(page.get_by_role("button", name="Move Chicken thighs down")).to_be_disabled()
    expect(page.get_by_role("button", name="Send to kitchen")).to_be_disabled()
    expect(page.get_by_role("button", name="Reset order")).to_be_disabled()


def test_move_spare_ribs_up(mount):
    page = mount("PitQueue.jsx")
    page.get_by_role("button", name="Move Spare ribs up").click()
    items = page.locator(".queue-item")
    expect(items.nth(0)).to_contain_text("Beef brisket")
    expect(items.nth(1)).to_contain_text("Spare ribs")
    expect(items.nth(1)).to_contain_text("ready 18:00")
    expect(items.nth(2)).to_contain_text("Pork shoulder")
    expect(items.nth(2)).to_contain_text("ready 02:00")
    expect(items.nth(3)).to_contain_text("ready 04:00")


def test_brisket_down_and_send_to_kitchen(mount):
    page = mount("PitQueue.jsx")
    page.get_by_role("button", name="Move Beef brisket down").click()
    items = page.locator(".queue-item")
    expect(items.nth(0)).to_contain_text("Pork shoulder")
    expect(items.nth(0)).to_contain_text("ready 11:00")
    expect(items.nth(1)).to_contain_text("Beef brisket")
    page.get_by_role("button", name="Send to kitchen").click()
    expect(page.get_by_role("status")).to_have_text(
        "Pit order sent to kitchen: Pork shoulder → Beef brisket → Spare ribs → Chicken thighs"
    )


def test_reset_order(mount):
    page = mount("PitQueue.jsx")
    page.get_by_role("button", name="Move Beef brisket down").click()
    page.get_by_role("button", name="Reset order").click()
    expect(page.locator(".queue-item").nth(0)).to_contain_text("Beef brisket")
