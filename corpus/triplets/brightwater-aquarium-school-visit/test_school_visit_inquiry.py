from playwright.sync_api import expect


def test_school_name_is_cut_at_40_characters(mount):
    page = mount("SchoolVisitInquiry.jsx")
    expect(page.get_by_text("0/40")).to_be_visible()
    page.get_by_label("School or group name").fill("St Bartholomew's Church of England Primary School")
    expect(page.get_by_label("School or group name")).to_have_value("St Bartholomew's Church of England Prima")
    expect(page.get_by_text("40/40 - limit reached")).to_be_visible()


def test_needs_are_cut_at_120_characters(mount):
    page = mount("SchoolVisitInquiry.jsx")
    page.get_by_label("Accessibility or dietary needs").fill(
        "Two wheelchair users; one pupil with a severe nut allergy, so no nuts in the picnic area please. "
        "Hearing loop if possible!"
    )
    expect(page.get_by_label("Accessibility or dietary needs")).to_have_value(
        "Two wheelchair users; one pupil with a severe nut allergy, so no nuts in the picnic area please. "
        "Hearing loop if possibl"
    )
    expect(page.get_by_text("120/120 - limit reached")).to_be_visible()


def test_group_size_limit(mount):
    page = mount("SchoolVisitInquiry.jsx")
    page.get_by_label("School or group name").fill("Harbourside Primary")
    page.get_by_label("Teacher's email").fill("l.owusu@harbourside.sch.test")
    page.get_by_label("Number of pupils").fill("61")
    page.get_by_role("button", name="Send inquiry").click()
    expect(page.get_by_text("Groups are 5 to 60 pupils - larger schools book two slots")).to_be_visible()
    page.get_by_label("Number of pupils").fill("60")
    page.get_by_label("Preferred date").select_option("Thu 23 Oct")
    page.get_by_role("button", name="Send inquiry").click()
    expect(
        page.get_by_text(
            "Thanks! The education team will email l.owusu@harbourside.sch.test about your visit on Thu 23 Oct for 60 pupils."
        )
    ).to_be_visible()
