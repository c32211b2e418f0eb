import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "durata,mesi,rata,interessi",
    [
        ("24 mesi", "24", "905,73 €", "1.487,52 €"),
        ("36 mesi", "36", "624,34 €", "2.226,24 €"),
        ("60 mesi", "60", "400,02 €", "3.751,20 €"),
    ],
)
def test_monthly_instalment_by_duration(mount, durata, mesi, rata, interessi):
    page = mount("AutoFinance.jsx")
    page.get_by_label("Durata").select_option(durata)
    expect(page.locator(".rata")).to_have_text(rata + " al mese per " + mesi + " mesi")
    expect(page.locator(".finanziato")).to_have_text("20.250,00 €")
    expect(page.locator(".interessi")).to_have_text(interessi)


def test_down_payment_of_exactly_ten_percent_is_accepted(mount):
    page = mount("AutoFinance.jsx")
    page.get_by_label("Anticipo (€)").fill("2450")
    page.get_by_label("Durata").select_option("36 mesi")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.locator(".finanziato")).to_have_text("22.300,00 €")
    expect(page.locator(".rata")).to_have_text("687,54 € al mese per 36 mesi")


def test_down_payment_below_ten_percent(mount):
    page = mount("AutoFinance.jsx")
    page.get_by_label("Anticipo (€)").fill("2000")
    expect(page.get_by_role("alert")).to_have_text("L'anticipo minimo è il 10% del prezzo (2.450,00 €)")
    expect(page.locator(".rata")).to_have_count(0)
