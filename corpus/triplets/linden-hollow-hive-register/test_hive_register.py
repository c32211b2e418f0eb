import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "query,summary,first",
    [
        ("mill lane", "2 hives found", "LH-05"),
        ("Buckfast", "3 hives found", "LH-01"),
        ("LH-1", "3 hives found", "LH-11"),
        ("2024", "3 hives found", "LH-05"),
    ],
)
def test_search_by_code_apiary_or_queen_line(mount, query, summary, first):
    page = mount("HiveRegister.jsx")
    page.get_by_label("Search hives").fill(query)
    expect(page.get_by_role("status")).to_have_text(summary)
    expect(page.get_by_role("heading", level=3).first).to_have_text(first)


def test_spaces_around_the_search_words_are_ignored(mount):
    page = mount("HiveRegister.jsx")
    page.get_by_label("Search hives").fill("  carniolan  ")
    expect(page.get_by_role("status")).to_have_text("2 hives found")


def test_nothing_matches(mount):
    page = mount("HiveRegister.jsx")
    page.get_by_label("Search hives").fill("varroa")
    expect(page.get_by_text("No hive matches varroa")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("0 hives found")
