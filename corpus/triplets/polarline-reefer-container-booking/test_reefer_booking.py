from playwright.sync_api import expect


def test_next_without_temperature(mount):
    page = mount("ReeferBooking.jsx")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Set temperature: bananas ship between 13 and 14.5 °C")).to_be_visible()
    expect(page.get_by_label("Commodity")).to_be_visible()


def test_banana_temperature_window(mount):
    page = mount("ReeferBooking.jsx")
    page.get_by_label("Set temperature (°C)").fill("14.6")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Out of range: bananas ship between 13 and 14.5 °C")).to_be_visible()
    page.get_by_label("Set temperature (°C)").fill("14.5")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_label("Port of loading")).to_be_visible()


def test_pharma_quote_with_genset(mount):
    page = mount("ReeferBooking.jsx")
    page.get_by_label("Commodity").select_option("Pharmaceuticals")
    page.get_by_label("Set temperature (°C)").fill("5")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Port of loading").select_option("Rotterdam")
    page.get_by_label("Port of discharge").select_option("Santos")
    page.get_by_label("Containers (40ft)").fill("2")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("2 x 40ft reefer, Rotterdam to Santos")).to_be_visible()
    expect(page.get_by_text("Ocean freight USD 8,400")).to_be_visible()
    expect(page.get_by_text("Genset surcharge USD 700")).to_be_visible()
    expect(page.get_by_text("Total USD 9,100")).to_be_visible()


def test_back_from_quote_keeps_containers(mount):
    page = mount("ReeferBooking.jsx")
    page.get_by_label("Commodity").select_option("Pharmaceuticals")
    page.get_by_label("Set temperature (°C)").fill("5")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Containers (40ft)").fill("2")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_label("Containers (40ft)")).to_have_value("2")
