from playwright.sync_api import expect

LONG = (
    "We need 120 wedding invitations on cotton paper, two colours (navy and blush), with matching "
    "RSVP cards and envelopes. Could you send us a quote and a sample pack soon?"
)
EXACT = (
    "Hello! We are planning a small run of 80 letterpress business cards, one colour, deep emboss, "
    "on 600gsm stock. What is your lead time in June, please?"
)


def test_counter_starts_at_150(mount):
    page = mount("PrintInquiry.jsx")
    expect(page.get_by_text("150 characters left")).to_be_visible()
    expect(page.get_by_role("button", name="Send")).to_be_enabled()


def test_long_message_is_over_the_limit(mount):
    page = mount("PrintInquiry.jsx")
    page.get_by_placeholder("What would you like to print?").fill(LONG)
    expect(page.get_by_text("18 characters over")).to_be_visible()
    expect(page.get_by_role("button", name="Send")).to_be_disabled()


def test_ctrl_enter_does_not_send_an_over_long_message(mount):
    page = mount("PrintInquiry.jsx")
    page.get_by_placeholder("Your name").fill("Priya")
    page.get_by_placeholder("Email address").fill("priya@inkwell.test")
    page.get_by_placeholder("What would you like to print?").fill(LONG)
    page.get_by_placeholder("What would you like to print?").press("Control+Enter")
    expect(page.get_by_text("Shorten your message to 150 characters first")).to_be_visible()
    expect(page.get_by_text("Thanks Priya")).to_have_count(0)


def test_exactly_150_characters_can_be_sent(mount):
    page = mount("PrintInquiry.jsx")
    page.get_by_placeholder("What would you like to print?").fill(EXACT)
    expect(page.get_by_text("0 characters left")).to_be_visible()
    expect(page.get_by_role("button", name="Send")).to_be_enabled()
    page.get_by_placeholder("Your name").fill("Priya")
    page.get_by_placeholder("Email address").fill("priya@inkwell.test")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_text("Thanks Priya, we'll reply to priya@inkwell.test within two working days.")).to_be_visible()


def test_missing_email(mount):
    page = mount("PrintInquiry.jsx")
    page.get_by_placeholder("Your name").fill("Priya")
    page.get_by_placeholder("What would you like to print?").fill(EXACT)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_text("Please give an email address we can reply to")).to_be_visible()
