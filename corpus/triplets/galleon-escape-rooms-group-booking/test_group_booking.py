from playwright.sync_api import expect


def test_player_limits_differ_per_room(mount):
    page = mount("GroupBooking.jsx")
    page.get_by_label("The Lighthouse Keeper's Secret").check()
    page.get_by_placeholder("Lead booker name").fill("Omar Haddad")
    page.get_by_placeholder("Mobile number").fill("07700 900 321")
    page.get_by_placeholder("Number of players").fill("6")
    page.get_by_role("button", name="Hold this slot").click()
    expect(page.get_by_test_id("players-error")).to_have_text("The Lighthouse Keeper's Secret takes 2 to 5 players")
    page.get_by_label("The Sunken Galleon").check()
    page.get_by_role("button", name="Hold this slot").click()
    expect(page.get_by_test_id("players-error")).to_have_count(0)
    expect(page.get_by_test_id("held")).to_be_visible()


def test_under_16s_need_an_adult(mount):
    page = mount("GroupBooking.jsx")
    page.get_by_placeholder("Lead booker name").fill("Omar Haddad")
    page.get_by_placeholder("Mobile number").fill("07700 900 321")
    page.get_by_placeholder("Number of players").fill("4")
    page.get_by_label("Some players are under 16").check()
    page.get_by_role("button", name="Hold this slot").click()
    expect(page.get_by_test_id("adults-error")).to_have_text("Under-16s must play with at least one adult")


def test_voucher_codes_are_not_case_sensitive(mount):
    page = mount("GroupBooking.jsx")
    page.get_by_placeholder("Lead booker name").fill("Omar Haddad")
    page.get_by_placeholder("Mobile number").fill("07700 900 321")
    page.get_by_placeholder("Number of players").fill("6")
    page.get_by_label("Time slot").select_option("Sat 18:30")
    page.get_by_placeholder("Voucher code (optional)").fill("esc-7k2p-q9")
    page.get_by_role("button", name="Hold this slot").click()
    expect(page.get_by_test_id("held")).to_have_text(
        "Held: The Sunken Galleon for 6 players, Sat 18:30. Voucher ESC-7K2P-Q9 applied."
    )
    page.get_by_placeholder("Voucher code (optional)").fill("ESC-7K2P")
    page.get_by_role("button", name="Hold this slot").click()
    expect(page.get_by_test_id("voucher-error")).to_have_text("That voucher code doesn't look right (ESC-XXXX-XX)")
