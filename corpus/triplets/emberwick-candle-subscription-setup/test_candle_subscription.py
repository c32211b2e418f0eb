from playwright.sync_api import expect


def test_at_most_three_scents(mount):
    page = mount("CandleSubscription.jsx")
    page.get_by_label("Fig & cedar").check()
    page.get_by_label("Sea salt").check()
    page.get_by_label("Smoked vanilla").check()
    expect(page.get_by_text("3 of 3 picked")).to_be_visible()
    expect(page.get_by_label("Wild mint")).to_be_disabled()


def test_back_keeps_the_picked_scents(mount):
    page = mount("CandleSubscription.jsx")
    page.get_by_label("Sea salt").check()
    page.get_by_label("Rhubarb").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_label("Sea salt")).to_be_checked()
    expect(page.get_by_label("Rhubarb")).to_be_checked()
    expect(page.get_by_text("2 of 3 picked")).to_be_visible()


def test_review_price_with_gift_wrap(mount):
    page = mount("CandleSubscription.jsx")
    page.get_by_label("Sea salt").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Every 2 months - £26.00 a box").check()
    page.get_by_label("Gift wrap every box (+£3.50)").check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Scents: Sea salt")).to_be_visible()
    expect(page.get_by_text("Every 2 months, £29.50 per box")).to_be_visible()
    expect(page.get_by_text("First box (half price): £14.75")).to_be_visible()
    page.get_by_role("button", name="Start subscription").click()
    expect(page.get_by_text("Subscription started - your first box ships on Friday.")).to_be_visible()
