from playwright.sync_api import expect


def test_open_one_question(mount):
    page = mount("CareFaq.jsx")
    expect(page.get_by_text("5 of 5 questions")).to_be_visible()
    page.get_by_role("button", name="Can I shower with gold vermeil?").click()
    expect(page.get_by_role("button", name="Can I shower with gold vermeil?")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("region", name="Can I shower with gold vermeil?")).to_contain_text(
        "Vermeil is a thin layer of gold over sterling silver"
    )


def test_only_one_question_open_at_a_time(mount):
    page = mount("CareFaq.jsx")
    page.get_by_role("button", name="Can I shower with gold vermeil?").click()
    page.get_by_role("button", name="How do I clean pearls?").click()
    expect(page.get_by_role("button", name="How do I clean pearls?")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("button", name="Can I shower with gold vermeil?")).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("region")).to_have_count(1)


def test_clicking_again_closes(mount):
    page = mount("CareFaq.jsx")
    page.get_by_role("button", name="How do I clean pearls?").click()
    page.get_by_role("button", name="How do I clean pearls?").click()
    expect(page.get_by_role("button", name="How do I clean pearls?")).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("region")).to_have_count(0)


def test_search_ignores_case(mount):
    page = mount("CareFaq.jsx")
    page.get_by_placeholder("Search care tips").fill("SILVER")
    expect(page.get_by_text("3 of 5 questions")).to_be_visible()


def test_helpful_feedback(mount):
    page = mount("CareFaq.jsx")
    page.get_by_role("button", name="How should I store my pieces?").click()
    page.get_by_role("region").get_by_role("button", name="Yes").click()
    expect(page.get_by_text("Thanks for your feedback")).to_be_visible()
