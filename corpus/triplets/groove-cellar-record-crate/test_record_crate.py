from playwright.sync_api import expect


def test_empty_crate_on_load(mount):
    page = mount("RecordCrate.jsx")
    expect(page.locator(".crate-count")).to_have_text("0")
    expect(page.get_by_text("Your crate is empty – dig in!")).to_be_visible()


def test_counter_counts_records_and_postage(mount):
    page = mount("RecordCrate.jsx")
    low_tides = page.get_by_role("listitem").filter(has_text="Low Tides")
    low_tides.get_by_role("button", name="Add to crate").click()
    low_tides.get_by_role("button", name="Add to crate").click()
    page.get_by_role("listitem").filter(has_text="Quiet Machines").get_by_role("button", name="Add to crate").click()
    expect(page.locator(".crate-count")).to_have_text("3")
    expect(page.locator("#subtotal")).to_have_text("£58.97")
    expect(page.locator("#postage")).to_have_text("£5.45")
    expect(page.locator("#total")).to_have_text("£64.42")


def test_postage_not_free_at_exactly_75(mount):
    page = mount("RecordCrate.jsx")
    exchange = page.get_by_role("listitem").filter(has_text="Live at the Exchange")
    exchange.get_by_role("button", name="Add to crate").click()
    exchange.get_by_role("button", name="Add to crate").click()
    page.get_by_role("listitem").filter(has_text="Harbour Lights").get_by_role("button", name="Add to crate").click()
    expect(page.locator("#subtotal")).to_have_text("£75.00")
    expect(page.locator("#postage")).to_have_text("£5.45")
    expect(page.locator("#total")).to_have_text("£80.45")


def test_postage_free_above_75(mount):
    page = mount("RecordCrate.jsx")
    harbour = page.get_by_role("listitem").filter(has_text="Harbour Lights")
    harbour.get_by_role("button", name="Add to crate").click()
    harbour.get_by_role("button", name="Add to crate").click()
    page.get_by_role("listitem").filter(has_text="Live at the Exchange").get_by_role("button", name="Add to crate").click()
    expect(page.locator("#subtotal")).to_have_text("£87.00")
    expect(page.locator("#postage")).to_have_text("Free")
    expect(page.locator("#total")).to_have_text("£87.00")


def test_remove_line_with_bin_icon(mount):
    page = mount("RecordCrate.jsx")
    page.get_by_role("listitem").filter(has_text="Low Tides").get_by_role("button", name="Add to crate").click()
    page.get_by_role("listitem").filter(has_text="Quiet Machines").get_by_role("button", name="Add to crate").click()
    page.get_by_role("button", name="Remove Low Tides").click()
    expect(page.locator(".crate-count")).to_have_text("1")
    expect(page.locator("#postage")).to_have_text("£3.95")
    expect(page.locator("#total")).to_have_text("£12.94")
