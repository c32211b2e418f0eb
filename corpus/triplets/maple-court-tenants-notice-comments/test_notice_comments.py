from playwright.sync_api import expect


def test_post_a_comment(mount):
    page = mount("NoticeComments.jsx")
    expect(page.locator(".count")).to_have_text("3 comments")
    box = page.get_by_placeholder("Write a comment for your neighbours...")
    box.fill("Will the laundry room still be open?")
    page.get_by_role("button", name="Post comment").click()
    last = page.locator(".comment").last
    expect(last).to_contain_text("Will the laundry room still be open?")
    expect(last).to_contain_text("You")
    expect(last).to_contain_text("Flat 2B")
    expect(page.locator(".count")).to_have_text("4 comments")
    expect(box).to_have_value("")


def test_blank_comment_cannot_be_posted(mount):
    page = mount("NoticeComments.jsx")
    page.get_by_placeholder("Write a comment for your neighbours...").fill("   ")
    expect(page.get_by_role("button", name="Post comment")).to_be_disabled()


def test_reply_to_a_neighbour(mount):
    page = mount("NoticeComments.jsx")
    dolores = page.locator(".comment").filter(has_text="Dolores Haley")
    dolores.get_by_role("button", name="Reply", exact=True).click()
    page.get_by_placeholder("Reply to Dolores Haley").fill("Gate code is 4471, I will leave it open")
    page.get_by_role("button", name="Send reply").click()
    expect(dolores.locator(".reply")).to_contain_text("Gate code is 4471, I will leave it open")
    marcus = page.locator(".comment").filter(has_text="Marcus Obi")
    expect(marcus).not_to_contain_text("Gate code is 4471")
    expect(page.locator(".count")).to_have_text("4 comments")
