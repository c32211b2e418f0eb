from playwright.sync_api import expect


def test_approve_needs_every_check(mount):
    page = mount("LoanRegister.jsx")
    page.get_by_role("row").filter(has_text="AM-2240").get_by_role("button", name="View").click()
    drawer = page.get_by_role("dialog", name="Loan AM-2240")
    expect(drawer).to_contain_text("Insured value £85,000")
    expect(drawer.get_by_role("button", name="Approve loan")).to_be_disabled()
    drawer.get_by_label("Condition report signed").check()
    drawer.get_by_label("Crate spec agreed").check()
    expect(drawer.get_by_role("button", name="Approve loan")).to_be_disabled()
    drawer.get_by_label("Courier booked").check()
    drawer.get_by_role("button", name="Approve loan").click()
    expect(drawer.get_by_text("Approved on 14 Mar 2025")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="AM-2240")).to_contain_text("Approved")


def test_escape_closes_the_drawer(mount):
    page = mount("LoanRegister.jsx")
    page.get_by_role("row").filter(has_text="AM-2231").get_by_role("button", name="View").click()
    expect(page.get_by_role("dialog", name="Loan AM-2231")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()


def test_already_approved_loan(mount):
    page = mount("LoanRegister.jsx")
    page.get_by_role("row").filter(has_text="AM-2252").get_by_role("button", name="View").click()
    drawer = page.get_by_role("dialog", name="Loan AM-2252")
    expect(drawer.get_by_text("Approved on 3 Feb 2025")).to_be_visible()
    expect(drawer.get_by_role("checkbox")).to_have_count(0)
