from playwright.sync_api import expect


def test_approve_the_run(mount):
    page = mount("PayrollRun.jsx")
    expect(page.locator(".run-status")).to_have_text("Draft")
    expect(page.locator(".net-total")).to_have_text("9,762.00")
    page.get_by_role("button", name="Approve run").click()
    dialog = page.get_by_role("dialog", name="Approve March 2025 payroll?")
    expect(dialog).to_contain_text("3 employees - net pay 9,762.00 GBP will be sent to the bank on 28 March.")
    expect(page.get_by_role("button", name="Approve and send")).to_be_disabled()
    page.get_by_label("I have checked the totals").check()
    page.get_by_role("button", name="Approve and send").click()
    expect(dialog).to_be_hidden()
    expect(page.locator(".run-status")).to_have_text("Approved")
    expect(page.get_by_text("Sent to bank on 28 March")).to_be_visible()


def test_back_out_with_escape(mount):
    page = mount("PayrollRun.jsx")
    page.get_by_role("button", name="Approve run").click()
    expect(page.get_by_role("dialog")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.locator(".run-status")).to_have_text("Draft")
    expect(page.get_by_role("button", name="Approve run")).to_be_visible()


def test_go_back_button(mount):
    page = mount("PayrollRun.jsx")
    page.get_by_role("button", name="Approve run").click()
    page.get_by_label("I have checked the totals").check()
    page.get_by_role("button", name="Go back").click()
    expect(page.locator(".run-status")).to_have_text("Draft")
    expect(page.get_by_text("Sent to bank on 28 March")).to_have_count(0)
