from playwright.sync_api import expect


def test_footer_counts_missing_understudies(mount):
    page = mount("CastSheet.jsx")
    expect(page.get_by_text("Programme proof: 5 roles, 2 without understudy")).to_be_visible()


def test_add_understudy_with_plain_save(mount):
    page = mount("CastSheet.jsx")
    page.locator(".cast-row").filter(has_text="Jack Worthing").get_by_role("button", name="Edit").click()
    page.get_by_label("Understudy").fill("Theo Marsh")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".cast-row").filter(has_text="Jack Worthing")).to_contain_text("u/s Theo Marsh")
    expect(page.get_by_text("Programme proof: 5 roles, 1 without understudy")).to_be_visible()


def test_actor_and_understudy_must_differ(mount):
    page = mount("CastSheet.jsx")
    page.locator(".cast-row").filter(has_text="Algernon Moncrieff").get_by_role("button", name="Edit").click()
    page.get_by_label("Actor").fill("Oskar Lind")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Actor and understudy must be different people")).to_be_visible()
    expect(page.get_by_label("Actor")).to_be_visible()
    page.get_by_label("Understudy").fill("oskar lind")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("Actor and understudy must be different people")).to_be_visible()


def test_save_and_next_opens_following_role(mount):
    page = mount("CastSheet.jsx")
    page.locator(".cast-row").filter(has_text="Gwendolen Fairfax").get_by_role("button", name="Edit").click()
    page.get_by_label("Understudy").fill("Ivy Brennan")
    page.get_by_role("button", name="Save & next").click()
    expect(page.locator(".cast-row").filter(has_text="Gwendolen Fairfax")).to_contain_text("u/s Ivy Brennan")
    expect(page.get_by_label("Actor")).to_have_value("Ruby Quist")
