from playwright.sync_api import expect


def test_suggestions_skip_applied_labels(mount):
    page = mount("IssueLabels.jsx")
    page.get_by_label("Add label").fill("c")
    options = page.get_by_role("option")
    expect(options).to_have_text(["crash", "critical", "css"])
    page.get_by_label("Add label").fill("e")
    expect(page.get_by_role("option")).to_have_text(["emoji"])


def test_arrow_down_twice_and_enter(mount):
    page = mount("IssueLabels.jsx")
    box = page.get_by_label("Add label")
    box.fill("c")
    box.press("ArrowDown")
    expect(page.get_by_role("option", name="crash")).to_have_attribute("aria-selected", "true")
    box.press("ArrowDown")
    expect(page.get_by_role("option", name="critical")).to_have_attribute("aria-selected", "true")
    box.press("Enter")
    expect(page.get_by_role("list", name="Labels")).to_contain_text("critical")
    expect(box).to_have_value("")


def test_arrow_up_clears_highlight_then_typed_text(mount):
    page = mount("IssueLabels.jsx")
    box = page.get_by_label("Add label")
    box.fill("pdf")
    box.press("ArrowDown")
    box.press("ArrowUp")
    expect(page.get_by_role("option", name="pdf")).to_have_attribute("aria-selected", "false")
    box.press("Enter")
    expect(page.get_by_role("list", name="Labels")).to_contain_text("pdf")


def test_escape_closes_the_list_and_unknown_label(mount):
    page = mount("IssueLabels.jsx")
    box = page.get_by_label("Add label")
    box.fill("c")
    expect(page.get_by_role("listbox", name="Suggestions")).to_be_visible()
    box.press("Escape")
    expect(page.get_by_role("listbox", name="Suggestions")).to_be_hidden()
    expect(box).to_have_value("c")
    box = page.get_by_label("Add label")
    box.fill("crashh")
    box.press("Enter")
    expect(page.get_by_text('No label named "crashh"')).to_be_visible()
