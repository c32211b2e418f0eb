from playwright.sync_api import expect


def test_seasons_with_seats_left(mount):
    page = mount("FlightTree.jsx")
    expect(page.get_by_role("button", name="Spring 2025 - 6 seats left")).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("button", name="Summer 2025 - 17 seats left")).to_have_attribute("aria-expanded", "false")


def test_spring_avebury_flights(mount):
    page = mount("FlightTree.jsx")
    page.get_by_role("button", name="Spring 2025 - 6 seats left").click()
    page.get_by_role("button", name="Avebury Field (4 seats left)").click()
    flights = page.locator(".flight")
    expect(flights).to_have_count(2)
    expect(flights.first).to_contain_text("Sat 12 Apr, 06:15")
    expect(flights.first).to_contain_text("4 seats")
    expect(flights.last).to_contain_text("Full")
    expect(flights.last.get_by_role("button", name="Book a seat")).to_have_count(0)


def test_book_a_seat_updates_the_counts(mount):
    page = mount("FlightTree.jsx")
    page.get_by_role("button", name="Spring 2025 - 6 seats left").click()
    page.get_by_role("button", name="Avebury Field (4 seats left)").click()
    page.get_by_role("button", name="Book a seat").click()
    expect(page.get_by_role("status")).to_have_text("Booked: Sat 12 Apr, 06:15 from Avebury Field")
    expect(page.locator(".flight").first).to_contain_text("3 seats")
    expect(page.get_by_role("button", name="Avebury Field (3 seats left)")).to_be_visible()
    expect(page.get_by_role("button", name="Spring 2025 - 5 seats left")).to_be_visible()


def test_two_avebury_fields_open_separately(mount):
    page = mount("FlightTree.jsx")
    page.get_by_role("button", name="Spring 2025 - 6 seats left").click()
    page.get_by_role("button", name="Summer 2025 - 17 seats left").click()
    summer_sites = page.locator(".season").filter(has_text="Summer 2025")
    spring_sites = page.locator(".season").filter(has_text="Spring 2025")
    summer_sites.get_by_role("button", name="Avebury Field").click()
    expect(summer_sites.get_by_role("button", name="Avebury Field")).to_have_attribute("aria-expanded", "true")
    expect(spring_sites.get_by_role("button", name="Avebury Field")).to_have_attribute("aria-expanded", "false")
