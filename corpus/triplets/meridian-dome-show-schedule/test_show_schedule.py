from playwright.sync_api import expect


def test_shows_reorder_by_start_time_duration_and_seats(mount):
    page = mount("ShowSchedule.jsx")
    titles = page.locator(".show-title")
    expect(page.get_by_label("Start time")).to_be_checked()
    expect(titles.nth(0)).to_have_text("Our Restless Sun")
    expect(titles.nth(1)).to_have_text("Moonwalkers")
    expect(titles.nth(2)).to_have_text("Journey to the Outer Planets")
    expect(titles.last).to_have_text("The Night Sky Tonight (live)")

    page.get_by_label("Duration").check()
    expect(titles.nth(0)).to_have_text("Comet Hunters")
    expect(titles.nth(1)).to_have_text("Our Restless Sun")
    expect(titles.nth(2)).to_have_text("Aurora")
    expect(titles.last).to_have_text("The Night Sky Tonight (live)")

    page.get_by_label("Seats left").check()
    expect(titles.nth(0)).to_have_text("Moonwalkers")
    expect(titles.nth(1)).to_have_text("Stars of the Southern Sky")
    expect(titles.last).to_have_text("Black Holes for Beginners")
    expect(page.get_by_role("row").last).to_contain_text("Sold out")
    expect(page.get_by_role("row").filter(has_text="Aurora")).to_contain_text("Only 3 left")
