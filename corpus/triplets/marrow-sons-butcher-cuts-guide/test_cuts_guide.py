from playwright.sync_api import expect


def test_everything_collapsed_at_start(mount):
    page = mount("CutsGuide.jsx")
    expect(page.get_by_text("0 sections open")).to_be_visible()
    expect(page.get_by_text("Rib-eye")).to_be_hidden()
    expect(page.get_by_text("Nothing added yet")).to_be_visible()
    expect(page.get_by_text("Total £0.00")).to_be_visible()


def test_open_beef_then_lamb(mount):
    page = mount("CutsGuide.jsx")
    page.get_by_text("Beef", exact=True).click()
    expect(page.get_by_text("£32.00/kg")).to_be_visible()
    expect(page.get_by_text("Pan-fry 3 min a side, rest 5 min")).to_be_visible()
    expect(page.get_by_text("£14.50/kg")).to_be_visible()
    expect(page.get_by_text("1 section open")).to_be_visible()
    expect(page.get_by_text("£38.00/kg")).to_be_hidden()
    page.get_by_text("Lamb", exact=True).click()
    expect(page.get_by_text("£32.00/kg")).to_be_visible()
    expect(page.get_by_text("£38.00/kg")).to_be_visible()
    expect(page.get_by_text("2 sections open")).to_be_visible()


def test_add_brisket_to_the_order(mount):
    page = mount("CutsGuide.jsx")
    page.get_by_text("Beef", exact=True).click()
    page.get_by_role("button", name="Add 500 g beef brisket").click()
    expect(page.get_by_text("500 g brisket - £7.25")).to_be_visible()
    expect(page.get_by_text("Total £7.25")).to_be_visible()


def test_click_beef_again_folds_it(mount):
    page = mount("CutsGuide.jsx")
    page.get_by_text("Beef", exact=True).click()
    page.get_by_text("Lamb", exact=True).click()
    page.get_by_text("Beef", exact=True).click()
    expect(page.get_by_text("Pan-fry 3 min a side, rest 5 min")).to_be_hidden()
    expect(page.get_by_text("1 section open")).to_be_visible()
