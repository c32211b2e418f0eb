from playwright.sync_api import expect


def test_right_arrow_and_enter(mount):
    page = mount("OperaSeats.jsx")
    page.get_by_role("button", name="Row 1, seat 1", exact=True).focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("button", name="Row 1, seat 3", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".picked")).to_have_text("Row 1, seat 3 – 1 890 Kč")
    expect(page.locator(".total")).to_have_text("Celkem / Total: 1 890 Kč")


def test_down_arrow_and_space(mount):
    page = mount("OperaSeats.jsx")
    page.get_by_role("button", name="Row 1, seat 1", exact=True).focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("button", name="Row 3, seat 3", exact=True)).to_be_focused()
    page.keyboard.press("Space")
    expect(page.locator(".total")).to_have_text("Celkem / Total: 3 180 Kč")


def test_end_no_wrap_and_sold_seat(mount):
    page = mount("OperaSeats.jsx")
    page.get_by_role("button", name="Row 1, seat 1", exact=True).focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    page.keyboard.press("End")
    expect(page.get_by_role("button", name="Row 3, seat 8", exact=True)).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("button", name="Row 3, seat 8", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Row 3, seat 8 is already sold")).to_be_visible()
    expect(page.locator(".total")).to_have_text("Celkem / Total: 3 180 Kč")
