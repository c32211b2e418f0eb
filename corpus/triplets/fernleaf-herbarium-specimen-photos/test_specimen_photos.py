from playwright.sync_api import expect


def test_add_a_photo(mount):
    page = mount("SpecimenPhotos.jsx")
    expect(page.get_by_text("No photos added")).to_be_visible()
    page.get_by_label("Photo file name").fill("FLH-004512_sheet.jpg")
    page.get_by_role("button", name="Add photo").click()
    expect(page.get_by_role("row").filter(has_text="FLH-004512_sheet.jpg")).to_be_visible()
    expect(page.get_by_text("1 photo", exact=True)).to_be_visible()


def test_photo_without_the_barcode_is_refused(mount):
    page = mount("SpecimenPhotos.jsx")
    page.get_by_label("Photo file name").fill("IMG_2231.jpg")
    page.get_by_role("button", name="Add photo").click()
    expect(page.get_by_text("Photo names must start with the specimen barcode FLH-004512_")).to_be_visible()


def test_png_is_refused(mount):
    page = mount("SpecimenPhotos.jsx")
    page.get_by_label("Photo file name").fill("FLH-004512_label.png")
    page.get_by_role("button", name="Add photo").click()
    expect(page.get_by_text("Use JPG or TIFF for herbarium photos")).to_be_visible()


def test_remove_takes_only_that_row(mount):
    page = mount("SpecimenPhotos.jsx")
    page.get_by_label("Photo file name").fill("FLH-004512_sheet.jpg")
    page.get_by_role("button", name="Add photo").click()
    page.get_by_label("Photo file name").fill("FLH-004512_leaf.tif")
    page.get_by_role("button", name="Add photo").click()
    page.get_by_label("Photo file name").fill("FLH-004512_flower.jpg")
    page.get_by_role("button", name="Add photo").click()
    page.get_by_role("row").filter(has_text="FLH-004512_leaf.tif").get_by_role("button", name="Remove").click()
    expect(page.get_by_role("row").filter(has_text="FLH-004512_leaf.tif")).to_have_count(0)
    expect(page.get_by_role("row").filter(has_text="FLH-004512_sheet.jpg")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="FLH-004512_flower.jpg")).to_be_visible()
    expect(page.get_by_text("2 photos")).to_be_visible()


def test_remove_all_empties_the_table(mount):
    page = mount("SpecimenPhotos.jsx")
    page.get_by_label("Photo file name").fill("FLH-004512_sheet.jpg")
    page.get_by_role("button", name="Add photo").click()
    page.get_by_label("Photo file name").fill("FLH-004512_leaf.tif")
    page.get_by_role("button", name="Add photo").click()
    page.get_by_role("button", name="Remove all").click()
    expect(page.get_by_text("No photos added")).to_be_visible()
    expect(page.get_by_text("0 photos")).to_be_visible()
