from playwright.sync_api import expect


def test_falcons_and_hawks_then_flying_today_only(mount):
    page = mount("BirdRoster.jsx")
    expect(page.get_by_text("10 birds")).to_be_visible()
    page.get_by_label("Owls").uncheck()
    page.get_by_label("Eagles").uncheck()
    expect(page.locator(".bird-name")).to_have_text(["Saffi", "Jet", "Tinker", "Hector", "Wren"])
    expect(page.get_by_text("5 birds")).to_be_visible()
    switch = page.get_by_role("switch", name="Flying today only")
    switch.click()
    expect(switch).to_have_attribute("aria-checked", "true")
    expect(page.locator(".bird-name")).to_have_text(["Saffi", "Tinker", "Hector"])
    expect(page.get_by_text("3 birds")).to_be_visible()


def test_flying_today_with_all_groups(mount):
    page = mount("BirdRoster.jsx")
    page.get_by_role("switch", name="Flying today only").click()
    expect(page.locator(".bird-name")).to_have_text(["Mabel", "Boris", "Saffi", "Tinker", "Hector", "Dune"])
    expect(page.get_by_text("6 birds")).to_be_visible()


def test_no_groups_ticked(mount):
    page = mount("BirdRoster.jsx")
    page.get_by_label("Owls").uncheck()
    page.get_by_label("Falcons").uncheck()
    page.get_by_label("Hawks").uncheck()
    page.get_by_label("Eagles").uncheck()
    expect(page.get_by_text("No birds match these filters.")).to_be_visible()
    expect(page.get_by_text("0 birds")).to_be_visible()
    page.get_by_label("Hawks").check()
    expect(page.locator(".bird-name")).to_have_text(["Hector", "Wren"])
