import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "postcode,shown,message",
    [
        ("bm4 2qt", "BM4 2QT", "Planned work: no water in BM4 2 on 3 June, 09:00-13:00."),
        ("BM7 1AA", "BM7 1AA", "Boil water notice for BM7 1 until further notice."),
        ("BM1 9ZZ", "BM1 9ZZ", "No notices for BM1 9ZZ."),
    ],
)
def test_notices_for_a_postcode(mount, postcode, shown, message):
    page = mount("AreaNotices.jsx")
    page.get_by_placeholder("Postcode, e.g. BM4 2QT").fill(postcode)
    page.get_by_role("button", name="Check my area").click()
    expect(page.get_by_role("heading", name="Notices for " + shown)).to_be_visible()
    expect(page.get_by_text(message)).to_be_visible()


def test_a_closed_notice_stays_closed(mount):
    page = mount("AreaNotices.jsx")
    box = page.get_by_placeholder("Postcode, e.g. BM4 2QT")
    box.fill("BM4 2QT")
    page.get_by_role("button", name="Check my area").click()
    page.get_by_role("button", name="Close notice").click()
    expect(page.get_by_text("Planned work: no water in BM4 2 on 3 June, 09:00-13:00.")).to_have_count(0)
    expect(page.get_by_text("1 closed notice")).to_be_visible()
    box.fill("BM7 1AA")
    page.get_by_role("button", name="Check my area").click()
    box.fill("BM4 2QT")
    page.get_by_role("button", name="Check my area").click()
    expect(page.get_by_text("Planned work: no water in BM4 2 on 3 June, 09:00-13:00.")).to_have_count(0)


def test_urgent_notice_cannot_be_closed(mount):
    page = mount("AreaNotices.jsx")
    page.get_by_placeholder("Postcode, e.g. BM4 2QT").fill("BM7 1AA")
    page.get_by_role("button", name="Check my area").click()
    expect(page.get_by_role("alert")).to_contain_text("Boil water notice for BM7 1 until further notice.")
    expect(page.get_by_role("alert").get_by_role("button", name="Close notice")).to_have_count(0)
    expect(page.get_by_role("button", name="Close notice")).to_have_count(1)
    low = page.get_by_role("status").filter(has_text="Low pressure possible in BM7 1 while we flush the mains.")
    low.get_by_role("button", name="Close notice").click()
    expect(low).to_have_count(0)
    page.get_by_role("button", name="Show again").click()
    expect(page.get_by_text("Low pressure possible in BM7 1 while we flush the mains.")).to_be_visible()
