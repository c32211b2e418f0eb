from playwright.sync_api import expect


def test_open_receipt_default_tip(mount):
    page = mount("TipSlider.jsx")
    expect(page.get_by_test_id("tip-percent")).to_have_text("15%")
    expect(page.get_by_test_id("tip")).to_have_text("€6.39")
    expect(page.get_by_test_id("total")).to_have_text("€55.49")


def test_arrow_keys_change_tip(mount):
    page = mount("TipSlider.jsx")
    slider = page.get_by_label("Tip for Siobhán")
    slider.focus()
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    expect(page.get_by_test_id("tip-percent")).to_have_text("18%")
    expect(page.get_by_test_id("tip")).to_have_text("€7.67")
    expect(page.get_by_test_id("total")).to_have_text("€56.77")
    slider.press("ArrowLeft")
    expect(page.get_by_test_id("tip-percent")).to_have_text("17%")
    expect(page.get_by_test_id("tip")).to_have_text("€7.24")


def test_end_and_home_keys(mount):
    page = mount("TipSlider.jsx")
    slider = page.get_by_label("Tip for Siobhán")
    slider.focus()
    slider.press("End")
    expect(page.get_by_test_id("tip-percent")).to_have_text("30%")
    expect(page.get_by_test_id("tip")).to_have_text("€12.78")
    expect(page.get_by_test_id("total")).to_have_text("€61.88")
    slider.press("Home")
    expect(page.get_by_test_id("tip-percent")).to_have_text("No tip")
    expect(page.get_by_test_id("tip")).to_have_text("€0.00")
    expect(page.get_by_test_id("total")).to_have_text("€49.10")


def test_round_up_and_pay(mount):
    page = mount("TipSlider.jsx")
    slider = page.get_by_label("Tip for Siobhán")
    slider.focus()
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    slider.press("ArrowRight")
    page.get_by_label("Round up to the next euro").check()
    expect(page.get_by_test_id("total")).to_have_text("€57.00")
    expect(page.get_by_test_id("tip")).to_have_text("€7.90")
    page.get_by_role("button", name="Pay €57.00").click()
    expect(page.locator(".paid")).to_have_text("Paid €57.00. Thanks – Siobhán gets 100% of the tip.")
