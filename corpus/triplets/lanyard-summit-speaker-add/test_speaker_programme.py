from playwright.sync_api import expect


def test_add_a_new_speaker(mount):
    page = mount("SpeakerProgramme.jsx")
    page.get_by_role("button", name="Add speaker").click()
    modal = page.get_by_role("dialog", name="New speaker")
    expect(modal.get_by_text("0/60", exact=True)).to_be_visible()
    modal.get_by_placeholder("Full name").fill("Dr. Ifeoma Chukwu")
    modal.get_by_placeholder("Talk title").fill("Edge caching for rural clinics")
    expect(modal.get_by_text("30/60", exact=True)).to_be_visible()
    modal.get_by_label("Track").select_option("Data")
    modal.get_by_role("button", name="Add speaker").click()
    expect(modal).to_be_hidden()
    expect(page.get_by_role("listitem").last).to_have_text("Dr. Ifeoma Chukwu - Edge caching for rural clinics (Data)")
    expect(page.get_by_text("Speakers: 4")).to_be_visible()


def test_duplicate_name_is_refused(mount):
    page = mount("SpeakerProgramme.jsx")
    page.get_by_role("button", name="Add speaker").click()
    modal = page.get_by_role("dialog", name="New speaker")
    modal.get_by_placeholder("Full name").fill("TOMÁS REHAK")
    modal.get_by_role("button", name="Add speaker").click()
    expect(modal.get_by_text("TOMÁS REHAK is already on the programme")).to_be_visible()
    expect(page.get_by_text("Speakers: 3")).to_be_visible()


def test_name_is_required(mount):
    page = mount("SpeakerProgramme.jsx")
    page.get_by_role("button", name="Add speaker").click()
    page.get_by_role("dialog").get_by_role("button", name="Add speaker").click()
    expect(page.get_by_text("Name is required")).to_be_visible()


def test_close_adds_nothing(mount):
    page = mount("SpeakerProgramme.jsx")
    page.get_by_role("button", name="Add speaker").click()
    page.get_by_placeholder("Full name").fill("Rosa Quint")
    page.get_by_role("button", name="Close").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(page.get_by_text("Rosa Quint")).to_have_count(0)
    expect(page.get_by_text("Speakers: 3")).to_be_visible()
