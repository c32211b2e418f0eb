import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "file,doc_type,message",
    [
        ("site plan v2.pdf", "Site plan", "File names can't contain spaces or # & %"),
        ("drainage#3.pdf", "Site plan", "File names can't contain spaces or # & %"),
        ("site-plan-v2.pdf", "Site plan", "Attached site-plan-v2.pdf as Site plan"),
        ("elevations-N.DWG", "Elevations", "Attached elevations-N.DWG as Elevations"),
        ("statement.dwg", "Design statement", "Design statement must be a PDF or DOCX"),
    ],
)
def test_file_name_and_format_rules(mount, file, doc_type, message):
    page = mount("PlanningDocuments.jsx")
    page.get_by_label("File name").fill(file)
    page.get_by_label("Document type").select_option(doc_type)
    page.get_by_role("button", name="Attach").click()
    expect(page.get_by_text(message)).to_be_visible()


def test_second_site_plan_replaces_the_first(mount):
    page = mount("PlanningDocuments.jsx")
    page.get_by_label("File name").fill("site-plan-v2.pdf")
    page.get_by_role("button", name="Attach").click()
    page.get_by_label("File name").fill("site-plan-v3.pdf")
    page.get_by_role("button", name="Attach").click()
    expect(page.get_by_role("row", name="Site plan")).to_contain_text("site-plan-v3.pdf")
    expect(page.get_by_text("1 of 3 documents")).to_be_visible()


def test_submit_once_every_document_is_there(mount):
    page = mount("PlanningDocuments.jsx")
    expect(page.get_by_role("button", name="Submit to planning portal")).to_be_disabled()
    page.get_by_label("File name").fill("site-plan-v2.pdf")
    page.get_by_label("Document type").select_option("Site plan")
    page.get_by_role("button", name="Attach").click()
    page.get_by_label("File name").fill("elevations.pdf")
    page.get_by_label("Document type").select_option("Elevations")
    page.get_by_role("button", name="Attach").click()
    page.get_by_label("File name").fill("design-statement.docx")
    page.get_by_label("Document type").select_option("Design statement")
    page.get_by_role("button", name="Attach").click()
    expect(page.get_by_text("3 of 3 documents")).to_be_visible()
    page.get_by_role("button", name="Submit to planning portal").click()
    expect(page.get_by_text("Submission RLS-24-0173 sent to the planning portal with 3 documents.")).to_be_visible()
