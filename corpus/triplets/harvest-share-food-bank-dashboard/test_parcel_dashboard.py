from playwright.sync_api import expect


def test_tiles_on_load(mount):
    page = mount("ParcelDashboard.jsx")
    expect(page.locator(".tile").filter(has_text="Requested").locator(".tile-value")).to_have_text("2")
    expect(page.locator(".tile").filter(has_text="Packed").locator(".tile-value")).to_have_text("2")
    expect(page.locator(".tile").filter(has_text="Collected").locator(".tile-value")).to_have_text("1")
    expect(page.locator(".tile").filter(has_text="People fed this week").locator(".tile-value")).to_have_text("5")


def test_pack_a_parcel(mount):
    page = mount("ParcelDashboard.jsx")
    page.get_by_role("row").filter(has_text="HS-301").get_by_role("button", name="Pack parcel").click()
    expect(page.locator(".tile").filter(has_text="Requested").locator(".tile-value")).to_have_text("1")
    expect(page.locator(".tile").filter(has_text="Packed").locator(".tile-value")).to_have_text("3")
    expect(page.locator(".activity-line").first).to_have_text("HS-301 packed")


def test_hand_over_counts_the_people(mount):
    page = mount("ParcelDashboard.jsx")
    page.get_by_role("row").filter(has_text="HS-301").get_by_role("button", name="Pack parcel").click()
    row = page.get_by_role("row").filter(has_text="HS-302")
    row.get_by_role("button", name="Hand over").click()
    expect(page.locator(".tile").filter(has_text="Collected").locator(".tile-value")).to_have_text("2")
    expect(page.locator(".tile").filter(has_text="People fed this week").locator(".tile-value")).to_have_text("7")
    expect(page.locator(".activity-line")).to_have_text(["HS-302 handed over", "HS-301 packed"])
    expect(row.get_by_role("button")).to_have_count(0)


def test_show_packed_only(mount):
    page = mount("ParcelDashboard.jsx")
    page.get_by_label("Show").select_option(label="Packed")
    expect(page.locator(".parcel-row")).to_have_count(2)
    expect(page.locator(".parcel-row").first).to_contain_text("HS-302")
    expect(page.locator(".parcel-row").last).to_contain_text("HS-305")
