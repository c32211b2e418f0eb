from playwright.sync_api import expect


def test_void_dialog_needs_a_reason(mount):
    page = mount("LabOrders.jsx")
    page.get_by_role("row").filter(has_text="DL-5534").get_by_role("button", name="Void").click()
    dialog = page.get_by_role("dialog", name="Void order DL-5534?")
    expect(dialog).to_contain_text("Night guard, upper for Dr. Haas")
    expect(page.get_by_label("Reason")).to_have_value("")
    expect(dialog.get_by_role("button", name="Void order")).to_be_disabled()


def test_voiding_with_a_reason(mount):
    page = mount("LabOrders.jsx")
    page.get_by_role("row").filter(has_text="DL-5534").get_by_role("button", name="Void").click()
    page.get_by_label("Reason").select_option("Duplicate order")
    page.get_by_role("button", name="Void order").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("row").filter(has_text="DL-5534")).to_contain_text("Voided")
    expect(page.get_by_text("DL-5534 voided (Duplicate order)")).to_be_visible()


def test_closing_with_the_x_voids_nothing(mount):
    page = mount("LabOrders.jsx")
    page.get_by_role("row").filter(has_text="DL-5540").get_by_role("button", name="Void").click()
    page.get_by_role("button", name="Close").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("row").filter(has_text="DL-5540")).to_contain_text("Design")


def test_in_milling_cannot_be_voided(mount):
    page = mount("LabOrders.jsx")
    expect(page.get_by_role("row").filter(has_text="DL-5531").get_by_role("button", name="Void")).to_be_disabled()
