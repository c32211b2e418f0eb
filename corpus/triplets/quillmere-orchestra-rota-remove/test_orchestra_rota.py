from playwright.sync_api import expect


def test_confirm_removal(mount):
    page = mount("OrchestraRota.jsx")
    page.get_by_role("listitem").filter(has_text="Anders Lund").get_by_role("button", name="Remove").click()
    dialog = page.get_by_role("dialog", name="Remove from rota?")
    expect(dialog).to_contain_text("Anders Lund (Horn) will be taken off Friday 14 March - Brahms 2.")
    dialog.get_by_role("button", name="Remove player").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_text("Anders Lund", exact=True)).to_have_count(0)
    expect(page.get_by_text("5 players on rota")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("Anders Lund removed from the rota")


def test_keep_the_player(mount):
    page = mount("OrchestraRota.jsx")
    page.get_by_role("listitem").filter(has_text="Tomasz Wolny").get_by_role("button", name="Remove").click()
    page.get_by_role("button", name="Keep on rota").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_text("Tomasz Wolny", exact=True)).to_be_visible()
    expect(page.get_by_text("6 players on rota")).to_be_visible()
    expect(page.get_by_role("status")).to_have_count(0)


def test_escape_closes_the_dialog(mount):
    page = mount("OrchestraRota.jsx")
    page.get_by_role("listitem").filter(has_text="Mireille Okafor").get_by_role("button", name="Remove").click()
    expect(page.get_by_role("button", name="Keep on rota")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_text("Mireille Okafor", exact=True)).to_be_visible()
    expect(page.get_by_text("6 players on rota")).to_be_visible()
