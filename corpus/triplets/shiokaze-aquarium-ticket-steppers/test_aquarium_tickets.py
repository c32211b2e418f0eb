from playwright.sync_api import expect


def test_adults_child_and_preschool(mount):
    page = mount("AquariumTickets.jsx")
    page.get_by_role("button", name="Add Adult ticket").click()
    page.get_by_role("button", name="Add Adult ticket").click()
    page.get_by_role("button", name="Add Child (6–12) ticket").click()
    expect(page.locator(".count")).to_have_text("3 tickets")
    expect(page.locator(".total")).to_have_text("Total ¥6,800")
    page.get_by_role("button", name="Add Preschool (3–5) ticket").click()
    expect(page.locator(".count")).to_have_text("4 tickets")
    expect(page.locator(".total")).to_have_text("Total ¥7,400")


def test_children_need_a_guardian(mount):
    page = mount("AquariumTickets.jsx")
    page.get_by_role("button", name="Add Adult ticket").click()
    page.get_by_role("button", name="Add Adult ticket").click()
    page.get_by_role("button", name="Add Child (6–12) ticket").click()
    page.get_by_role("button", name="Add Preschool (3–5) ticket").click()
    page.get_by_role("button", name="Remove Adult ticket").click()
    page.get_by_role("button", name="Remove Adult ticket").click()
    expect(page.get_by_text("Children must be accompanied by an adult or student")).to_be_visible()
    expect(page.get_by_role("button", name="Buy tickets")).to_be_disabled()
    page.get_by_role("button", name="Add High-school student ticket").click()
    expect(page.get_by_text("Children must be accompanied by an adult or student")).to_be_hidden()
    expect(page.get_by_role("button", name="Buy tickets")).to_be_enabled()
    expect(page.locator(".total")).to_have_text("Total ¥3,600")


def test_group_rate_and_ticket_limit(mount):
    page = mount("AquariumTickets.jsx")
    add_adult = page.get_by_role("button", name="Add Adult ticket")
    add_adult.click()
    add_adult.click()
    add_adult.click()
    add_adult.click()
    add_adult.click()
    add_adult.click()
    add_adult.click()
    add_adult.click()
    expect(page.locator(".group")).to_have_text("Group rate −10%: −¥2,240")
    expect(page.locator(".total")).to_have_text("Total ¥20,160")
    add_adult.click()
    add_adult.click()
    expect(page.get_by_text("Maximum 10 tickets per order")).to_be_visible()
    expect(add_adult).to_be_disabled()
    expect(page.get_by_role("button", name="Add Child (6–12) ticket")).to_be_disabled()
    expect(page.locator(".total")).to_have_text("Total ¥25,200")
