from playwright.sync_api import expect


def test_opening_board(mount):
    page = mount("QuizScoreboard.jsx")
    expect(page.locator(".leader")).to_have_text("Leading: The Quizzly Bears (12)")
    expect(page.get_by_text("No changes this round")).to_be_visible()
    expect(page.get_by_role("button", name="Undo")).to_be_disabled()


def test_point_to_agatha_makes_a_tie(mount):
    page = mount("QuizScoreboard.jsx")
    page.get_by_role("button", name="Add a point to Agatha Quiztie").click()
    expect(page.locator(".leader")).to_have_text("Tie at 12: The Quizzly Bears & Agatha Quiztie")
    expect(page.locator(".last")).to_have_text("Last: +1 Agatha Quiztie")


def test_joker_round_doubles(mount):
    page = mount("QuizScoreboard.jsx")
    page.get_by_label("Joker round (double points)").check()
    page.get_by_role("button", name="Add a point to Les Quizérables").click()
    expect(page.get_by_role("row").filter(has_text="Les Quizérables").locator(".score")).to_have_text("12")
    expect(page.locator(".last")).to_have_text("Last: +2 Les Quizérables")


def test_undo_removes_only_the_last_point(mount):
    page = mount("QuizScoreboard.jsx")
    page.get_by_role("button", name="Add a point to Agatha Quiztie").click()
    page.get_by_role("button", name="Add a point to Universally Challenged").click()
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("row").filter(has_text="Universally Challenged").locator(".score")).to_have_text("7")
    expect(page.get_by_role("row").filter(has_text="Agatha Quiztie").locator(".score")).to_have_text("12")
    expect(page.locator(".last")).to_have_text("Last: +1 Agatha Quiztie")
    page.get_by_role("button", name="Redo").click()
    expect(page.get_by_role("row").filter(has_text="Universally Challenged").locator(".score")).to_have_text("8")
    page.get_by_role("button", name="Add a point to Agatha Quiztie").click()
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("button", name="Redo")).to_be_enabled()
    page.get_by_role("button", name="Add a point to The Quizzly Bears").click()
    expect(page.get_by_role("button", name="Redo")).to_be_disabled()
