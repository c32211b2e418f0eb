from playwright.sync_api import expect


def test_open_notes_for_ep_46(mount):
    page = mount("EpisodeList.jsx")
    page.get_by_role("button", name="Notes for Ep 46").click()
    drawer = page.get_by_role("dialog", name="Ep 46 - Tidal Clocks notes")
    expect(drawer).to_contain_text("Guest: Dr. Sunil Varma")
    expect(drawer.get_by_role("listitem")).to_have_count(3)
    expect(page.get_by_role("button", name="Notes for Ep 46")).to_have_attribute("aria-expanded", "true")


def test_chapter_jumps_the_player(mount):
    page = mount("EpisodeList.jsx")
    expect(page.get_by_text("Nothing playing")).to_be_visible()
    page.get_by_role("button", name="Notes for Ep 46").click()
    page.get_by_role("button", name="09:48 How tides are predicted").click()
    expect(page.get_by_text("Now playing Ep 46 from 09:48")).to_be_visible()
    expect(page.get_by_role("dialog")).to_be_visible()


def test_close_notes(mount):
    page = mount("EpisodeList.jsx")
    page.get_by_role("button", name="Notes for Ep 46").click()
    page.get_by_role("button", name="Close notes").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_role("button", name="Notes for Ep 46")).to_have_attribute("aria-expanded", "false")


def test_switching_episodes(mount):
    page = mount("EpisodeList.jsx")
    page.get_by_role("button", name="Notes for Ep 45").click()
    page.get_by_role("button", name="Notes for Ep 47").click()
    drawer = page.get_by_role("dialog", name="Ep 47 - The Salt Roads notes")
    expect(drawer).to_contain_text("Guest: Hélène Marchetti")
    expect(page.get_by_role("button", name="Notes for Ep 47")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("button", name="Notes for Ep 45")).to_have_attribute("aria-expanded", "false")
