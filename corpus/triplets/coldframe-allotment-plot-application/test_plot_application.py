from playwright.sync_api import expect


def test_empty_form(mount):
    page = mount("PlotApplication.jsx")
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.get_by_text("Enter your full name")).to_be_visible()
    expect(page.get_by_text("Enter your home postcode")).to_be_visible()
    expect(page.get_by_text("Choose a plot size")).to_be_visible()
    expect(page.get_by_text("You must agree to the allotment rules")).to_be_visible()


def test_full_plot_inside_the_borough(mount):
    page = mount("PlotApplication.jsx")
    page.get_by_label("Full name").fill("Ada Brennan")
    page.get_by_label("Home postcode").fill("cb4 9qt")
    page.get_by_label("Preferred site").select_option("Mill Pond")
    page.get_by_label("Full plot (250 m²) - £68 a year").check()
    page.get_by_role("checkbox").last.check()
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.get_by_text("Added to the waiting list for Mill Pond - annual rent £68.00")).to_be_visible()


def test_half_plot_with_concession(mount):
    page = mount("PlotApplication.jsx")
    page.get_by_label("Full name").fill("Ada Brennan")
    page.get_by_label("Home postcode").fill("cb4 9qt")
    page.get_by_label("Preferred site").select_option("Mill Pond")
    page.get_by_label("Half plot (125 m²) - £38 a year").check()
    page.get_by_label("Concession (over 65 or on benefits) - 40% off").check()
    page.get_by_role("checkbox").last.check()
    page.get_by_role("button", name="Join the waiting list").click()
    expect(
        page.get_by_text("Added to the waiting list for Mill Pond - annual rent £22.80 (concession)")
    ).to_be_visible()


def test_postcode_outside_the_borough(mount):
    page = mount("PlotApplication.jsx")
    page.get_by_label("Home postcode").fill("CB7 2AA")
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.get_by_text("Plots are only for residents of CB1 to CB4")).to_be_visible()


def test_rules_must_be_agreed(mount):
    page = mount("PlotApplication.jsx")
    page.get_by_label("Full name").fill("Ada Brennan")
    page.get_by_label("Home postcode").fill("cb4 9qt")
    page.get_by_label("Full plot (250 m²) - £68 a year").check()
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.get_by_text("You must agree to the allotment rules")).to_be_visible()
    expect(page.get_by_text("Added to the waiting list")).to_have_count(0)
