from playwright.sync_api import expect


def test_dashed_passphrase_meets_every_rule(mount):
    page = mount("ChargingSignup.jsx")
    page.get_by_label("E-mail").fill("sam.okoro@mailbox.test")
    page.get_by_label("RFID card number").fill("VX-88213")
    page.get_by_label("Passphrase").fill("amp-volt-ohm-7")
    rules = page.get_by_role("listitem")
    expect(rules.filter(has_text="At least 14 characters")).to_have_text("At least 14 characters: ok")
    expect(rules.filter(has_text="3 or more words")).to_have_text("3 or more words: ok")
    expect(rules.filter(has_text="Contains a number")).to_have_text("Contains a number: ok")
    expect(page.get_by_role("button", name="Create account")).to_be_enabled()


def test_passphrase_without_a_number(mount):
    page = mount("ChargingSignup.jsx")
    page.get_by_label("E-mail").fill("sam.okoro@mailbox.test")
    page.get_by_label("RFID card number").fill("VX-88213")
    page.get_by_label("Passphrase").fill("amp volt ohm")
    expect(page.get_by_role("listitem").filter(has_text="Contains a number")).to_have_text("Contains a number: missing")
    expect(page.get_by_role("button", name="Create account")).to_be_disabled()


def test_one_long_word_and_the_brand_name(mount):
    page = mount("ChargingSignup.jsx")
    page.get_by_label("Passphrase").fill("chargegridotter42")
    expect(page.get_by_role("listitem").filter(has_text="3 or more words")).to_have_text("3 or more words: missing")
    page.get_by_label("Passphrase").fill("Voltaic fast charge 9")
    expect(page.get_by_role("listitem").filter(has_text="voltaic")).to_have_text('Doesn\'t contain "voltaic": missing')


def test_card_number_format_and_happy_path(mount):
    page = mount("ChargingSignup.jsx")
    page.get_by_label("E-mail").fill("sam.okoro@mailbox.test")
    page.get_by_label("RFID card number").fill("vx-1234")
    expect(page.get_by_text("Card numbers look like VX-88213")).to_be_visible()
    page.get_by_label("RFID card number").fill("VX-88213")
    page.get_by_label("Passphrase").fill("amp-volt-ohm-7")
    page.get_by_role("button", name="Create account").click()
    expect(
        page.get_by_text("Account ready. Your RFID card VX-88213 is linked - tap it on any Voltaic charger.")
    ).to_be_visible()
