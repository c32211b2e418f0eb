from playwright.sync_api import expect


def test_only_first_waiting_group_can_be_called(mount):
    page = mount("TeeSheetBoard.jsx")
    expect(page.get_by_text("On course: 3 of 4 groups")).to_be_visible()
    expect(page.locator(".group-card").filter(has_text="Delacroix").get_by_role("button", name="Call to tee")).to_be_enabled()
    expect(page.locator(".group-card").filter(has_text="Patel").get_by_role("button", name="Call to tee")).to_be_disabled()
    expect(page.locator(".group-card").filter(has_text="Brookes").get_by_role("button", name="Call to tee")).to_be_disabled()


def test_full_course_blocks_the_next_call(mount):
    page = mount("TeeSheetBoard.jsx")
    page.locator(".group-card").filter(has_text="Delacroix").get_by_role("button", name="Call to tee").click()
    expect(page.get_by_text("Delacroix called to the 1st tee")).to_be_visible()
    expect(page.get_by_text("On course: 4 of 4 groups")).to_be_visible()
    expect(page.locator(".group-card").filter(has_text="Patel").get_by_role("button", name="Call to tee")).to_be_disabled()
    page.locator(".group-card").filter(has_text="Hendricks").get_by_role("button", name="Card in").click()
    expect(page.get_by_text("Hendricks card received")).to_be_visible()
    expect(page.get_by_text("On course: 3 of 4 groups")).to_be_visible()
    expect(page.locator(".group-card").filter(has_text="Patel").get_by_role("button", name="Call to tee")).to_be_enabled()


def test_no_show_removes_the_group(mount):
    page = mount("TeeSheetBoard.jsx")
    page.locator(".group-card").filter(has_text="Brookes").get_by_role("button", name="No-show").click()
    expect(page.get_by_text("Brookes marked as no-show")).to_be_visible()
    expect(page.locator(".group-card").filter(has_text="Brookes")).to_have_count(0)
    expect(page.locator(".group-card").filter(has_text="Patel")).to_be_visible()
