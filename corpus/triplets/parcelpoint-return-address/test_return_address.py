from playwright.sync_api import expect


def test_empty_form_shows_required_fields(mount):
    page = mount("ReturnAddress.jsx")
    page.get_by_role("button", name="Create return label").click()
    expect(page.get_by_text("Full name is required")).to_be_visible()
    expect(page.get_by_text("Street and number is required")).to_be_visible()
    expect(page.get_by_text("Postcode is required")).to_be_visible()
    expect(page.get_by_text("City is required")).to_be_visible()


def test_dutch_postcode_is_normalised(mount):
    page = mount("ReturnAddress.jsx")
    page.get_by_label("Full name").fill("Jan de Vries")
    page.get_by_label("Street and number").fill("Keizersgracht 221")
    page.get_by_label("Postcode").fill("1016dv")
    page.get_by_label("City").fill("Amsterdam")
    page.get_by_role("button", name="Create return label").click()
    expect(page.get_by_text("Return label ready for:")).to_have_text(
        "Return label ready for: Jan de Vries, Keizersgracht 221, 1016 DV Amsterdam, Netherlands"
    )


def test_dutch_postcode_with_five_digits_is_refused(mount):
    page = mount("ReturnAddress.jsx")
    page.get_by_label("Postcode").fill("10166 DV")
    page.get_by_role("button", name="Create return label").click()
    expect(page.get_by_text("Dutch postcodes look like 1011 AB")).to_be_visible()


def test_united_states_needs_zip_and_state(mount):
    page = mount("ReturnAddress.jsx")
    page.get_by_label("Country").select_option("United States")
    page.get_by_label("Full name").fill("Dana Whitfield")
    page.get_by_label("Street and number").fill("88 Alder St")
    page.get_by_label("City").fill("Portland")
    page.get_by_label("ZIP code").fill("9021")
    page.get_by_role("button", name="Create return label").click()
    expect(page.get_by_text("ZIP codes have 5 digits, e.g. 94107")).to_be_visible()
    expect(page.get_by_text("Choose a state")).to_be_visible()
    page.get_by_label("ZIP code").fill("97205")
    page.get_by_label("State").select_option("Oregon")
    page.get_by_role("button", name="Create return label").click()
    expect(page.get_by_text("Return label ready for:")).to_have_text(
        "Return label ready for: Dana Whitfield, 88 Alder St, Portland, Oregon 97205, United States"
    )


def test_default_return_address_box(mount):
    page = mount("ReturnAddress.jsx")
    page.get_by_label("Full name").fill("Jan de Vries")
    page.get_by_label("Street and number").fill("Keizersgracht 221")
    page.get_by_label("Postcode").fill("1016 DV")
    page.get_by_label("City").fill("Amsterdam")
    page.get_by_role("checkbox").check()
    page.get_by_role("button", name="Create return label").click()
    expect(page.get_by_text("Saved as your default return address.")).to_be_visible()
