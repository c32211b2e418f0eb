from playwright.sync_api import expect


def test_four_adults_and_two_children_get_groupsave(mount):
    page = mount("GroupTravel.jsx")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("Step 2 of 3: Group")).to_be_visible()
    page.get_by_label("Adults (16+)").fill("4")
    page.get_by_label("Children (5-15)").fill("2")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("4 adults, 2 children")).to_be_visible()
    expect(page.get_by_text("GroupSave: a third off adult fares")).to_be_visible()
    expect(page.get_by_text("Total £140.80")).to_be_visible()


def test_back_keeps_the_group(mount):
    page = mount("GroupTravel.jsx")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Adults (16+)").fill("4")
    page.get_by_label("Children (5-15)").fill("2")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_text("Step 2 of 3: Group")).to_be_visible()
    expect(page.get_by_label("Adults (16+)")).to_have_value("4")
    expect(page.get_by_label("Children (5-15)")).to_have_value("2")


def test_groupsave_starts_at_three_adults(mount):
    page = mount("GroupTravel.jsx")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Adults (16+)").fill("3")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("GroupSave: a third off adult fares")).to_be_visible()
    expect(page.get_by_text("Total £76.80")).to_be_visible()
    page.get_by_role("button", name="Back").click()
    page.get_by_label("Adults (16+)").fill("2")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("GroupSave: a third off adult fares")).to_have_count(0)
    expect(page.get_by_text("Total £76.80")).to_be_visible()


def test_no_adults(mount):
    page = mount("GroupTravel.jsx")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Adults (16+)").fill("0")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("At least one adult has to travel")).to_be_visible()
