import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "line,value,total",
    [
        ("Kit", "1300", "£4,800"),
        ("Referees", "0", "£3,870"),
        ("Pitch hire", "2,650", "£4,900"),
        ("Tournament fees", "£410", "£4,740"),
    ],
)
def test_changing_one_budget_line_updates_the_total(mount, line, value, total):
    page = mount("BudgetSheet.jsx")
    cell = page.get_by_label(line + " amount")
    cell.fill(value)
    cell.press("Enter")
    expect(page.locator(".total")).to_have_text(total)
    expect(page.get_by_text("History: 1 step")).to_be_visible()


def test_bad_amount(mount):
    page = mount("BudgetSheet.jsx")
    page.get_by_label("Kit amount").fill("12.345")
    page.get_by_label("Kit amount").press("Enter")
    expect(page.get_by_text("Enter an amount like 1,250")).to_be_visible()
    expect(page.locator(".total")).to_have_text("£4,650")


def test_enter_without_a_change_is_not_a_step(mount):
    page = mount("BudgetSheet.jsx")
    page.get_by_label("Referees amount").press("Enter")
    expect(page.get_by_text("History: 0 steps")).to_be_visible()


def test_undo_two_edits_then_redo(mount):
    page = mount("BudgetSheet.jsx")
    page.get_by_label("Kit amount").fill("1300")
    page.get_by_label("Kit amount").press("Enter")
    page.get_by_label("Referees amount").fill("900")
    page.get_by_label("Referees amount").press("Enter")
    expect(page.locator(".total")).to_have_text("£4,920")
    expect(page.get_by_text("History: 2 steps")).to_be_visible()
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".total")).to_have_text("£4,800")
    expect(page.get_by_label("Referees amount")).to_have_value("780")
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".total")).to_have_text("£4,650")
    page.get_by_role("button", name="Redo").click()
    expect(page.locator(".total")).to_have_text("£4,800")
