from playwright.sync_api import expect


def test_start_state(mount):
    page = mount("PosterEditor.jsx")
    expect(page.get_by_role("button", name="Undo")).to_be_disabled()
    expect(page.get_by_role("button", name="Redo")).to_be_disabled()
    expect(page.get_by_text("0 change(s) to undo")).to_be_visible()


def test_changes_then_undo_one_step_at_a_time(mount):
    page = mount("PosterEditor.jsx")
    page.get_by_role("button", name="Larger headline").click()
    page.get_by_role("button", name="Larger headline").click()
    expect(page.locator(".spec")).to_have_text('Headline: "Summer Fête" · 44 px · Ink black')
    expect(page.get_by_text("2 change(s) to undo")).to_be_visible()
    page.get_by_role("button", name="Colour Poppy red").click()
    expect(page.locator(".spec")).to_have_text('Headline: "Summer Fête" · 44 px · Poppy red')
    expect(page.get_by_text("3 change(s) to undo")).to_be_visible()
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".spec")).to_have_text('Headline: "Summer Fête" · 44 px · Ink black')
    expect(page.get_by_role("button", name="Redo")).to_be_enabled()
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".spec")).to_have_text('Headline: "Summer Fête" · 40 px · Ink black')
    page.get_by_role("button", name="Redo").click()
    expect(page.locator(".spec")).to_have_text('Headline: "Summer Fête" · 44 px · Ink black')


def test_new_change_clears_redo(mount):
    page = mount("PosterEditor.jsx")
    page.get_by_role("button", name="Larger headline").click()
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("button", name="Redo")).to_be_enabled()
    page.get_by_label("Headline", exact=True).fill("Summer Fête & Dog Show")
    page.get_by_role("button", name="Apply headline").click()
    expect(page.locator(".spec")).to_have_text('Headline: "Summer Fête & Dog Show" · 36 px · Ink black')
    expect(page.get_by_role("button", name="Redo")).to_be_disabled()
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".spec")).to_have_text('Headline: "Summer Fête" · 36 px · Ink black')
    expect(page.get_by_label("Headline", exact=True)).to_have_value("Summer Fête")
