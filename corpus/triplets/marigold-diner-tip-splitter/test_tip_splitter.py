from playwright.sync_api import expect


def test_tip_on_pre_tax_amount(mount):
    page = mount("TipSplitter.jsx")
    expect(page.get_by_text("Enter the check total to split it.")).to_be_visible()
    page.get_by_placeholder("Check total (incl. tax)").fill("86.40")
    page.get_by_placeholder("Sales tax on the check").fill("7.40")
    expect(page.locator(".tip")).to_have_text("$14.22")
    expect(page.locator(".total")).to_have_text("$100.62")
    expect(page.locator(".share")).to_have_text("$50.31")
    page.get_by_role("button", name="More people").click()
    expect(page.locator(".people-count")).to_have_text("3")
    expect(page.locator(".share")).to_have_text("$33.54")


def test_tip_on_full_check_share_rounded_up(mount):
    page = mount("TipSplitter.jsx")
    page.get_by_placeholder("Check total (incl. tax)").fill("86.40")
    page.get_by_placeholder("Sales tax on the check").fill("7.40")
    page.get_by_role("button", name="More people").click()
    page.get_by_label("Tip on the amount before tax").uncheck()
    expect(page.locator(".tip")).to_have_text("$15.55")
    expect(page.locator(".total")).to_have_text("$101.95")
    expect(page.locator(".share")).to_have_text("$33.99")
    page.get_by_label("Round each share up to the dollar").check()
    expect(page.locator(".share")).to_have_text("$34.00")
    expect(page.locator(".paid")).to_have_text("$102.00")


def test_twenty_percent_preset(mount):
    page = mount("TipSplitter.jsx")
    page.get_by_placeholder("Check total (incl. tax)").fill("86.40")
    page.get_by_placeholder("Sales tax on the check").fill("7.40")
    page.get_by_label("Tip on the amount before tax").uncheck()
    page.get_by_role("button", name="20%").click()
    expect(page.get_by_role("button", name="20%")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="18%")).to_have_attribute("aria-pressed", "false")
    expect(page.locator(".tip")).to_have_text("$17.28")


def test_people_never_below_one(mount):
    page = mount("TipSplitter.jsx")
    fewer = page.get_by_role("button", name="Fewer people")
    fewer.click()
    fewer.click()
    fewer.click()
    fewer.click()
    fewer.click()
    expect(page.locator(".people-count")).to_have_text("1")
