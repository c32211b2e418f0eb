from playwright.sync_api import expect


def test_canada_needs_a_province(mount):
    page = mount("OverseasAddress.jsx")
    page.get_by_placeholder("Recipient name").fill("Mei Lin")
    page.get_by_placeholder("Street address").fill("410 Rue Saint-Paul")
    page.get_by_placeholder("City").fill("Montreal")
    page.get_by_placeholder("Postal code").fill("h2y1h4")
    page.get_by_role("button", name="Preview airmail label").click()
    expect(page.get_by_text("Pick a province")).to_be_visible()
    page.get_by_label("Province").select_option("Quebec")
    page.get_by_role("button", name="Preview airmail label").click()
    expect(page.get_by_text("Ship seeds to: Mei Lin, 410 Rue Saint-Paul, Montreal QC H2Y 1H4, Canada")).to_be_visible()


def test_short_canadian_postal_code(mount):
    page = mount("OverseasAddress.jsx")
    page.get_by_placeholder("Postal code").fill("H2Y 1H")
    page.get_by_role("button", name="Preview airmail label").click()
    expect(page.get_by_text("Canadian postal codes look like H2Y 1H4")).to_be_visible()


def test_new_zealand_label(mount):
    page = mount("OverseasAddress.jsx")
    page.get_by_label("Country").select_option("New Zealand")
    page.get_by_placeholder("Recipient name").fill("Aroha Ngata")
    page.get_by_placeholder("Street address").fill("12 Kowhai St")
    page.get_by_placeholder("City").fill("Nelson")
    page.get_by_placeholder("Postcode").fill("7010")
    page.get_by_role("button", name="Preview airmail label").click()
    expect(page.get_by_text("Ship seeds to: Aroha Ngata, 12 Kowhai St, Nelson 7010, New Zealand")).to_be_visible()


def test_australia_cannot_receive_seeds(mount):
    page = mount("OverseasAddress.jsx")
    page.get_by_label("Country").select_option("Australia")
    expect(page.get_by_text("Australia needs an import permit for seeds - we can't post there yet.")).to_be_visible()
    expect(page.get_by_role("button", name="Preview airmail label")).to_have_count(0)
