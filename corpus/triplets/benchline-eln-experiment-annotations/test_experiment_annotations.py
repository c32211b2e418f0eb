from playwright.sync_api import expect

X121 = "x" * 121
X120 = "x" * 120


def test_flag_and_unflag_a_note(mount):
    page = mount("ExperimentAnnotations.jsx")
    row = page.locator(".annotation").filter(has_text="Stock NaOH lot 22-118 nearly empty.")
    row.get_by_role("checkbox").check()
    expect(page.locator(".flag-count")).to_have_text("2")
    row.get_by_role("checkbox").uncheck()
    expect(page.locator(".flag-count")).to_have_text("1")


def test_add_note_with_mentions(mount):
    page = mount("ExperimentAnnotations.jsx")
    field = page.get_by_label("New annotation")
    field.fill("@aokafor @lchen run 3 repeated, endpoint 8.21")
    expect(page.locator(".left")).to_have_text("75 characters left")
    page.get_by_role("button", name="Add note").click()
    last = page.locator(".annotation").last
    expect(last.locator(".who")).to_have_text("pmurthy")
    expect(last.locator(".text")).to_have_text("@aokafor @lchen run 3 repeated, endpoint 8.21")
    expect(page.locator(".mention-count")).to_have_text("3")
    expect(field).to_have_value("")
    expect(page.locator(".left")).to_have_text("120 characters left")


def test_character_limit(mount):
    page = mount("ExperimentAnnotations.jsx")
    field = page.get_by_label("New annotation")
    field.fill(X121)
    expect(page.locator(".left")).to_have_text("-1 characters left")
    expect(page.get_by_role("button", name="Add note")).to_be_disabled()
    field.fill(X120)
    expect(page.locator(".left")).to_have_text("0 characters left")
    expect(page.get_by_role("button", name="Add note")).to_be_enabled()
