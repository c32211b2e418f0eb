from playwright.sync_api import expect


def test_taken_username_in_other_case(mount):
    page = mount("LoyaltySignup.jsx")
    page.get_by_placeholder("Username").fill("Meeple")
    page.get_by_placeholder("E-mail").fill("kit@hearth.test")
    page.get_by_placeholder("Password").fill("sleeve-the-cards-9!")
    page.get_by_role("button", name="Join the club").click()
    expect(page.get_by_text("That username is taken")).to_be_visible()


def test_sixteen_character_username_is_fine(mount):
    page = mount("LoyaltySignup.jsx")
    page.get_by_placeholder("Username").fill("board_game_night")
    page.get_by_placeholder("E-mail").fill("kit@hearth.test")
    page.get_by_placeholder("Password").fill("sleeve-the-cards-9!")
    page.get_by_role("button", name="Join the club").click()
    expect(page.get_by_text("Welcome, board_game_night! Your first hot chocolate is on us.")).to_be_visible()


def test_seventeen_character_username(mount):
    page = mount("LoyaltySignup.jsx")
    page.get_by_placeholder("Username").fill("board_game_nights")
    page.get_by_role("button", name="Join the club").click()
    expect(page.get_by_text("Usernames are 3-16 letters, numbers or _")).to_be_visible()


def test_password_strength_levels(mount):
    page = mount("LoyaltySignup.jsx")
    page.get_by_placeholder("Password").fill("12345678")
    expect(page.get_by_text("Too weak")).to_be_visible()
    page.get_by_role("button", name="Join the club").click()
    expect(page.get_by_text("Password must be 8+ characters and not just numbers")).to_be_visible()
    page.get_by_placeholder("Password").fill("tablequest")
    expect(page.get_by_text("Okay")).to_be_visible()
    page.get_by_placeholder("Password").fill("sleeve-the-cards-9!")
    expect(page.get_by_text("Great")).to_be_visible()


def test_password_same_as_username(mount):
    page = mount("LoyaltySignup.jsx")
    page.get_by_placeholder("Username").fill("Tablequest")
    page.get_by_placeholder("E-mail").fill("kit@hearth.test")
    page.get_by_placeholder("Password").fill("tablequest")
    page.get_by_role("button", name="Join the club").click()
    expect(page.get_by_text("Password can't be the same as your username")).to_be_visible()
