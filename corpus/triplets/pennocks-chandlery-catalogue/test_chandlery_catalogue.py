from playwright.sync_api import expect


def test_click_safety(mount):
    page = mount("ChandleryCatalogue.jsx")
    page.get_by_role("button", name="Safety").click()
    expect(page.get_by_role("button", name="Safety")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("button", name="Lifejackets")).to_be_visible()
    expect(page.get_by_role("button", name="Flares")).to_be_visible()
    expect(page.locator(".item")).to_have_count(0)


def test_filter_shackle_with_enter(mount):
    page = mount("ChandleryCatalogue.jsx")
    box = page.get_by_placeholder("Filter catalogue")
    box.fill("shackle")
    box.press("Enter")
    expect(page.get_by_text('2 items match "shackle"')).to_be_visible()
    expect(page.locator(".item")).to_have_text(["Bow shackle 8 mm", "D shackle 10 mm"])
    expect(page.get_by_role("button", name="Safety")).to_be_hidden()
    expect(page.get_by_role("button", name="Engine")).to_be_hidden()


def test_filter_ignores_case(mount):
    page = mount("ChandleryCatalogue.jsx")
    box = page.get_by_placeholder("Filter catalogue")
    box.fill("volvo")
    box.press("Enter")
    expect(page.locator(".item")).to_have_text(["Oil filter Volvo D1"])
    expect(page.get_by_text('1 items match "volvo"')).to_be_visible()


def test_escape_clears_the_filter(mount):
    page = mount("ChandleryCatalogue.jsx")
    box = page.get_by_placeholder("Filter catalogue")
    box.fill("shackle")
    box.press("Enter")
    box.press("Escape")
    expect(box).to_have_value("")
    expect(page.get_by_text('2 items match "shackle"')).to_be_hidden()
    expect(page.get_by_role("button", name="Engine")).to_be_visible()
    expect(page.locator(".item")).to_have_count(0)
