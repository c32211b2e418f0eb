from playwright.sync_api import expect


def test_defaults_and_one_extra_child(mount):
    page = mount("PartyPlanner.jsx")
    expect(page.locator(".total")).to_have_text("Total R 2 450.00")
    expect(page.locator(".quote li")).to_have_count(1)
    page.get_by_role("button", name="More kids").click()
    expect(page.get_by_text("1 extra child: R 165.00")).to_be_visible()
    expect(page.locator(".total")).to_have_text("Total R 2 615.00")


def test_party_bags_for_every_child(mount):
    page = mount("PartyPlanner.jsx")
    page.get_by_role("button", name="More kids").click()
    page.get_by_label("Party bags for every child (R 38.00 each)").check()
    expect(page.get_by_text("Party bags × 11: R 418.00")).to_be_visible()
    expect(page.locator(".total")).to_have_text("Total R 3 033.00")
    page.get_by_role("button", name="Request booking").click()
    expect(page.locator(".requested")).to_have_text("Booking request for 11 kids sent. Deposit due: R 1 516.50")


def test_kids_stop_at_eight(mount):
    page = mount("PartyPlanner.jsx")
    fewer = page.get_by_role("button", name="Fewer kids")
    fewer.click()
    fewer.click()
    expect(page.locator(".stepper-value").first).to_have_text("8")
    expect(fewer).to_be_disabled()
    expect(page.locator(".total")).to_have_text("Total R 2 450.00")


def test_adults_after_the_first_ten_pay_coffee(mount):
    page = mount("PartyPlanner.jsx")
    more = page.get_by_role("button", name="More adults")
    more.click()
    more.click()
    more.click()
    more.click()
    more.click()
    more.click()
    more.click()
    more.click()
    more.click()
    more.click()
    expect(page.locator(".stepper-value").last).to_have_text("12")
    expect(page.get_by_text("Coffee for 2 extra adults: R 90.00")).to_be_visible()
