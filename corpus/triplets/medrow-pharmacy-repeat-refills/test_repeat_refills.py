import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("props,message", [
    ({"loading": True}, "Checking your prescriptions..."),
    ({"error": "timeout"}, "We couldn't load your prescriptions. Call us on 0161 555 0192."),
    ({"refills": []}, "You have no repeat prescriptions yet."),
])
def test_page_states_while_the_prescriptions_load(mount, props, message):
    page = mount("RepeatRefills.jsx", props=props)
    expect(page.locator(".state-msg")).to_have_text(message)


def test_error_wins_over_an_empty_list(mount):
    page = mount("RepeatRefills.jsx", props={"error": "HTTP 500", "refills": []})
    expect(page.get_by_role("alert")).to_have_text("We couldn't load your prescriptions. Call us on 0161 555 0192.")
    expect(page.get_by_text("You have no repeat prescriptions yet.")).to_have_count(0)


def test_ordering_two_items(mount):
    page = mount("RepeatRefills.jsx")
    sertraline = page.locator(".refill").filter(has_text="Sertraline 50 mg tablets")
    expect(sertraline.locator(".repeats")).to_have_text("Needs GP review")
    expect(page.get_by_label("Sertraline 50 mg tablets")).to_be_disabled()
    page.get_by_label("Amlodipine 5 mg tablets").check()
    page.get_by_label("Salbutamol 100 mcg inhaler").check()
    page.get_by_role("button", name="Order selected (2)").click()
    expect(page.get_by_role("status")).to_have_text("2 items ordered for collection at Medrow Pharmacy, Canal St.")
