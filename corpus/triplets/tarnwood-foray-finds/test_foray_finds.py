from playwright.sync_api import expect


def test_deadly_finds(mount):
    page = mount("ForayFinds.jsx")
    page.get_by_label("Edibility").select_option("Deadly")
    expect(page.get_by_role("heading", name="Finds (2)")).to_be_visible()
    expect(page.locator(".common")).to_have_text(["Death cap", "Destroying angel"])
    expect(page.get_by_text("Deadly - do not handle")).to_have_count(2)


def test_conifer_then_grassland(mount):
    page = mount("ForayFinds.jsx")
    conifer = page.get_by_role("button", name="Conifer")
    conifer.click()
    expect(conifer).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("heading", name="Finds (4)")).to_be_visible()
    expect(page.locator(".common")).to_have_text(["Fly agaric", "Deceiver", "Sulphur tuft", "Destroying angel"])
    page.get_by_role("button", name="Grassland").click()
    expect(page.get_by_role("heading", name="Finds (7)")).to_be_visible()


def test_edible_in_conifer_and_grassland(mount):
    page = mount("ForayFinds.jsx")
    page.get_by_role("button", name="Conifer").click()
    page.get_by_role("button", name="Grassland").click()
    page.get_by_label("Edibility").select_option("Edible")
    expect(page.get_by_role("heading", name="Finds (3)")).to_be_visible()
    expect(page.locator(".common")).to_have_text(["Deceiver", "Parasol", "Snowy waxcap"])


def test_releasing_conifer(mount):
    page = mount("ForayFinds.jsx")
    conifer = page.get_by_role("button", name="Conifer")
    conifer.click()
    page.get_by_role("button", name="Grassland").click()
    page.get_by_label("Edibility").select_option("Edible")
    conifer.click()
    expect(conifer).to_have_attribute("aria-pressed", "false")
    expect(page.get_by_role("heading", name="Finds (2)")).to_be_visible()
    expect(page.locator(".common")).to_have_text(["Parasol", "Snowy waxcap"])
