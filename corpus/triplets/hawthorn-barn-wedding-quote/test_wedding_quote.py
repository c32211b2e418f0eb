import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "guests,per_head,breakfast",
    [
        ("60", "£85.00", "£5,100.00"),
        ("61", "£78.00", "£4,758.00"),
        ("121", "£72.00", "£8,712.00"),
    ],
)
def test_per_head_price_tiers(mount, guests, per_head, breakfast):
    page = mount("WeddingQuote.jsx")
    expect(page.get_by_label("Saturday (peak)")).to_be_checked()
    page.get_by_label("Day guests").fill(guests)
    expect(page.get_by_role("row", name="Per head")).to_contain_text(per_head)
    expect(page.get_by_role("row", name="Wedding breakfast")).to_contain_text(breakfast)


def test_saturday_with_evening_guests(mount):
    page = mount("WeddingQuote.jsx")
    page.get_by_label("Day guests").fill("80")
    page.get_by_label("Evening-only guests").fill("20")
    expect(page.get_by_role("row", name="Venue hire")).to_contain_text("£4,500.00")
    expect(page.get_by_role("row", name="Evening buffet")).to_contain_text("£360.00")
    expect(page.get_by_role("row", name="Service charge (12.5%)")).to_contain_text("£825.00")
    expect(page.get_by_role("row", name="Total")).to_contain_text("£11,925.00")
    expect(page.get_by_role("row", name="Deposit to book (25%)")).to_contain_text("£2,981.25")


def test_sunday_is_cheaper(mount):
    page = mount("WeddingQuote.jsx")
    page.get_by_label("Friday or Sunday").check()
    page.get_by_label("Day guests").fill("80")
    expect(page.get_by_role("row", name="Venue hire")).to_contain_text("£3,200.00")
    expect(page.get_by_role("row", name="Total")).to_contain_text("£10,220.00")


def test_too_few_guests(mount):
    page = mount("WeddingQuote.jsx")
    page.get_by_label("Day guests").fill("25")
    expect(page.get_by_role("alert")).to_have_text("Minimum of 30 day guests")
    expect(page.get_by_role("table")).to_have_count(0)
