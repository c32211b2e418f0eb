from playwright.sync_api import expect

NEARLY_FULL = (
    "Our 1962 Bluthner upright has two sticky keys around middle C and sounds flat after the move upstairs. "
    "It was last tuned four years ago. Saturday mornings suit us best."
)
TOO_LONG = (
    "Our 1962 Bluthner upright has two sticky keys around middle C and sounds flat after the move upstairs. "
    "It was last tuned four years ago. We are free on Saturdays and most evenings after six, and we have a cat."
)


def test_counter_warns_when_nearly_full(mount):
    page = mount("TuningRequest.jsx")
    expect(page.get_by_text("Characters left: 180")).to_be_visible()
    page.get_by_placeholder("Describe the piano and the problem").fill(NEARLY_FULL)
    expect(page.get_by_text("Characters left: 12 - nearly full")).to_be_visible()


def test_too_long_description_blocks_sending(mount):
    page = mount("TuningRequest.jsx")
    page.get_by_placeholder("Describe the piano and the problem").fill(TOO_LONG)
    expect(page.get_by_text("Too long by 29")).to_be_visible()
    expect(page.get_by_role("button", name="Request a visit")).to_be_disabled()


def test_digital_pianos_are_refused(mount):
    page = mount("TuningRequest.jsx")
    page.get_by_placeholder("Your name").fill("Hamid Rostami")
    page.get_by_placeholder("Phone number").fill("0161 496 0321")
    page.get_by_label("Type of piano").select_option("Digital piano")
    page.get_by_role("button", name="Request a visit").click()
    expect(page.get_by_text("Digital pianos don't need tuning - try the shop's repair desk")).to_be_visible()


def test_send_and_start_another_request(mount):
    page = mount("TuningRequest.jsx")
    page.get_by_placeholder("Your name").fill("Hamid Rostami")
    page.get_by_placeholder("Phone number").fill("0161 496 0321")
    page.get_by_label("Type of piano").select_option("Baby grand")
    page.get_by_placeholder("Describe the piano and the problem").fill(NEARLY_FULL)
    page.get_by_role("button", name="Request a visit").click()
    expect(
        page.get_by_text("Thanks Hamid Rostami, Ilse Marchetti will call 0161 496 0321 to book the baby grand tuning.")
    ).to_be_visible()
    page.get_by_role("button", name="Send another request").click()
    expect(page.get_by_placeholder("Describe the piano and the problem")).to_have_value("")
    expect(page.get_by_text("Characters left: 180")).to_be_visible()
