from playwright.sync_api import expect


def test_next_and_back_move_between_steps(mount):
    page = mount("GliderBooking.jsx")
    expect(page.get_by_text("Step 1 of 3")).to_be_visible()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_text("Step 1 of 3")).to_be_visible()


def test_weight_limit_on_the_passenger_step(mount):
    page = mount("GliderBooking.jsx")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Passenger name").fill("Oskar Brandt")
    page.get_by_label("Body weight (kg)").fill("111")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Passengers must weigh between 40 and 110 kg for the glider's balance")).to_be_visible()
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    page.get_by_label("Body weight (kg)").fill("110")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Step 3 of 3")).to_be_visible()


def test_full_booking_with_video(mount):
    page = mount("GliderBooking.jsx")
    page.get_by_label("Extended soaring (45 min) - €160").check()
    page.get_by_label("Date").select_option("Sun 15 June")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Passenger name").fill("Oskar Brandt")
    page.get_by_label("Body weight (kg)").fill("82")
    page.get_by_label("Add in-flight video (+€25)").check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Extended soaring on Sun 15 June")).to_be_visible()
    expect(page.get_by_text("Passenger: Oskar Brandt")).to_be_visible()
    expect(page.get_by_text("Total: €185")).to_be_visible()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_label("Passenger name")).to_have_value("Oskar Brandt")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Confirm booking").click()
    expect(page.get_by_text("Booked! Extended soaring on Sun 15 June for Oskar Brandt. Total €185")).to_be_visible()
