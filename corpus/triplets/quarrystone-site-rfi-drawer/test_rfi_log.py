from playwright.sync_api import expect


def test_panel_shows_the_rfi_and_its_comments(mount):
    page = mount("RfiLog.jsx")
    page.get_by_role("button", name="RFI-031").click()
    panel = page.get_by_role("dialog", name="RFI-031 Slab edge detail at grid C4")
    expect(panel.get_by_role("listitem")).to_have_count(2)
    expect(panel.get_by_role("listitem").last).to_contain_text("Use detail 7/A-512 rev C.")


def test_post_comment_disabled_while_empty(mount):
    page = mount("RfiLog.jsx")
    page.get_by_role("button", name="RFI-031").click()
    expect(page.get_by_role("button", name="Post comment")).to_be_disabled()
    page.get_by_label("Add a comment").fill("   ")
    expect(page.get_by_role("button", name="Post comment")).to_be_disabled()


def test_posting_a_comment(mount):
    page = mount("RfiLog.jsx")
    page.get_by_role("button", name="RFI-036").click()
    page.get_by_label("Add a comment").fill("Site confirms tie spacing on scaffold lift 3.")
    page.get_by_role("button", name="Post comment").click()
    panel = page.get_by_role("dialog")
    expect(panel.get_by_role("listitem")).to_have_count(2)
    expect(panel.get_by_role("listitem").nth(1)).to_contain_text("Site confirms tie spacing on scaffold lift 3.")
    expect(page.get_by_role("row").filter(has_text="RFI-036")).to_contain_text("2 comments")


def test_mark_answered(mount):
    page = mount("RfiLog.jsx")
    page.get_by_role("button", name="RFI-034").click()
    page.get_by_role("button", name="Mark answered").click()
    expect(page.get_by_role("dialog").get_by_text("Answered")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="RFI-034")).to_contain_text("Answered")
    expect(page.get_by_text("Open RFIs: 1")).to_be_visible()
