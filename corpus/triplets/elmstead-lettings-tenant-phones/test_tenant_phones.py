import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "typed,shown",
    [
        ("07700900123", "07700 900123"),
        ("07700 900 123", "07700 900123"),
        ("+447700900123", "07700 900123"),
        ("0770090012", "Enter a UK mobile, e.g. 07700 900000"),
        ("01632 960001", "Enter a UK mobile, e.g. 07700 900000"),
    ],
)
def test_saving_what_the_manager_typed(mount, typed, shown):
    page = mount("TenantPhones.jsx")
    row = page.get_by_role("row").filter(has_text="Flat 3")
    row.get_by_role("button", name="Edit").click()
    page.get_by_label("Mobile for Lucía Ferrer").fill(typed)
    row.get_by_role("button", name="Save").click()
    expect(row).to_contain_text(shown)


def test_confirmation_after_a_good_save(mount):
    page = mount("TenantPhones.jsx")
    page.get_by_role("row").filter(has_text="Flat 3").get_by_role("button", name="Edit").click()
    page.get_by_label("Mobile for Lucía Ferrer").fill("07700 900999")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Phone updated for Lucía Ferrer (Flat 3)")).to_be_visible()
    expect(page.get_by_role("textbox")).to_have_count(0)


def test_cancel_keeps_the_old_number(mount):
    page = mount("TenantPhones.jsx")
    row = page.get_by_role("row").filter(has_text="Flat 2")
    row.get_by_role("button", name="Edit").click()
    page.get_by_label("Mobile for Owen Batt").fill("07700 111222")
    row.get_by_role("button", name="Cancel").click()
    expect(row).to_contain_text("07700 900781")
