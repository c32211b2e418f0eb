from playwright.sync_api import expect


def test_saturday_sessions_sort_buttons(mount):
    page = mount("RinkSessions.jsx")
    names = page.locator(".session-name")
    expect(page.get_by_text("Sessions sorted by time")).to_be_visible()
    expect(names.first).to_have_text("Early bird freestyle")
    expect(names.last).to_have_text("Disco on ice")

    page.get_by_role("button", name="Price (cheapest)").click()
    expect(page.get_by_role("button", name="Price (cheapest)")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_text("Sessions sorted by price (cheapest)")).to_be_visible()
    expect(names.nth(0)).to_have_text("Toddler tots on ice")
    expect(names.nth(1)).to_have_text("Public skate")
    expect(names.nth(2)).to_have_text("Public skate")
    expect(names.nth(3)).to_have_text("Disco on ice")
    expect(names.last).to_have_text("Hockey skills")

    page.get_by_role("button", name="Skate level (beginner first)").click()
    expect(names.nth(0)).to_have_text("Toddler tots on ice")
    expect(names.nth(1)).to_have_text("Adult learn to skate")
    expect(names.nth(2)).to_have_text("Hockey skills")
    expect(names.nth(3)).to_have_text("Ice dance club")
    expect(names.nth(4)).to_have_text("Early bird freestyle")
    expect(names.last).to_have_text("Disco on ice")
