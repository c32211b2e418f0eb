import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "typed,first,count",
    [
        ("por", "Porthtowan", 3),
        ("bay", "Watergate Bay", 3),
        ("sen", "Sennen Cove", 1),
        ("a", "Polzeath", 4),
    ],
)
def test_suggestions_for_what_i_type(mount, typed, first, count):
    page = mount("LessonBeachPicker.jsx")
    page.get_by_label("Beach", exact=True).fill(typed)
    suggestions = page.get_by_role("list", name="Suggested beaches").get_by_role("button")
    expect(suggestions.first).to_have_text(first)
    expect(suggestions).to_have_count(count)


def test_starts_with_comes_before_contains(mount):
    page = mount("LessonBeachPicker.jsx")
    page.get_by_label("Beach", exact=True).fill("por")
    expect(page.get_by_role("list", name="Suggested beaches").get_by_role("button")).to_have_text(
        ["Porthtowan", "Porthmeor", "Perranporth"]
    )


def test_picking_a_suggestion(mount):
    page = mount("LessonBeachPicker.jsx")
    page.get_by_label("Beach", exact=True).fill("fis")
    page.get_by_role("button", name="Fistral").click()
    expect(page.get_by_label("Beach", exact=True)).to_have_value("Fistral")
    expect(page.get_by_role("list", name="Suggested beaches")).to_be_hidden()
    expect(page.get_by_text("Lessons at Fistral: 09:00, 11:30, 14:00")).to_be_visible()


def test_nothing_matches(mount):
    page = mount("LessonBeachPicker.jsx")
    page.get_by_label("Beach", exact=True).fill("xq")
    expect(page.get_by_text("No beaches match")).to_be_visible()
