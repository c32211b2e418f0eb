import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "unit,value,converted,stage",
    [
        ("Fahrenheit (°F)", "152", "66.7 °C", "Alpha amylase (full body)"),
        ("Celsius (°C)", "65", "149.0 °F", "Beta amylase (dry beer)"),
        ("Celsius (°C)", "66", "150.8 °F", "Alpha amylase (full body)"),
        ("Fahrenheit (°F)", "168", "75.6 °C", "Mash out"),
        ("Fahrenheit (°F)", "212", "100.0 °C", "Boil"),
    ],
)
def test_converting_and_naming_the_stage(mount, unit, value, converted, stage):
    page = mount("MashConverter.jsx")
    page.get_by_label(unit).check()
    page.get_by_label("Temperature").fill(value)
    expect(page.locator(".converted")).to_have_text(converted)
    expect(page.locator(".stage")).to_have_text("Stage: " + stage)


def test_temperature_between_two_rests(mount):
    page = mount("MashConverter.jsx")
    page.get_by_label("Celsius (°C)").check()
    page.get_by_label("Temperature").fill("58")
    expect(page.locator(".stage")).to_have_text("Stage: Between rests")


def test_not_a_number(mount):
    page = mount("MashConverter.jsx")
    page.get_by_label("Temperature").fill("hot")
    expect(page.get_by_text("Type a temperature, e.g. 152 or 66.5")).to_be_visible()
