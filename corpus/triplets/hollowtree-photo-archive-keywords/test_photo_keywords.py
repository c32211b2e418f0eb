import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "typed,report,preview",
    [
        ("fog, boats", "Added 2", "harbour; sunrise; whitby; fog; boats"),
        ("Fog, fog, HARBOUR", "Added 1, skipped 2 duplicates", "harbour; sunrise; whitby; fog"),
        ("gulls,, ,pier", "Added 2", "harbour; sunrise; whitby; gulls; pier"),
        ("cobles, Whitby", "Added 1, skipped 1 duplicate", "harbour; sunrise; whitby; cobles"),
        ("a, b, c, d, e, f", "Added 5, skipped 1 over the limit of 8", "harbour; sunrise; whitby; a; b; c; d; e"),
    ],
)
def test_pasting_a_comma_list_of_keywords(mount, typed, report, preview):
    page = mount("PhotoKeywords.jsx")
    page.get_by_placeholder("Keywords, separated by commas").fill(typed)
    page.get_by_role("button", name="Add keywords").click()
    expect(page.locator(".report")).to_have_text(report)
    expect(page.locator(".iptc")).to_have_text(preview)


def test_removing_a_keyword(mount):
    page = mount("PhotoKeywords.jsx")
    page.get_by_role("button", name="Remove keyword sunrise").click()
    expect(page.locator(".iptc")).to_have_text("harbour; whitby")
    expect(page.get_by_role("heading", name="Keywords (2/8)")).to_be_visible()
