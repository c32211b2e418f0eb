from playwright.sync_api import expect


def test_upper_case_extension_is_accepted(mount):
    page = mount("ManifestAttachments.jsx")
    expect(page.get_by_text("1 file, 1.2 MB")).to_be_visible()
    page.get_by_label("File name").fill("plate-map-rack07.CSV")
    page.get_by_label("Size (MB)").fill("0.4")
    page.get_by_role("button", name="Add file").click()
    expect(page.get_by_role("cell", name="plate-map-rack07.CSV", exact=True)).to_be_visible()
    expect(page.get_by_text("2 files, 1.6 MB")).to_be_visible()


def test_photo_is_refused(mount):
    page = mount("ManifestAttachments.jsx")
    page.get_by_label("File name").fill("freezer-photo.jpg")
    page.get_by_label("Size (MB)").fill("2")
    page.get_by_role("button", name="Add file").click()
    expect(page.get_by_text("Only CSV, PDF or XLSX files can go with a manifest")).to_be_visible()


def test_size_limit_is_20_mb(mount):
    page = mount("ManifestAttachments.jsx")
    page.get_by_label("File name").fill("temp-log-week23.xlsx")
    page.get_by_label("Size (MB)").fill("20")
    page.get_by_role("button", name="Add file").click()
    expect(page.get_by_role("cell", name="temp-log-week23.xlsx", exact=True)).to_be_visible()
    page.get_by_label("File name").fill("temp-log-week24.xlsx")
    page.get_by_label("Size (MB)").fill("20.5")
    page.get_by_role("button", name="Add file").click()
    expect(page.get_by_text("Files over 20 MB must go through the secure transfer portal")).to_be_visible()


def test_remove_takes_only_that_row(mount):
    page = mount("ManifestAttachments.jsx")
    page.get_by_label("File name").fill("plate-map-rack07.CSV")
    page.get_by_label("Size (MB)").fill("0.4")
    page.get_by_role("button", name="Add file").click()
    page.get_by_role("button", name="Remove plate-map-rack07.CSV").click()
    expect(page.get_by_role("cell", name="plate-map-rack07.CSV", exact=True)).to_have_count(0)
    expect(page.get_by_role("cell", name="chain-of-custody-HB2291.pdf", exact=True)).to_be_visible()
    expect(page.get_by_text("1 file, 1.2 MB")).to_be_visible()
