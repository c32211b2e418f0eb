from playwright.sync_api import expect


def test_adding_a_coffee_shows_a_notification(mount):
    page = mount("RoastQueue.jsx")
    page.get_by_role("row").filter(has_text="Ethiopia Guji").get_by_role("button", name="Add to roast queue").click()
    expect(page.get_by_role("status")).to_contain_text("Ethiopia Guji added to roast queue")
    expect(page.get_by_role("heading", name="Roast queue (1)")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_text("Ethiopia Guji")


def test_dismiss_removes_only_that_notification(mount):
    page = mount("RoastQueue.jsx")
    page.get_by_role("row").filter(has_text="Ethiopia Guji").get_by_role("button", name="Add to roast queue").click()
    page.get_by_role("row").filter(has_text="Kenya Nyeri AA").get_by_role("button", name="Add to roast queue").click()
    page.get_by_role("status").filter(has_text="Ethiopia Guji").get_by_role("button", name="Dismiss").click()
    expect(page.get_by_text("Ethiopia Guji added to roast queue")).to_have_count(0)
    expect(page.get_by_text("Kenya Nyeri AA added to roast queue")).to_be_visible()


def test_adding_twice_shows_an_error(mount):
    page = mount("RoastQueue.jsx")
    row = page.get_by_role("row").filter(has_text="Colombia Huila")
    row.get_by_role("button", name="Add to roast queue").click()
    row.get_by_role("button", name="Add to roast queue").click()
    expect(page.get_by_role("alert")).to_contain_text("Colombia Huila is already in the queue")
    expect(page.get_by_role("heading", name="Roast queue (1)")).to_be_visible()


def test_only_three_notifications_at_once(mount):
    page = mount("RoastQueue.jsx")
    page.get_by_role("row").filter(has_text="Ethiopia Guji").get_by_role("button", name="Add to roast queue").click()
    page.get_by_role("row").filter(has_text="Colombia Huila").get_by_role("button", name="Add to roast queue").click()
    page.get_by_role("row").filter(has_text="Kenya Nyeri AA").get_by_role("button", name="Add to roast queue").click()
    page.get_by_role("row").filter(has_text="Brazil Cerrado").get_by_role("button", name="Add to roast queue").click()
    expect(page.get_by_role("button", name="Dismiss")).to_have_count(3)
    expect(page.get_by_text("Ethiopia Guji added to roast queue")).to_have_count(0)
    expect(page.get_by_text("Brazil Cerrado added to roast queue")).to_be_visible()
