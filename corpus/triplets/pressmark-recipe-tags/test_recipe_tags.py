from playwright.sync_api import expect


def test_enter_adds_normalised_tag(mount):
    page = mount("RecipeTags.jsx")
    box = page.get_by_placeholder("Add a tag…")
    box.fill("Weeknight Dinner")
    box.press("Enter")
    expect(page.locator(".chip").last).to_contain_text("#weeknight-dinner")
    expect(box).to_have_value("")
    expect(page.get_by_text("4 / 6 tags")).to_be_visible()


def test_duplicate_tag_refused(mount):
    page = mount("RecipeTags.jsx")
    box = page.get_by_placeholder("Add a tag…")
    box.fill("VEGAN")
    box.press("Enter")
    expect(page.get_by_text("Already tagged: vegan")).to_be_visible()
    expect(page.locator(".chip")).to_have_count(3)
    expect(box).to_have_value("VEGAN")


def test_comma_adds_and_backspace_removes_last(mount):
    page = mount("RecipeTags.jsx")
    box = page.get_by_placeholder("Add a tag…")
    box.press_sequentially("gluten free,")
    expect(page.locator(".chip").last).to_contain_text("#gluten-free")
    expect(box).to_have_value("")
    box.press("Backspace")
    expect(page.get_by_text("#gluten-free")).to_have_count(0)
    expect(page.get_by_text("#vegan")).to_be_visible()
    expect(page.locator(".chip")).to_have_count(3)


def test_backspace_with_text_only_deletes_a_letter(mount):
    page = mount("RecipeTags.jsx")
    box = page.get_by_placeholder("Add a tag…")
    box.press_sequentially("sp")
    box.press("Backspace")
    expect(box).to_have_value("s")
    expect(page.locator(".chip")).to_have_count(3)


def test_remove_chip_and_limit(mount):
    page = mount("RecipeTags.jsx")
    page.get_by_role("button", name="Remove tag one-pot").click()
    expect(page.get_by_text("#one-pot")).to_have_count(0)
    box = page.get_by_placeholder("Add a tag…")
    box.fill("high-protein")
    box.press("Enter")
    box.fill("freezer")
    box.press("Enter")
    box.fill("budget")
    box.press("Enter")
    box.fill("spicy")
    box.press("Enter")
    expect(page.get_by_text("6 / 6 tags")).to_be_visible()
    box.fill("quick")
    box.press("Enter")
    expect(page.get_by_text("Up to 6 tags")).to_be_visible()
