from playwright.sync_api import expect


def test_ladder_sorting_by_column_headings(mount):
    page = mount("ClubLadder.jsx")
    rows = page.get_by_role("row")
    expect(rows.nth(1)).to_contain_text("Ifeoma Eze")
    expect(rows.nth(1)).to_contain_text("2045")
    expect(rows.last).to_contain_text("Ben Carver")

    page.get_by_role("columnheader", name="Win %").click()
    expect(rows.nth(1)).to_contain_text("Ifeoma Eze")
    expect(rows.nth(1)).to_contain_text("83%")
    expect(rows.nth(2)).to_contain_text("Grace Liu")
    expect(rows.nth(2)).to_contain_text("73%")
    expect(rows.nth(3)).to_contain_text("Pieter de Vries")
    expect(rows.nth(3)).to_contain_text("67%")

    page.get_by_role("columnheader", name="Win %").click()
    expect(rows.nth(1)).to_contain_text("Ben Carver")
    expect(rows.nth(1)).to_contain_text("18%")

    page.get_by_role("columnheader", name="Player").click()
    expect(rows).to_contain_text(
        [
            "Player",
            "Ben Carver",
            "Derek Ames",
            "Grace Liu",
            "Hana Kowalczyk",
            "Ifeoma Eze",
            "Olga Petrenko",
            "Pieter de Vries",
            "Tomas Ruiz",
        ]
    )

    page.get_by_role("columnheader", name="Played").click()
    expect(rows.nth(1)).to_contain_text("Derek Ames")
    expect(rows.nth(2)).to_contain_text("Grace Liu")
