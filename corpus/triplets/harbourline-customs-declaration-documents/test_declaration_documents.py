from playwright.sync_api import expect


def test_empty_second_row(mount):
    page = mount("DeclarationDocuments.jsx")
    page.get_by_role("button", name="Check documents").click()
    result = page.get_by_test_id("validation-result")
    expect(result).to_contain_text("Row 2: choose a document type")
    expect(result).to_contain_text("Row 2: file name missing")


def test_wrong_format_and_duplicates(mount):
    page = mount("DeclarationDocuments.jsx")
    page.get_by_label("Document type 2").select_option("Packing list")
    page.get_by_label("File name 2").fill("packing-list.xlsx")
    page.get_by_role("button", name="Check documents").click()
    expect(page.get_by_test_id("validation-result")).to_have_text("Row 2: customs only accepts PDF files")
    page.get_by_label("File name 2").fill("INV-55120.pdf")
    page.get_by_role("button", name="Check documents").click()
    expect(page.get_by_test_id("validation-result")).to_have_text("Row 2: INV-55120.pdf is attached twice")


def test_removing_the_right_row_and_invoice_required(mount):
    page = mount("DeclarationDocuments.jsx")
    page.get_by_role("button", name="Add another document").click()
    page.get_by_label("Document type 3").select_option("Certificate of origin")
    page.get_by_label("File name 3").fill("origin-cert-JP.pdf")
    page.get_by_role("button", name="Remove document 2").click()
    expect(page.get_by_test_id("attachment-row")).to_have_count(2)
    expect(page.get_by_label("File name 2")).to_have_value("origin-cert-JP.pdf")
    page.get_by_role("button", name="Check documents").click()
    expect(page.get_by_test_id("validation-result")).to_have_text("All 2 documents are ready for submission.")
    page.get_by_role("button", name="Remove document 1").click()
    page.get_by_role("button", name="Check documents").click()
    expect(page.get_by_test_id("validation-result")).to_contain_text(
        "A commercial invoice is required for every declaration"
    )
