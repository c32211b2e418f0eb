from playwright.sync_api import expect


def test_three_banners_and_the_safety_one_cannot_be_dismissed(mount):
    page = mount("StudioNotices.jsx")
    expect(page.get_by_text("Kiln 2 is down for repairs until 14 May.")).to_be_visible()
    expect(page.get_by_text("New glaze: Celadon Drift is on the glaze shelf.")).to_be_visible()
    mask = page.get_by_role("note").filter(has_text="Wear a dust mask when sanding greenware.")
    expect(mask).to_be_visible()
    expect(mask.get_by_role("button", name="Dismiss")).to_have_count(0)


def test_dismiss_the_kiln_banner(mount):
    page = mount("StudioNotices.jsx")
    page.get_by_role("alert").filter(has_text="Kiln 2").get_by_role("button", name="Dismiss").click()
    expect(page.get_by_text("Kiln 2 is down for repairs until 14 May.")).to_have_count(0)
    expect(page.get_by_text("1 notice hidden")).to_be_visible()


def test_dismissed_banner_does_not_come_back(mount):
    page = mount("StudioNotices.jsx")
    page.get_by_role("alert").filter(has_text="Kiln 2").get_by_role("button", name="Dismiss").click()
    page.get_by_role("button", name="Class list").click()
    expect(page.get_by_text("Thursday wheel class moves to 19:00 this week.")).to_be_visible()
    expect(page.get_by_text("Kiln 2 is down for repairs until 14 May.")).to_have_count(0)
    page.get_by_role("button", name="Kiln schedule").click()
    expect(page.get_by_text("Kiln 2 is down for repairs until 14 May.")).to_have_count(0)


def test_show_hidden_notices(mount):
    page = mount("StudioNotices.jsx")
    page.get_by_role("alert").filter(has_text="Kiln 2").get_by_role("button", name="Dismiss").click()
    page.get_by_role("note").filter(has_text="Celadon Drift").get_by_role("button", name="Dismiss").click()
    expect(page.get_by_text("2 notices hidden")).to_be_visible()
    page.get_by_role("button", name="Show hidden notices").click()
    expect(page.get_by_text("Kiln 2 is down for repairs until 14 May.")).to_be_visible()
    expect(page.get_by_text("New glaze: Celadon Drift is on the glaze shelf.")).to_be_visible()
    expect(page.get_by_text("notices hidden")).to_have_count(0)
