from playwright.sync_api import expect


def test_column_counts_on_load(mount):
    page = mount("FiringBoard.jsx")
    expect(page.get_by_role("heading", name="Queued (2)")).to_be_visible()
    expect(page.get_by_role("heading", name="Firing (1)")).to_be_visible()
    expect(page.get_by_role("heading", name="Cooling (1)")).to_be_visible()
    expect(page.get_by_role("heading", name="Done (1)")).to_be_visible()
    expect(page.get_by_text("1 of 5 loads finished")).to_be_visible()
    expect(page.get_by_role("button", name="Send back Porcelain vases ×3")).to_have_count(0)
    expect(page.get_by_role("button", name="Advance Planters ×8")).to_have_count(0)


def test_kiln_busy_blocks_second_load(mount):
    page = mount("FiringBoard.jsx")
    page.get_by_role("button", name="Advance Stoneware mugs ×24").click()
    expect(page.get_by_role("alert")).to_have_text("The kiln is busy with Raku bowls ×6")
    expect(page.get_by_role("heading", name="Queued (2)")).to_be_visible()
    page.get_by_role("button", name="Send back Bisque tiles ×40").click()
    expect(page.get_by_role("alert")).to_have_text("The kiln is busy with Raku bowls ×6")
    expect(page.get_by_role("region", name="Cooling (1)")).to_contain_text("Bisque tiles ×40")


def test_free_kiln_takes_the_mugs(mount):
    page = mount("FiringBoard.jsx")
    page.get_by_role("button", name="Advance Raku bowls ×6").click()
    page.get_by_role("button", name="Advance Stoneware mugs ×24").click()
    expect(page.get_by_role("region", name="Firing (1)")).to_contain_text("Stoneware mugs ×24")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("heading", name="Cooling (2)")).to_be_visible()


def test_tiles_to_done(mount):
    page = mount("FiringBoard.jsx")
    page.get_by_role("button", name="Advance Bisque tiles ×40").click()
    expect(page.get_by_role("heading", name="Done (2)")).to_be_visible()
    expect(page.get_by_text("2 of 5 loads finished")).to_be_visible()
