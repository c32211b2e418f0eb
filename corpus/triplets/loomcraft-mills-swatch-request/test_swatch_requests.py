from playwright.sync_api import expect


def test_add_three_donegal_swatches_by_courier(mount):
    page = mount("SwatchRequests.jsx")
    expect(page.get_by_text("9 of 12 swatches requested")).to_be_visible()
    page.get_by_role("button", name="Request a swatch").click()
    modal = page.get_by_role("dialog", name="Request a swatch")
    expect(modal.get_by_text("1 swatch by post - free")).to_be_visible()
    modal.get_by_label("Fabric").select_option("Donegal - Oatmeal")
    modal.get_by_role("button", name="More swatches").click()
    modal.get_by_role("button", name="More swatches").click()
    modal.get_by_label("Courier (£6.50)").check()
    expect(modal.get_by_text("3 swatches by courier - £6.50")).to_be_visible()
    modal.get_by_role("button", name="Add to request").click()
    expect(modal).to_be_hidden()
    expect(page.get_by_text("Donegal - Oatmeal × 3 (Courier)")).to_be_visible()
    expect(page.get_by_text("12 of 12 swatches requested")).to_be_visible()


def test_more_than_twelve_is_refused(mount):
    page = mount("SwatchRequests.jsx")
    page.get_by_role("button", name="Request a swatch").click()
    page.get_by_role("button", name="More swatches").click()
    page.get_by_role("button", name="More swatches").click()
    page.get_by_role("button", name="More swatches").click()
    page.get_by_role("button", name="Add to request").click()
    expect(page.get_by_role("alert")).to_have_text("You can request at most 12 swatches per order")
    expect(page.get_by_role("dialog")).to_be_visible()
    expect(page.get_by_text("9 of 12 swatches requested")).to_be_visible()


def test_stepper_limits(mount):
    page = mount("SwatchRequests.jsx")
    page.get_by_role("button", name="Request a swatch").click()
    expect(page.get_by_role("button", name="Fewer swatches")).to_be_disabled()
    page.get_by_role("button", name="More swatches").click()
    page.get_by_role("button", name="More swatches").click()
    page.get_by_role("button", name="More swatches").click()
    page.get_by_role("button", name="More swatches").click()
    expect(page.get_by_role("button", name="More swatches")).to_be_disabled()


def test_cancel_adds_nothing(mount):
    page = mount("SwatchRequests.jsx")
    page.get_by_role("button", name="Request a swatch").click()
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("listitem")).to_have_count(2)
