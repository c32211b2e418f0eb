from playwright.sync_api import expect


def test_suggestions_and_adding_garden(mount):
    page = mount("ListingFeatures.jsx")
    expect(page.get_by_role("button", name="+ Balcony")).to_have_count(0)
    expect(page.locator(".card-line")).to_have_text("Balcony · Sea view · Lift")
    expect(page.get_by_role("button", name="Add", exact=True)).to_be_disabled()
    page.get_by_role("button", name="+ Garden").click()
    expect(page.get_by_role("button", name="Remove Garden")).to_be_visible()
    expect(page.get_by_role("button", name="+ Garden")).to_have_count(0)
    expect(page.locator(".card-line")).to_have_text("Balcony · Sea view · Lift +1 more")


def test_typed_feature_uses_suggestion_spelling(mount):
    page = mount("ListingFeatures.jsx")
    page.get_by_role("button", name="+ Garden").click()
    page.get_by_label("Other feature").fill("PETS  allowed")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("button", name="Remove Pets allowed")).to_be_visible()
    expect(page.get_by_role("button", name="+ Pets allowed")).to_have_count(0)
    expect(page.locator(".card-line")).to_contain_text("+2 more")


def test_duplicate_in_other_case_refused(mount):
    page = mount("ListingFeatures.jsx")
    page.get_by_label("Other feature").fill("sea view")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("Sea view is already listed")


def test_removing_balcony_brings_suggestion_back(mount):
    page = mount("ListingFeatures.jsx")
    page.get_by_role("button", name="+ Garden").click()
    page.get_by_role("button", name="Remove Balcony").click()
    expect(page.get_by_role("button", name="+ Balcony")).to_be_visible()
    expect(page.locator(".card-line")).to_have_text("Sea view · Lift · Garden")
