import pytest
from playwright.sync_api import expect


def test_opening_totals(mount):
    page = mount("WordInvoice.jsx")
    expect(page.locator("#total-ht")).to_have_text("253,80 €")
    expect(page.locator("#tva")).to_have_text("50,76 €")
    expect(page.locator("#total-ttc")).to_have_text("304,56 €")


@pytest.mark.parametrize("words,amount", [("300", "45,00 €"), ("375", "45,00 €"), ("376", "45,12 €")])
def test_minimum_per_document_on_the_fr_en_line(mount, words, amount):
    page = mount("WordInvoice.jsx")
    page.get_by_label("Nombre de mots – Conditions générales de vente").fill(words)
    row = page.get_by_role("row").filter(has_text="Conditions générales de vente")
    expect(row.locator(".ht")).to_have_text(amount)


def test_urgent_on_a_document_under_the_minimum(mount):
    page = mount("WordInvoice.jsx")
    row = page.get_by_role("row").filter(has_text="Menu du restaurant Le Cèdre")
    row.get_by_label("Urgent (+25 %)").check()
    expect(row.locator(".ht")).to_have_text("56,25 €")
    expect(page.locator("#total-ht")).to_have_text("265,05 €")


def test_issuing_the_invoice(mount):
    page = mount("WordInvoice.jsx")
    page.get_by_role("button", name="Émettre la facture").click()
    expect(page.get_by_role("status")).to_have_text("Facture FAC-2025-0193 émise : 304,56 € TTC")
