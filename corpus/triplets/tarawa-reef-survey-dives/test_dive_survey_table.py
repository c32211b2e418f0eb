import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "page_no,where,first",
    [
        ("2", "2 / 5", "D-07"),
        ("4", "4 / 5", "D-19"),
        ("5", "5 / 5", "D-25"),
    ],
)
def test_jump_to_a_page_with_enter(mount, page_no, where, first):
    page = mount("DiveSurveyTable.jsx")
    box = page.get_by_placeholder("Go to page")
    box.fill(page_no)
    box.press("Enter")
    expect(page.get_by_text(where)).to_be_visible()
    expect(page.get_by_role("row").nth(1)).to_contain_text(first)
    expect(box).to_have_value("")


@pytest.mark.parametrize(
    "page_no,message",
    [
        ("0", "There is no page 0. Pick 1 to 5."),
        ("6", "There is no page 6. Pick 1 to 5."),
    ],
)
def test_pages_that_do_not_exist(mount, page_no, message):
    page = mount("DiveSurveyTable.jsx")
    box = page.get_by_placeholder("Go to page")
    box.fill(page_no)
    box.press("Enter")
    expect(page.get_by_text(message)).to_be_visible()
    expect(page.get_by_text("1 / 5")).to_be_visible()


def test_the_last_page(mount):
    page = mount("DiveSurveyTable.jsx")
    box = page.get_by_placeholder("Go to page")
    box.fill("5")
    box.press("Enter")
    expect(page.get_by_role("row")).to_have_count(3)
    expect(page.get_by_role("row").nth(1)).to_contain_text("D-25")
    expect(page.get_by_role("row").nth(2)).to_contain_text("D-26")
    expect(page.get_by_role("button", name="Next")).to_be_disabled()
