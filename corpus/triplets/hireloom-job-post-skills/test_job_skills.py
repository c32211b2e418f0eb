from playwright.sync_api import expect


def test_duplicates_by_alias_or_other_group(mount):
    page = mount("JobSkills.jsx")
    page.get_by_label("Skill").fill("K8S")
    page.get_by_role("button", name="Add skill").click()
    expect(page.get_by_text("Kubernetes is already on the post")).to_be_visible()
    expect(page.get_by_role("heading", name="Required (3)")).to_be_visible()
    page.get_by_label("Skill").fill("terraform")
    page.get_by_role("button", name="Add skill").click()
    expect(page.get_by_text("Terraform is already on the post")).to_be_visible()


def test_alias_added_to_nice_to_have(mount):
    page = mount("JobSkills.jsx")
    page.get_by_label("Skill").fill("js")
    page.get_by_label("Add to").select_option("Nice to have")
    page.get_by_role("button", name="Add skill").click()
    expect(page.get_by_role("button", name="Remove JavaScript")).to_be_visible()
    expect(page.get_by_role("heading", name="Nice to have (2)")).to_be_visible()


def test_required_limit_of_five(mount):
    page = mount("JobSkills.jsx")
    page.get_by_role("button", name="Make Terraform required").click()
    expect(page.get_by_role("heading", name="Required (4)")).to_be_visible()
    expect(page.get_by_role("heading", name="Nice to have (0)")).to_be_visible()
    page.get_by_label("Skill").fill("Rust")
    page.get_by_role("button", name="Add skill").click()
    expect(page.get_by_role("heading", name="Required (5)")).to_be_visible()
    page.get_by_label("Skill").fill("gRPC")
    page.get_by_role("button", name="Add skill").click()
    expect(page.get_by_text("Keep it to 5 required skills")).to_be_visible()
    expect(page.get_by_role("heading", name="Required (5)")).to_be_visible()


def test_make_go_nice_to_have(mount):
    page = mount("JobSkills.jsx")
    page.get_by_role("button", name="Make Go nice-to-have").click()
    expect(page.get_by_role("heading", name="Required (2)")).to_be_visible()
    expect(page.get_by_role("heading", name="Nice to have (2)")).to_be_visible()
