from playwright.sync_api import expect


def test_open_bill_totals(mount):
    page = mount("BillSplit.jsx")
    expect(page.locator(".food")).to_have_text("¥14,450")
    expect(page.locator(".service")).to_have_text("¥1,445")
    expect(page.locator(".tax")).to_have_text("¥1,589")
    expect(page.locator(".total")).to_have_text("¥17,484")
    expect(page.locator(".each")).to_have_text("Each pays ¥5,828")
    expect(page.locator(".extra")).to_have_count(0)


def test_round_up_to_100_each(mount):
    page = mount("BillSplit.jsx")
    page.get_by_label("Round up to ¥100 each").check()
    expect(page.locator(".each")).to_have_text("Each pays ¥5,900")
    expect(page.get_by_text("¥216 extra for the table")).to_be_visible()


def test_counter_seat_without_service_charge(mount):
    page = mount("BillSplit.jsx")
    page.get_by_label("Private room (service charge 10%)").uncheck()
    expect(page.locator(".service")).to_have_text("¥0")
    expect(page.locator(".tax")).to_have_text("¥1,445")
    expect(page.locator(".total")).to_have_text("¥15,895")
    expect(page.locator(".each")).to_have_text("Each pays ¥5,299")


def test_two_people(mount):
    page = mount("BillSplit.jsx")
    page.get_by_label("Split between").select_option("2 people")
    expect(page.locator(".each")).to_have_text("Each pays ¥8,742")
