from playwright.sync_api import expect


def test_front_seats_for_both_passengers(mount):
    page = mount("CabinSeatmap.jsx")
    page.get_by_role("button", name="2A", exact=True).click()
    expect(page.get_by_text("Jón Einarsson: 2A (Front) 3.500 kr.")).to_be_visible()
    expect(page.locator(".total")).to_have_text("Seat fees: 3.500 kr.")
    page.get_by_label("Sigrún Einarsdóttir").check()
    page.get_by_role("button", name="2B", exact=True).click()
    expect(page.locator(".total")).to_have_text("Seat fees: 7.000 kr.")
    expect(page.get_by_role("button", name="2A", exact=True)).to_be_disabled()


def test_passenger_moves_to_another_seat(mount):
    page = mount("CabinSeatmap.jsx")
    page.get_by_role("button", name="2A", exact=True).click()
    page.get_by_label("Sigrún Einarsdóttir").check()
    page.get_by_role("button", name="2B", exact=True).click()
    page.get_by_label("Jón Einarsson").check()
    page.get_by_role("button", name="9D", exact=True).click()
    expect(page.get_by_text("Jón Einarsson: 9D (Standard) 1.900 kr.")).to_be_visible()
    expect(page.locator(".total")).to_have_text("Seat fees: 5.400 kr.")
    page.get_by_label("Sigrún Einarsdóttir").check()
    expect(page.get_by_role("button", name="2A", exact=True)).to_be_enabled()


def test_exit_row_needs_confirmation(mount):
    page = mount("CabinSeatmap.jsx")
    page.get_by_label("Sigrún Einarsdóttir").check()
    page.get_by_role("button", name="2B", exact=True).click()
    page.get_by_label("Jón Einarsson").check()
    page.get_by_role("button", name="9D", exact=True).click()
    page.get_by_role("button", name="6C", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("Please confirm the exit row conditions first")
    expect(page.get_by_text("Jón Einarsson: 9D (Standard) 1.900 kr.")).to_be_visible()
    page.get_by_label("I am willing and able to help in an emergency (exit row)").check()
    page.get_by_role("button", name="6C", exact=True).click()
    expect(page.get_by_text("Jón Einarsson: 6C (Exit row) 6.900 kr.")).to_be_visible()
    expect(page.locator(".total")).to_have_text("Seat fees: 10.400 kr.")


def test_occupied_seat_is_disabled(mount):
    page = mount("CabinSeatmap.jsx")
    expect(page.get_by_role("button", name="1A", exact=True)).to_be_disabled()
