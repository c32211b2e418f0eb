from playwright.sync_api import expect


def test_hide_the_swell_warning(mount):
    page = mount("SurfHome.jsx")
    page.get_by_role("button", name="Hide Swell warning").click()
    expect(page.get_by_text("Big swell on Saturday: beginners lessons move to the lagoon.")).to_have_count(0)
    expect(page.get_by_role("button", name="Show 1 hidden banner")).to_be_visible()


def test_hide_two_and_show_them_again(mount):
    page = mount("SurfHome.jsx")
    page.get_by_role("button", name="Hide Swell warning").click()
    page.get_by_role("button", name="Hide Lesson bundle").click()
    expect(page.get_by_text("Book 5 lessons, get the 6th free.")).to_have_count(0)
    expect(page.get_by_text("5 mm wetsuits are back in sizes S to XL.")).to_be_visible()
    page.get_by_role("button", name="Show 2 hidden banners").click()
    expect(page.get_by_text("Big swell on Saturday: beginners lessons move to the lagoon.")).to_be_visible()
    expect(page.get_by_text("5 mm wetsuits are back in sizes S to XL.")).to_be_visible()
    expect(page.get_by_text("Book 5 lessons, get the 6th free.")).to_be_visible()
    expect(page.get_by_role("button", name="Show 2 hidden banners")).to_have_count(0)


def test_booking_banner(mount):
    page = mount("SurfHome.jsx")
    page.get_by_role("listitem").filter(has_text="Lagoon beginners").get_by_role("button", name="Book").click()
    expect(page.get_by_text("Booked: Sat 09:30 Lagoon beginners with Tavi")).to_be_visible()
    page.get_by_role("button", name="Hide booking banner").click()
    expect(page.get_by_text("Booked: Sat 09:30 Lagoon beginners with Tavi")).to_have_count(0)
    expect(page.get_by_role("alert")).to_contain_text("Swell warning")
    expect(page.get_by_role("status")).to_have_count(2)
    expect(page.get_by_role("button", name="Show 1 hidden banner")).to_have_count(0)
