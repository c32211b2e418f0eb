from playwright.sync_api import expect


def test_default_lease(mount):
    page = mount("LeaseCalculator.jsx")
    expect(page.get_by_role("row", name="Leasing rate")).to_contain_text("CHF 1'622.73")
    expect(page.get_by_role("row", name="Breakdown insurance")).to_contain_text("CHF 67.60")
    expect(page.get_by_role("row", name="MWST 8.1 %")).to_contain_text("CHF 136.92")
    expect(page.get_by_role("row", name="Monthly total")).to_contain_text("CHF 1'827.25")
    expect(page.get_by_role("row", name="Residual value after 48 months")).to_contain_text("CHF 16'900.00")


def test_lower_residual_value(mount):
    page = mount("LeaseCalculator.jsx")
    page.get_by_label("10 %").check()
    expect(page.get_by_role("row", name="Leasing rate")).to_contain_text("CHF 1'782.44")
    expect(page.get_by_role("row", name="Monthly total")).to_contain_text("CHF 1'999.89")


def test_sixty_months(mount):
    page = mount("LeaseCalculator.jsx")
    page.get_by_label("Term").select_option("60 months")
    expect(page.get_by_role("row", name="Leasing rate")).to_contain_text("CHF 1'341.61")
    expect(page.get_by_role("row", name="Monthly total")).to_contain_text("CHF 1'523.36")
    expect(page.get_by_role("row", name="Residual value after 60 months")).to_be_visible()


def test_roller_without_insurance(mount):
    page = mount("LeaseCalculator.jsx")
    page.get_by_label("Machine", exact=True).select_option("Ammann ARX 26 roller – CHF 42'900.00")
    page.get_by_label("Include machinery breakdown insurance").uncheck()
    expect(page.get_by_role("row", name="Leasing rate")).to_contain_text("CHF 823.85")
    expect(page.get_by_role("row", name="Breakdown insurance")).to_have_count(0)
    expect(page.get_by_role("row", name="MWST 8.1 %")).to_contain_text("CHF 66.73")
    expect(page.get_by_role("row", name="Monthly total")).to_contain_text("CHF 890.58")
