from playwright.sync_api import expect


def test_dismissed_banner_stays_away_after_refresh(mount):
    page = mount("LockerHome.jsx")
    page.get_by_role("region", name="Send with Lockbay").get_by_role("button", name="No thanks").click()
    expect(page.get_by_role("region", name="Send with Lockbay")).to_have_count(0)
    page.get_by_role("button", name="Refresh parcels").click()
    expect(page.get_by_text("Updated 08:15")).to_be_visible()
    expect(page.get_by_role("region", name="Send with Lockbay")).to_have_count(0)


def test_remind_me_later_comes_back_on_refresh(mount):
    page = mount("LockerHome.jsx")
    page.get_by_role("button", name="Remind me later").click()
    expect(page.get_by_role("region", name="Parcel expiring")).to_have_count(0)
    page.get_by_role("button", name="Refresh parcels").click()
    expect(page.get_by_role("region", name="Parcel expiring")).to_contain_text(
        "Your parcel in locker 14 at Ashby Station expires tomorrow."
    )


def test_collecting_removes_the_expiry_banner(mount):
    page = mount("LockerHome.jsx")
    item = page.get_by_role("listitem").filter(has_text="LB-88231")
    item.get_by_role("button", name="I have collected it").click()
    expect(item).to_contain_text("Collected")
    expect(page.get_by_role("region", name="Parcel expiring")).to_have_count(0)
    expect(page.get_by_role("region", name="Locker bank closed")).to_be_visible()


def test_dismiss_the_maintenance_banner(mount):
    page = mount("LockerHome.jsx")
    page.get_by_role("region", name="Locker bank closed").get_by_role("button", name="Dismiss").click()
    expect(page.get_by_role("region", name="Locker bank closed")).to_have_count(0)
    expect(page.get_by_role("region", name="Parcel expiring")).to_be_visible()
    expect(page.get_by_role("region", name="Send with Lockbay")).to_be_visible()
