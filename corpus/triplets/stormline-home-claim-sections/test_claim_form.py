from playwright.sync_api import expect


def test_description_is_required(mount):
    page = mount("ClaimForm.jsx")
    expect(page.get_by_role("button", name="Submit claim")).to_be_disabled()
    page.get_by_label("Date of incident").fill("2025-03-02")
    page.get_by_role("region", name="Incident details").get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("Describe what happened")).to_be_visible()
    expect(page.get_by_role("button", name="Incident details")).to_have_attribute("aria-expanded", "true")


def test_saving_incident_opens_photos(mount):
    page = mount("ClaimForm.jsx")
    page.get_by_label("What happened?").fill("Burst pipe under kitchen sink")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("button", name="Incident details - done")).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("button", name="Photos")).to_have_attribute("aria-expanded", "true")


def test_full_claim_is_submitted(mount):
    page = mount("ClaimForm.jsx")
    page.get_by_label("What happened?").fill("Burst pipe under kitchen sink")
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_label("Photo file names (comma separated)").fill("sink.jpg, floor.jpg, cupboard.jpg")
    expect(page.get_by_text("3 photos listed")).to_be_visible()
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_placeholder("IBAN").fill("1234")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("Enter a valid IBAN")).to_be_visible()
    expect(page.get_by_role("button", name="Submit claim")).to_be_disabled()
    page.get_by_placeholder("IBAN").fill("NL91 ABNA 0417 1643 00")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("button", name="Bank details - done")).to_be_visible()
    page.get_by_role("button", name="Submit claim").click()
    expect(page.get_by_role("status")).to_have_text("Claim CL-77310 submitted. We will call you within 2 working days.")


def test_done_section_can_be_reopened(mount):
    page = mount("ClaimForm.jsx")
    page.get_by_label("What happened?").fill("Burst pipe under kitchen sink")
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_role("button", name="Incident details - done").click()
    expect(page.get_by_label("What happened?")).to_have_value("Burst pipe under kitchen sink")
