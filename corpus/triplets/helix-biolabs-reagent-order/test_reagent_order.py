from playwright.sync_api import expect


def test_pipette_tips_pack_rule(mount):
    page = mount("ReagentOrder.jsx")
    more_tips = page.get_by_role("button", name="Increase Pipette tips 200 µL (rack of 96)")
    row = page.get_by_role("row").filter(has_text="Pipette tips 200 µL (rack of 96)")
    more_tips.click()
    expect(row.locator(".qty")).to_have_text("10")
    expect(row.locator(".line")).to_have_text("S$98.00")
    more_tips.click()
    expect(row.locator(".qty")).to_have_text("15")
    expect(row.locator(".line")).to_have_text("S$147.00")


def test_decrease_tips_below_minimum_goes_to_zero(mount):
    page = mount("ReagentOrder.jsx")
    page.get_by_role("button", name="Increase Pipette tips 200 µL (rack of 96)").click()
    page.get_by_role("button", name="Increase Pipette tips 200 µL (rack of 96)").click()
    page.get_by_role("button", name="Decrease Pipette tips 200 µL (rack of 96)").click()
    page.get_by_role("button", name="Decrease Pipette tips 200 µL (rack of 96)").click()
    row = page.get_by_role("row").filter(has_text="Pipette tips 200 µL (rack of 96)")
    expect(row.locator(".qty")).to_have_text("0")


def test_cold_chain_fee_and_gst(mount):
    page = mount("ReagentOrder.jsx")
    page.get_by_role("button", name="Increase Taq DNA polymerase (500 U)").click()
    expect(page.locator(".cold")).to_have_text("Cold-chain shipping (dry ice) S$45.00")
    expect(page.locator(".subtotal")).to_have_text("S$189.00")
    expect(page.locator(".gst")).to_have_text("S$21.06")
    expect(page.locator(".total")).to_have_text("S$255.06")


def test_agarose_only_has_no_cold_chain(mount):
    page = mount("ReagentOrder.jsx")
    page.get_by_role("button", name="Increase Agarose, molecular grade (100 g)").click()
    expect(page.locator(".cold")).to_have_count(0)


def test_ethidium_bromide_max_two(mount):
    page = mount("ReagentOrder.jsx")
    more = page.get_by_role("button", name="Increase Ethidium bromide 10 mg/mL")
    more.click()
    more.click()
    expect(page.get_by_text("Max. 2 per order (hazardous)")).to_be_visible()
    expect(more).to_be_disabled()
    expect(page.get_by_role("row").filter(has_text="Ethidium bromide 10 mg/mL").locator(".qty")).to_have_text("2")
