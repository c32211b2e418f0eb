from playwright.sync_api import expect

FORTY_WORDS = (
    "We are a sourdough bakery in Frome baking six days a week.  We would like to try your stoneground "
    "wholemeal and rye, about twenty sacks a month to start, delivered on Tuesdays.  Could you send a price "
    "list and samples?"
)
FORTY_SIX_WORDS = (
    "We are a small sourdough bakery in Frome baking six days a week. We would like to try your stoneground "
    "wholemeal, spelt and rye flours, about twenty sacks a month to start, delivered on Tuesdays. Could you "
    "send a price list, delivery terms and samples please?"
)


def test_counter_counts_words_not_spaces(mount):
    page = mount("WholesaleEnquiry.jsx")
    expect(page.get_by_text("0 / 40 words")).to_be_visible()
    page.get_by_label("Tell us about your bakery (max 40 words)").fill(FORTY_WORDS)
    expect(page.get_by_text("40 / 40 words")).to_be_visible()
    expect(page.get_by_text("Over the limit by")).to_have_count(0)
    expect(page.get_by_role("button", name="Send enquiry")).to_be_enabled()


def test_over_the_limit(mount):
    page = mount("WholesaleEnquiry.jsx")
    page.get_by_label("Tell us about your bakery (max 40 words)").fill(FORTY_SIX_WORDS)
    expect(page.get_by_text("46 / 40 words")).to_be_visible()
    expect(page.get_by_text("Over the limit by 6 words")).to_be_visible()
    expect(page.get_by_role("button", name="Send enquiry")).to_be_disabled()


def test_sending_the_enquiry(mount):
    page = mount("WholesaleEnquiry.jsx")
    page.get_by_label("Bakery or business name").fill("Loaf & Larder")
    page.get_by_label("E-mail").fill("orders@loafandlarder.test")
    page.get_by_label("Dark rye").check()
    page.get_by_label("Spelt").check()
    page.get_by_label("Tell us about your bakery (max 40 words)").fill(FORTY_WORDS)
    page.get_by_role("button", name="Send enquiry").click()
    expect(
        page.get_by_text("Thanks, Loaf & Larder - our trade team will send prices for 2 flours to orders@loafandlarder.test.")
    ).to_be_visible()
