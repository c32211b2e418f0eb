from playwright.sync_api import expect


def test_enter_adds_the_first_image_as_cover(mount):
    page = mount("ReferenceImages.jsx")
    expect(page.get_by_text("Cover image: none")).to_be_visible()
    page.get_by_label("Image file name").fill("koi-pond-sketch.png")
    page.get_by_label("Image file name").press("Enter")
    expect(page.get_by_role("listitem")).to_have_count(1)
    expect(page.get_by_label("Image file name")).to_have_value("")
    expect(page.get_by_text("Cover image: koi-pond-sketch.png")).to_be_visible()
    expect(page.get_by_text("1 of 3 images")).to_be_visible()


def test_gif_is_refused_and_escape_clears(mount):
    page = mount("ReferenceImages.jsx")
    page.get_by_label("Image file name").fill("sunset-palette.gif")
    page.get_by_label("Image file name").press("Enter")
    expect(page.get_by_text("Only PNG, JPG or TIFF images, please")).to_be_visible()
    expect(page.get_by_text("No images yet.")).to_be_visible()
    page.get_by_label("Image file name").press("Escape")
    expect(page.get_by_label("Image file name")).to_have_value("")
    expect(page.get_by_text("Only PNG, JPG or TIFF images, please")).to_have_count(0)


def test_at_most_three_images(mount):
    page = mount("ReferenceImages.jsx")
    field = page.get_by_label("Image file name")
    field.fill("koi-pond-sketch.png")
    field.press("Enter")
    field.fill("wall-photo-north.JPG")
    field.press("Enter")
    field.fill("tile-samples.tiff")
    field.press("Enter")
    field.fill("extra-view.png")
    field.press("Enter")
    expect(page.get_by_role("listitem")).to_have_count(3)
    expect(page.get_by_text("You can add up to 3 reference images")).to_be_visible()
    expect(page.get_by_text("3 of 3 images")).to_be_visible()


def test_removing_the_cover_moves_it_to_the_next_image(mount):
    page = mount("ReferenceImages.jsx")
    field = page.get_by_label("Image file name")
    field.fill("koi-pond-sketch.png")
    field.press("Enter")
    field.fill("wall-photo-north.JPG")
    field.press("Enter")
    field.fill("tile-samples.tiff")
    field.press("Enter")
    page.get_by_role("button", name="Remove koi-pond-sketch.png").click()
    expect(page.get_by_text("Cover image: wall-photo-north.JPG")).to_be_visible()
    expect(page.get_by_text("2 of 3 images")).to_be_visible()
