from playwright.sync_api import expect


def test_archive_one_batch(mount):
    page = mount("CandleBatches.jsx")
    page.get_by_role("button", name="Batch actions for TB-32").click()
    page.get_by_role("menuitem", name="Archive").click()
    expect(page.get_by_role("row").filter(has_text="TB-32")).to_contain_text("Archived")


def test_delete_one_batch(mount):
    page = mount("CandleBatches.jsx")
    page.get_by_role("button", name="Batch actions for TB-33").click()
    page.get_by_role("menuitem", name="Delete", exact=True).click()
    expect(page.get_by_role("cell", name="TB-33", exact=True)).to_have_count(0)
    expect(page.get_by_role("row")).to_have_count(3)
    expect(page.get_by_text("3 batches")).to_be_visible()


def test_archive_all_cured(mount):
    page = mount("CandleBatches.jsx")
    page.get_by_role("button", name="More").click()
    page.get_by_role("menuitem", name="Archive all cured").click()
    expect(page.get_by_role("row").filter(has_text="TB-32")).to_contain_text("Archived")
    expect(page.get_by_role("row").filter(has_text="TB-33")).to_contain_text("Archived")
    expect(page.get_by_role("row").filter(has_text="TB-31")).to_contain_text("Curing")


def test_delete_all_archived(mount):
    page = mount("CandleBatches.jsx")
    page.get_by_role("button", name="More").click()
    page.get_by_role("menuitem", name="Delete all archived").click()
    expect(page.get_by_text("3 batches")).to_be_visible()
    expect(page.get_by_role("cell", name="TB-29", exact=True)).to_have_count(0)
    expect(page.get_by_role("cell", name="TB-32", exact=True)).to_be_visible()
    expect(page.get_by_role("cell", name="TB-33", exact=True)).to_be_visible()
    page.get_by_role("button", name="More").click()
    page.get_by_role("menuitem", name="Archive all cured").click()
    page.get_by_role("button", name="More").click()
    page.get_by_role("menuitem", name="Delete all archived").click()
    expect(page.get_by_role("row")).to_have_count(1)
    expect(page.get_by_role("row")).to_contain_text("TB-31")
    expect(page.get_by_text("1 batch")).to_be_visible()


def test_duplicate_a_batch(mount):
    page = mount("CandleBatches.jsx")
    page.get_by_role("button", name="Batch actions for TB-31").click()
    page.get_by_role("menuitem", name="Duplicate").click()
    row = page.get_by_role("row").filter(has_text="TB-34")
    expect(row).to_contain_text("Fig & cassis, 220 g tins")
    expect(row).to_contain_text("Poured")
    expect(page.get_by_text("5 batches")).to_be_visible()
