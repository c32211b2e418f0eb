from playwright.sync_api import expect


def test_first_page_with_pinned_report(mount):
    page = mount("TrailReports.jsx")
    expect(page.locator(".total")).to_have_text("7 reports")
    expect(page.locator(".report")).to_have_count(3)
    first = page.locator(".report").first
    expect(first.locator(".badge")).to_have_text("Pinned")
    expect(first).to_contain_text("Ranger Tal Ocampo")
    expect(page.get_by_role("button", name="Show 4 more")).to_be_visible()


def test_show_more_lists_all_reports(mount):
    page = mount("TrailReports.jsx")
    page.get_by_role("button", name="Show 4 more").click()
    expect(page.locator(".report")).to_have_count(7)
    expect(page.locator(".report").last).to_contain_text("Ola N.")
    expect(page.get_by_role("button", name="Show fewer")).to_be_visible()


def test_too_short_report_is_rejected(mount):
    page = mount("TrailReports.jsx")
    page.get_by_label("Condition").select_option(label="Snow / ice")
    page.get_by_label("What did you see?").fill("Icy slabs")
    page.get_by_role("button", name="Submit report").click()
    expect(page.locator(".error")).to_have_text("Reports need at least 10 characters.")
    expect(page.locator(".total")).to_have_text("7 reports")


def test_new_report_goes_after_the_pinned_one(mount):
    page = mount("TrailReports.jsx")
    page.get_by_label("Condition").select_option(label="Snow / ice")
    page.get_by_label("What did you see?").fill("Icy slabs past the saddle, microspikes needed")
    page.get_by_role("button", name="Submit report").click()
    expect(page.locator(".total")).to_have_text("8 reports")
    expect(page.locator(".summary")).to_contain_text("latest: Snow / ice")
    second = page.locator(".report").nth(1)
    expect(second).to_contain_text("You")
    expect(second.locator(".condition")).to_have_text("Snow / ice")
