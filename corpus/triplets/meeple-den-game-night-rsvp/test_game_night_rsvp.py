from playwright.sync_api import expect


def test_going_takes_a_seat(mount):
    page = mount("GameNightRsvp.jsx")
    expect(page.locator(".n-seats")).to_have_text("2")
    page.get_by_role("button", name="Going").click()
    expect(page.locator(".n-yes")).to_have_text("11")
    expect(page.locator(".n-seats")).to_have_text("1")
    expect(page.locator(".confirm")).to_have_text("You answered: Going")


def test_guest_fills_the_table(mount):
    page = mount("GameNightRsvp.jsx")
    page.get_by_role("button", name="Going").click()
    page.get_by_label("Bringing a guest (+1)").check()
    expect(page.locator(".n-seats")).to_have_text("0")
    expect(page.get_by_text("- Game table full")).to_be_visible()
    expect(page.locator(".confirm")).to_have_text("You answered: Going with a guest")


def test_switching_to_maybe_moves_the_vote(mount):
    page = mount("GameNightRsvp.jsx")
    page.get_by_role("button", name="Going").click()
    page.get_by_label("Bringing a guest (+1)").check()
    page.get_by_role("button", name="Maybe").click()
    expect(page.locator(".n-yes")).to_have_text("10")
    expect(page.locator(".n-maybe")).to_have_text("5")
    expect(page.locator(".n-seats")).to_have_text("2")
    expect(page.get_by_label("Bringing a guest (+1)")).not_to_be_checked()
    expect(page.get_by_label("Bringing a guest (+1)")).to_be_disabled()


def test_cant_make_it(mount):
    page = mount("GameNightRsvp.jsx")
    page.get_by_role("button", name="Maybe").click()
    page.get_by_role("button", name="Can't make it").click()
    expect(page.locator(".n-no")).to_have_text("3")
    expect(page.locator(".n-maybe")).to_have_text("4")
