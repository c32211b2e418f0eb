from playwright.sync_api import expect


def test_defaults_preview_and_counter(mount):
    page = mount("AccessibilityOptions.jsx")
    expect(page.get_by_text("Text size: 14 px")).to_be_visible()
    expect(page.get_by_text("1 of 4 options on")).to_be_visible()


def test_large_text_switch(mount):
    page = mount("AccessibilityOptions.jsx")
    page.get_by_role("switch", name="Large text").click()
    expect(page.get_by_role("switch", name="Large text")).to_have_text("On")
    expect(page.get_by_text("Text size: 18 px")).to_be_visible()
    expect(page.get_by_text("2 of 4 options on")).to_be_visible()


def test_space_and_enter_toggle_announce_stops(mount):
    page = mount("AccessibilityOptions.jsx")
    switch = page.get_by_role("switch", name="Announce stops")
    switch.focus()
    expect(switch).to_be_focused()
    switch.press(" ")
    expect(switch).to_have_attribute("aria-checked", "true")
    expect(switch).to_have_text("On")
    switch.press("Enter")
    expect(switch).to_have_attribute("aria-checked", "false")


def test_restore_defaults(mount):
    page = mount("AccessibilityOptions.jsx")
    page.get_by_role("switch", name="Large text").click()
    page.get_by_role("switch", name="High contrast").click()
    page.get_by_role("button", name="Restore defaults").click()
    expect(page.get_by_role("switch", name="Reduce motion")).to_have_text("On")
    expect(page.get_by_role("switch", name="Large text")).to_have_text("Off")
    expect(page.get_by_role("switch", name="High contrast")).to_have_text("Off")
    expect(page.get_by_text("Text size: 14 px")).to_be_visible()
    expect(page.get_by_text("1 of 4 options on")).to_be_visible()
