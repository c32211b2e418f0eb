from playwright.sync_api import expect


def test_enter_converts_psi(mount):
    page = mount("PressureConverter.jsx")
    page.get_by_label("Pressure").fill("32")
    page.get_by_label("Pressure").press("Enter")
    expect(page.locator(".line")).to_have_text("32 psi = 32.0 psi = 2.21 bar = 221 kPa")
    expect(page.locator(".warning")).to_have_count(0)


def test_bar_and_kpa_input(mount):
    page = mount("PressureConverter.jsx")
    page.get_by_label("Unit").select_option("bar")
    page.get_by_label("Pressure").fill("2.5")
    page.get_by_label("Pressure").press("Enter")
    expect(page.locator(".line")).to_have_text("2.5 bar = 36.3 psi = 2.50 bar = 250 kPa")
    page.get_by_label("Unit").select_option("kPa")
    page.get_by_label("Pressure").fill("240")
    page.get_by_label("Pressure").press("Enter")
    expect(page.locator(".line")).to_have_text("240 kPa = 34.8 psi = 2.40 bar = 240 kPa")


def test_low_warning_and_upper_limit(mount):
    page = mount("PressureConverter.jsx")
    page.get_by_label("Pressure").fill("25")
    page.get_by_label("Pressure").press("Enter")
    expect(page.locator(".warning")).to_have_text("Too low for most passenger cars")
    page.get_by_label("Unit").select_option("bar")
    page.get_by_label("Pressure").fill("3.5")
    page.get_by_label("Pressure").press("Enter")
    expect(page.locator(".line")).to_contain_text("3.50 bar")
    expect(page.locator(".warning")).to_have_count(0)


def test_escape_clears_and_zero_is_rejected(mount):
    page = mount("PressureConverter.jsx")
    page.get_by_label("Pressure").fill("32")
    page.get_by_label("Pressure").press("Enter")
    page.get_by_label("Pressure").press("Escape")
    expect(page.get_by_label("Pressure")).to_have_value("")
    expect(page.locator(".result")).to_have_count(0)
    page.get_by_label("Pressure").fill("0")
    page.get_by_label("Pressure").press("Enter")
    expect(page.get_by_text("Enter a pressure above 0")).to_be_visible()
