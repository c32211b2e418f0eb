from playwright.sync_api import expect


def test_two_bags_then_a_third_is_refused(mount):
    page = mount("BagDrop.jsx")
    page.get_by_placeholder("Weight in kg").fill("19.5")
    page.get_by_role("button", name="Add bag").click()
    expect(page.get_by_text("Bag 1 tagged - 19.5 kg")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_text("Bag 1: 19.5 kg")
    expect(page.get_by_text("Excess fees: €0.00")).to_be_visible()
    page.get_by_placeholder("Weight in kg").fill("27")
    page.get_by_role("button", name="Add bag").click()
    expect(page.get_by_text("Bag 2 is 27.0 kg: €60.00 excess fee added")).to_be_visible()
    expect(page.get_by_text("Excess fees: €60.00")).to_be_visible()
    page.get_by_placeholder("Weight in kg").fill("12")
    page.get_by_role("button", name="Add bag").click()
    expect(page.get_by_role("alert")).to_contain_text("Only 2 bags allowed on this ticket")
    expect(page.get_by_role("listitem")).to_have_count(2)


def test_ok_dismisses_only_that_message(mount):
    page = mount("BagDrop.jsx")
    page.get_by_placeholder("Weight in kg").fill("19.5")
    page.get_by_role("button", name="Add bag").click()
    page.get_by_placeholder("Weight in kg").fill("27")
    page.get_by_role("button", name="Add bag").click()
    page.get_by_role("status").filter(has_text="Bag 1 tagged - 19.5 kg").get_by_role("button", name="OK").click()
    expect(page.get_by_text("Bag 1 tagged - 19.5 kg")).to_have_count(0)
    expect(page.get_by_text("Bag 2 is 27.0 kg: €60.00 excess fee added")).to_be_visible()


def test_over_32_kg_is_refused(mount):
    page = mount("BagDrop.jsx")
    page.get_by_placeholder("Weight in kg").fill("33")
    page.get_by_role("button", name="Add bag").click()
    expect(page.get_by_role("alert")).to_contain_text("Bags over 32 kg cannot be checked in")
    expect(page.get_by_role("listitem")).to_have_count(0)


def test_exactly_23_kg_is_free(mount):
    page = mount("BagDrop.jsx")
    page.get_by_placeholder("Weight in kg").fill("23")
    page.get_by_role("button", name="Add bag").click()
    expect(page.get_by_text("Bag 1 tagged - 23.0 kg")).to_be_visible()
