from playwright.sync_api import expect


def test_default_chain_breaks_the_rule(mount):
    page = mount("ApprovalChain.jsx")
    expect(page.get_by_text("Finance controller must come before CFO")).to_be_visible()
    expect(page.get_by_role("button", name="Save chain")).to_be_disabled()
    expect(page.get_by_role("listitem").filter(has_text="Team lead").get_by_role("button", name="Up")).to_be_disabled()
    expect(page.get_by_role("listitem").filter(has_text="Legal").get_by_role("button", name="Down")).to_be_disabled()


def test_move_finance_controller_up_and_save(mount):
    page = mount("ApprovalChain.jsx")
    page.get_by_role("listitem").filter(has_text="Finance controller").get_by_role("button", name="Up").click()
    expect(page.get_by_role("listitem").nth(1)).to_contain_text("Step 2 Finance controller")
    expect(page.get_by_role("listitem").nth(2)).to_contain_text("Step 3 CFO")
    expect(page.get_by_text("Finance controller must come before CFO")).to_be_hidden()
    page.get_by_role("button", name="Save chain").click()
    expect(page.get_by_text("Chain saved: Team lead > Finance controller > CFO > Legal")).to_be_visible()


def test_cfo_down_goes_last(mount):
    page = mount("ApprovalChain.jsx")
    page.get_by_role("listitem").filter(has_text="Finance controller").get_by_role("button", name="Up").click()
    page.get_by_role("listitem").filter(has_text="CFO").get_by_role("button", name="Down").click()
    expect(page.get_by_role("listitem").nth(3)).to_contain_text("Step 4 CFO")
    expect(page.get_by_role("listitem").nth(2)).to_contain_text("Step 3 Legal")


def test_too_few_approvers_then_add_procurement(mount):
    page = mount("ApprovalChain.jsx")
    page.get_by_role("listitem").filter(has_text="Legal").get_by_role("button", name="Remove").click()
    page.get_by_role("listitem").filter(has_text="CFO").get_by_role("button", name="Remove").click()
    page.get_by_role("listitem").filter(has_text="Team lead").get_by_role("button", name="Remove").click()
    expect(page.get_by_text("An invoice over the limit needs at least 2 approvers")).to_be_visible()
    page.get_by_role("button", name="+ Procurement").click()
    expect(page.get_by_role("listitem").nth(1)).to_contain_text("Step 2 Procurement")
    expect(page.get_by_role("button", name="Save chain")).to_be_enabled()
