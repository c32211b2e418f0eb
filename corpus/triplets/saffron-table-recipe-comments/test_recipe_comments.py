import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("order,first_author", [
    ("Newest first", "Tomasz Wrona"),
    ("Oldest first", "Hana Sato"),
    ("Most liked", "Hana Sato"),
])
def test_sorting_the_notes(mount, order, first_author):
    page = mount("RecipeComments.jsx")
    page.get_by_label("Sort by").select_option(label=order)
    expect(page.locator(".comment-card").first.locator(".author")).to_have_text(first_author)


def test_post_a_note_with_the_enter_key(mount):
    page = mount("RecipeComments.jsx")
    field = page.get_by_label("Add a note")
    field.fill("Added a pinch of sumac, lovely")
    field.press("Enter")
    first = page.locator(".comment-card").first
    expect(first).to_contain_text("Added a pinch of sumac, lovely")
    expect(first.locator(".author")).to_have_text("You")
    expect(page.get_by_role("heading", name="Cooks' notes (4)")).to_be_visible()
    expect(field).to_have_value("")


def test_enter_on_an_empty_field_does_nothing(mount):
    page = mount("RecipeComments.jsx")
    page.get_by_label("Add a note").press("Enter")
    expect(page.get_by_role("heading", name="Cooks' notes (3)")).to_be_visible()
    expect(page.locator(".comment-card")).to_have_count(3)


def test_liking_is_a_toggle(mount):
    page = mount("RecipeComments.jsx")
    heart = page.get_by_role("button", name="Like note by Ama Owusu")
    card = page.locator(".comment-card").filter(has_text="Ama Owusu")
    heart.click()
    expect(card.locator(".likes")).to_have_text("8")
    heart.click()
    expect(card.locator(".likes")).to_have_text("7")
