from playwright.sync_api import expect


def test_ten_knots_preset(mount):
    page = mount("WindConverter.jsx")
    expect(page.get_by_test_id("out-kmh")).to_have_text("18.5")
    expect(page.get_by_test_id("out-mph")).to_have_text("11.5")
    expect(page.get_by_test_id("out-ms")).to_have_text("5.1")
    expect(page.get_by_test_id("beaufort")).to_have_text("Beaufort 3 – Gentle breeze")
    expect(page.get_by_role("alert")).to_have_count(0)


def test_eleven_knots_is_force_four(mount):
    page = mount("WindConverter.jsx")
    page.get_by_label("Wind speed").fill("11")
    expect(page.get_by_test_id("beaufort")).to_have_text("Beaufort 4 – Moderate breeze")


def test_kmh_input_and_advisory(mount):
    page = mount("WindConverter.jsx")
    page.get_by_label("Wind speed").fill("40")
    page.get_by_label("Unit").select_option("km/h")
    expect(page.get_by_test_id("out-kn")).to_have_text("21.6")
    expect(page.get_by_test_id("beaufort")).to_have_text("Beaufort 5 – Fresh breeze")
    expect(page.get_by_role("alert")).to_have_count(0)
    page.get_by_label("Wind speed").fill("45")
    expect(page.get_by_test_id("out-kn")).to_have_text("24.3")
    expect(page.get_by_test_id("beaufort")).to_have_text("Beaufort 6 – Strong breeze")
    expect(page.get_by_role("alert")).to_have_text("Small craft advisory – reef early and check the harbour master's bulletin")


def test_negative_speed(mount):
    page = mount("WindConverter.jsx")
    page.get_by_label("Wind speed").fill("-3")
    expect(page.get_by_text("Wind speed can't be negative")).to_be_visible()
    expect(page.get_by_test_id("out-kmh")).to_have_count(0)
