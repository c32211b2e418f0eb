import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "number,wagon_type,load,message",
    [
        ("600 251", "HTA hopper", "80", "HTA hopper max load is 75 t"),
        ("610 009", "IIA tank", "63", "IIA tank max load is 62 t"),
        ("640 112", "FEA flat", "71", "FEA flat max load is 70 t"),
    ],
)
def test_overloaded_wagons_are_refused(mount, number, wagon_type, load, message):
    page = mount("ConsistBuilder.jsx")
    page.get_by_role("button", name="Add wagon").click()
    page.get_by_label("Wagon number").fill(number)
    page.get_by_label("Wagon type").select_option(wagon_type)
    page.get_by_label("Load (t)").fill(load)
    page.get_by_role("button", name="Add to consist").click()
    expect(page.get_by_role("alert")).to_have_text(message)
    expect(page.get_by_text("3 wagons, 170 t")).to_be_visible()


def test_a_wagon_within_its_limit_is_added(mount):
    page = mount("ConsistBuilder.jsx")
    page.get_by_role("button", name="Add wagon").click()
    page.get_by_label("Wagon number").fill("640 112")
    page.get_by_label("Wagon type").select_option("FEA flat")
    page.get_by_label("Load (t)").fill("44")
    page.get_by_role("button", name="Add to consist").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.locator(".wagons").get_by_role("listitem").last).to_contain_text("640 112")
    expect(page.locator(".wagons").get_by_role("listitem").last).to_contain_text("44 t")
    expect(page.get_by_text("4 wagons, 214 t")).to_be_visible()


def test_escape_closes_the_dialog(mount):
    page = mount("ConsistBuilder.jsx")
    page.get_by_role("button", name="Add wagon").click()
    expect(page.get_by_label("Wagon number")).to_be_focused()
    page.get_by_label("Wagon number").press_sequentially("600 299")
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_text("3 wagons, 170 t")).to_be_visible()
