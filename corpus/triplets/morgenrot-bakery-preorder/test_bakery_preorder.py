import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "croissants,subtotal,fee,total",
    [
        ("1", "1,25 €", "3,50 €", "4,75 €"),
        ("19", "23,75 €", "3,50 €", "27,25 €"),
        ("20", "25,00 €", "kostenlos", "25,00 €"),
    ],
)
def test_delivery_fee_around_the_free_delivery_threshold(mount, croissants, subtotal, fee, total):
    page = mount("BakeryPreorder.jsx")
    expect(page.get_by_label("Lieferung (frei ab 25,00 €)")).to_be_checked()
    page.get_by_label("Buttercroissant").fill(croissants)
    expect(page.locator(".subtotal")).to_have_text(subtotal)
    expect(page.locator(".fee")).to_have_text(fee)
    expect(page.locator(".total")).to_have_text(total)


def test_pickup_in_the_shop_has_no_delivery_fee(mount):
    page = mount("BakeryPreorder.jsx")
    page.get_by_label("Roggenbrot 750 g").fill("2")
    page.get_by_label("Laugenbrezel").fill("1")
    page.get_by_label("Abholung in der Filiale").check()
    expect(page.get_by_text("Liefergebühr")).to_have_count(0)
    expect(page.locator(".total")).to_have_text("9,35 €")


def test_sending_the_pre_order(mount):
    page = mount("BakeryPreorder.jsx")
    expect(page.get_by_role("button", name="Vorbestellen")).to_be_disabled()
    page.get_by_label("Bienenstich (Stück)").fill("3")
    page.get_by_role("button", name="Vorbestellen").click()
    expect(page.get_by_role("status")).to_have_text("Vorbestellung für Samstag, 14. Juni eingegangen – wir liefern.")
    expect(page.locator(".total")).to_have_text("12,20 €")
