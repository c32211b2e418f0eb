from playwright.sync_api import expect


def test_families_collapsed_with_sheet_counts(mount):
    page = mount("SpecimenTree.jsx")
    expect(page.get_by_role("button", name="Rosaceae (6)")).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("button", name="Orchidaceae (3)")).to_be_visible()
    expect(page.get_by_role("button", name="Ericaceae (3)")).to_be_visible()
    expect(page.locator(".sheet")).to_have_count(0)


def test_expand_a_family(mount):
    page = mount("SpecimenTree.jsx")
    page.get_by_role("button", name="Rosaceae (6)").click()
    expect(page.get_by_role("button", name="Rosaceae (6)")).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("button", name="Rosa (2)")).to_be_visible()
    expect(page.get_by_role("button", name="Prunus (1)")).to_be_visible()
    expect(page.get_by_role("button", name="Sorbus (3)")).to_be_visible()
    expect(page.locator(".sheet")).to_have_count(0)


def test_expand_a_genus(mount):
    page = mount("SpecimenTree.jsx")
    page.get_by_role("button", name="Rosaceae (6)").click()
    page.get_by_role("button", name="Sorbus (3)").click()
    expect(page.locator(".taxon")).to_have_text(["Sorbus aucuparia", "Sorbus torminalis", "Sorbus arranensis"])


def test_reopened_family_remembers_open_genus(mount):
    page = mount("SpecimenTree.jsx")
    page.get_by_role("button", name="Rosaceae (6)").click()
    page.get_by_role("button", name="Sorbus (3)").click()
    page.get_by_role("button", name="Rosaceae (6)").click()
    expect(page.locator(".sheet")).to_have_count(0)
    page.get_by_role("button", name="Rosaceae (6)").click()
    expect(page.locator(".sheet")).to_have_count(3)


def test_expand_all_and_collapse_all(mount):
    page = mount("SpecimenTree.jsx")
    page.get_by_role("button", name="Expand all").click()
    expect(page.locator(".sheet")).to_have_count(12)
    page.get_by_role("button", name="Collapse all").click()
    expect(page.locator(".sheet")).to_have_count(0)
    expect(page.get_by_role("button", name="Sorbus (3)")).to_be_hidden()
