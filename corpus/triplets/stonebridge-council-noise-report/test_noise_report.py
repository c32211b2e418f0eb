from playwright.sync_api import expect

TOO_LONG = (
    "Since the start of March the bakery unit behind Larch Close runs its extractor fans and two delivery vans "
    "from 4 am every day. The humming goes through the walls of numbers 12 to 18 and wakes our children. "
    "We spoke to the manager twice already. Could an officer measure it at night, please?"
)
EXACTLY_250 = (
    "Since the start of March the bakery unit behind Larch Close runs its extractor fans from 4 am every day. "
    "The humming goes through the walls of numbers 12 to 18 and wakes our babies. We spoke to the manager twice. "
    "Could an officer measure it at night?"
)


def test_description_over_the_limit(mount):
    page = mount("NoiseReport.jsx")
    expect(page.get_by_text("0 / 250")).to_be_visible()
    page.get_by_label("Where is the noise coming from?").fill("Bakery unit, rear of 20 Larch Close")
    page.get_by_label("Describe the noise").fill(TOO_LONG)
    expect(page.get_by_text("290 / 250")).to_be_visible()
    expect(page.get_by_text("Please shorten the description by 40 characters")).to_be_visible()
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("alert")).to_contain_text("Keep the description under 250 characters")
    expect(page.get_by_text("Report received")).to_have_count(0)


def test_exactly_250_characters_is_allowed(mount):
    page = mount("NoiseReport.jsx")
    page.get_by_label("Your name (optional)").fill("Gwen Adebayo")
    page.get_by_label("Where is the noise coming from?").fill("Bakery unit, rear of 20 Larch Close")
    page.get_by_label("Describe the noise").fill(EXACTLY_250)
    expect(page.get_by_text("250 / 250")).to_be_visible()
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("heading", name="Report received")).to_be_visible()
    expect(
        page.get_by_text("Thank you, Gwen Adebayo. An environmental health officer will contact you within 5 working days.")
    ).to_be_visible()


def test_report_another_problem_starts_empty(mount):
    page = mount("NoiseReport.jsx")
    page.get_by_label("Where is the noise coming from?").fill("Bakery unit, rear of 20 Larch Close")
    page.get_by_label("Describe the noise").fill(EXACTLY_250)
    page.get_by_role("button", name="Send report").click()
    page.get_by_role("button", name="Report another problem").click()
    expect(page.get_by_label("Where is the noise coming from?")).to_have_value("")
    expect(page.get_by_label("Describe the noise")).to_have_value("")
    expect(page.get_by_text("0 / 250")).to_be_visible()


def test_empty_form_lists_both_problems(mount):
    page = mount("NoiseReport.jsx")
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("alert")).to_contain_text("Tell us where the noise is coming from")
    expect(page.get_by_role("alert")).to_contain_text("Describe the noise in a few words")
