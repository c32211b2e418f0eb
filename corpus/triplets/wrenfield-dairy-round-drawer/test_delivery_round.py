from playwright.sync_api import expect


def test_drawer_shows_the_stop(mount):
    page = mount("DeliveryRound.jsx")
    page.get_by_role("button", name="Edit stop 2").click()
    expect(page.get_by_role("dialog", name="Stop 2 - The Old Forge")).to_be_visible()
    expect(page.get_by_label("Semi-skimmed (pints)")).to_have_value("3")


def test_change_quantity_and_save(mount):
    page = mount("DeliveryRound.jsx")
    expect(page.get_by_text("Van load: 9 pints")).to_be_visible()
    page.get_by_role("button", name="Edit stop 2").click()
    page.get_by_label("Semi-skimmed (pints)").fill("5")
    page.get_by_role("button", name="Save order").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("listitem").filter(has_text="The Old Forge")).to_contain_text("Semi-skimmed x5, Butter x1")
    expect(page.get_by_text("Van load: 11 pints")).to_be_visible()


def test_more_than_twelve_is_refused(mount):
    page = mount("DeliveryRound.jsx")
    page.get_by_role("button", name="Edit stop 3").click()
    page.get_by_label("Whole milk (pints)").fill("15")
    page.get_by_role("button", name="Save order").click()
    expect(page.get_by_text("Max 12 per item")).to_be_visible()
    expect(page.get_by_role("dialog")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Larkrise Farmhouse")).to_contain_text("Whole milk x4")


def test_skip_a_delivery(mount):
    page = mount("DeliveryRound.jsx")
    page.get_by_role("button", name="Edit stop 1").click()
    page.get_by_label("Skip this delivery (customer away)").check()
    page.get_by_role("button", name="Save order").click()
    expect(page.get_by_role("listitem").filter(has_text="Hawthorn Cottage")).to_contain_text("Skipped")
    expect(page.get_by_text("Van load: 7 pints")).to_be_visible()


def test_tick_a_stop_as_delivered(mount):
    page = mount("DeliveryRound.jsx")
    page.get_by_role("listitem").filter(has_text="Larkrise Farmhouse").get_by_role("checkbox").check()
    expect(page.get_by_text("Delivered 1/3")).to_be_visible()
