from playwright.sync_api import expect


def test_opens_on_ready_with_counts(mount):
    page = mount("ResultsInbox.jsx")
    expect(page.get_by_role("tab", name="Ready")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Pending")).to_have_text("Pending 2")
    expect(page.get_by_role("tab", name="Ready")).to_have_text("Ready 3")
    expect(page.get_by_role("tab", name="Flagged")).to_have_text("Flagged 1")


def test_flag_moves_the_sample_to_flagged(mount):
    page = mount("ResultsInbox.jsx")
    page.get_by_role("listitem").filter(has_text="Rollo (labrador)").get_by_role("button", name="Flag").click()
    expect(page.get_by_text("Rollo (labrador)")).to_have_count(0)
    expect(page.get_by_role("tab", name="Ready")).to_have_text("Ready 2")
    expect(page.get_by_role("tab", name="Flagged")).to_have_text("Flagged 2")
    page.get_by_role("tab", name="Flagged").click()
    expect(page.get_by_role("tabpanel")).to_contain_text("Rollo (labrador)")
    expect(page.get_by_role("tabpanel")).to_contain_text("Duke (horse)")


def test_mark_reviewed(mount):
    page = mount("ResultsInbox.jsx")
    page.get_by_role("listitem").filter(has_text="Clover (rabbit)").get_by_role("button", name="Mark reviewed").click()
    expect(page.get_by_text("Clover (rabbit)")).to_have_count(0)
    expect(page.get_by_text("Reviewed today: 1")).to_be_visible()


def test_pending_tab_has_no_actions(mount):
    page = mount("ResultsInbox.jsx")
    page.get_by_role("tab", name="Pending").click()
    panel = page.get_by_role("tabpanel")
    expect(panel).to_contain_text("Results not back yet.")
    expect(panel).to_contain_text("Biscuit (beagle)")
    expect(panel).to_contain_text("Mango (cockatiel)")
    expect(panel.get_by_role("button")).to_have_count(0)
