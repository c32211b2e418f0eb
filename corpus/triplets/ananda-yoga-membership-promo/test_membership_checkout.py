import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "plan,code,off,total",
    [
        ("Monthly – € 89,00", "WELCOME10", "-€ 8,90", "€ 80,10"),
        ("10-class card – € 150,00", "FRIEND25", "-€ 25,00", "€ 125,00"),
        ("Annual – € 890,00", "ANNUAL50", "-€ 50,00", "€ 840,00"),
    ],
)
def test_each_code_on_the_plan_it_is_meant_for(mount, plan, code, off, total):
    page = mount("MembershipCheckout.jsx")
    page.get_by_label(plan).check()
    page.get_by_label("Promo code").fill(code)
    page.get_by_role("button", name="Redeem").click()
    expect(page.locator(".off")).to_have_text(off)
    expect(page.locator(".total")).to_have_text(total)


def test_a_code_for_another_plan_is_refused(mount):
    page = mount("MembershipCheckout.jsx")
    page.get_by_label("Annual – € 890,00").check()
    page.get_by_label("Promo code").fill("welcome10")
    page.get_by_role("button", name="Redeem").click()
    expect(page.get_by_role("alert")).to_have_text("Code not valid for this plan")
    expect(page.locator(".total")).to_have_text("€ 890,00")


def test_switching_plan_drops_a_code_that_no_longer_fits(mount):
    page = mount("MembershipCheckout.jsx")
    page.get_by_label("Annual – € 890,00").check()
    page.get_by_label("Promo code").fill("ANNUAL50")
    page.get_by_role("button", name="Redeem").click()
    page.get_by_label("Monthly – € 89,00").check()
    expect(page.get_by_role("alert")).to_have_text("ANNUAL50 removed: not valid for Monthly")
    expect(page.locator(".total")).to_have_text("€ 89,00")
    expect(page.locator(".off")).to_have_count(0)
