from playwright.sync_api import expect


def test_first_page_to_last_page(mount):
    page = mount("ToolLoans.jsx")
    expect(page.get_by_text("Showing 1-5 of 17")).to_be_visible()
    expect(page.get_by_text("Page 1 of 4")).to_be_visible()
    expect(page.get_by_role("button", name="Previous page")).to_be_disabled()
    next_page = page.get_by_role("button", name="Next page")
    next_page.click()
    next_page.click()
    next_page.click()
    expect(page.get_by_text("Page 4 of 4")).to_be_visible()
    expect(page.get_by_role("row")).to_have_count(3)
    expect(page.get_by_role("row").nth(1)).to_contain_text("Plate compactor")
    expect(page.get_by_role("row").nth(2)).to_contain_text("Wallpaper steamer")
    expect(page.get_by_text("Showing 16-17 of 17")).to_be_visible()
    expect(next_page).to_be_disabled()


def test_rows_per_page(mount):
    page = mount("ToolLoans.jsx")
    page.get_by_role("button", name="Next page").click()
    expect(page.get_by_text("Page 2 of 4")).to_be_visible()
    page.get_by_label("Rows per page").select_option("10")
    expect(page.get_by_text("Page 1 of 2")).to_be_visible()
    expect(page.get_by_text("Showing 1-10 of 17")).to_be_visible()
    page.get_by_label("Rows per page").select_option("20")
    expect(page.get_by_text("Page 1 of 1")).to_be_visible()
    expect(page.get_by_role("row")).to_have_count(18)
    expect(page.get_by_role("button", name="Previous page")).to_be_disabled()
    expect(page.get_by_role("button", name="Next page")).to_be_disabled()
