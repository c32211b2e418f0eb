from playwright.sync_api import expect


def test_tri_gives_one_suggestion(mount):
    page = mount("FindLogTaxon.jsx")
    page.get_by_label("Taxon", exact=True).fill("tri")
    expect(page.get_by_role("option")).to_have_text(["Triceratops horridus"])


def test_only_word_starts_match(mount):
    page = mount("FindLogTaxon.jsx")
    page.get_by_label("Taxon", exact=True).fill("ra")
    expect(page.get_by_text("No taxon starts with that")).to_be_visible()


def test_keyboard_highlight_stops_at_the_top(mount):
    page = mount("FindLogTaxon.jsx")
    field = page.get_by_label("Taxon", exact=True)
    field.fill("t")
    field.press("ArrowDown")
    field.press("ArrowDown")
    expect(page.get_by_role("option", name="Triceratops horridus")).to_have_attribute("aria-selected", "true")
    field.press("ArrowUp")
    field.press("ArrowUp")
    expect(page.get_by_role("option", name="Tyrannosaurus rex")).to_have_attribute("aria-selected", "true")
    field.press("Enter")
    expect(field).to_have_value("Tyrannosaurus rex")


def test_log_find(mount):
    page = mount("FindLogTaxon.jsx")
    field = page.get_by_label("Taxon", exact=True)
    field.fill("t")
    field.press("ArrowDown")
    field.press("Enter")
    page.get_by_role("button", name="Log find").click()
    expect(page.get_by_role("status")).to_have_text("Find RM-117 logged: Tyrannosaurus rex (Theropod)")


def test_typing_after_picking_disables_log_find(mount):
    page = mount("FindLogTaxon.jsx")
    field = page.get_by_label("Taxon", exact=True)
    field.fill("t")
    field.press("ArrowDown")
    field.press("Enter")
    expect(page.get_by_role("button", name="Log find")).to_be_enabled()
    field.press("s")
    expect(page.get_by_role("button", name="Log find")).to_be_disabled()
