from playwright.sync_api import expect


def test_initial_counter(mount):
    page = mount("ReviewThreads.jsx")
    expect(page.get_by_test_id("unresolved-count")).to_have_text("2 unresolved conversations")


def test_resolve_line_57_then_42(mount):
    page = mount("ReviewThreads.jsx")
    page.get_by_role("region", name="Conversation on line 57").get_by_role("button", name="Resolve conversation").click()
    expect(page.get_by_role("region", name="Conversation on line 57")).to_contain_text("Line 57: conversation resolved (1 comments)")
    expect(page.get_by_test_id("unresolved-count")).to_have_text("1 unresolved conversation")
    expect(page.get_by_test_id("all-clear")).to_have_count(0)
    page.get_by_role("region", name="Conversation on line 42").get_by_role("button", name="Resolve conversation").click()
    expect(page.get_by_test_id("unresolved-count")).to_have_text("0 unresolved conversations")
    expect(page.get_by_test_id("all-clear")).to_have_text("All conversations resolved - ready to merge")


def test_unresolve_line_88(mount):
    page = mount("ReviewThreads.jsx")
    page.get_by_role("region", name="Conversation on line 88").get_by_role("button", name="Unresolve").click()
    expect(page.get_by_role("region", name="Conversation on line 88").get_by_role("button", name="Resolve conversation")).to_be_visible()
    expect(page.get_by_test_id("unresolved-count")).to_have_text("3 unresolved conversations")


def test_reply_goes_to_its_own_thread(mount):
    page = mount("ReviewThreads.jsx")
    line42 = page.get_by_role("region", name="Conversation on line 42")
    line42.get_by_placeholder("Reply...").fill("Rounded per line now, see 4f1c2e")
    line42.get_by_role("button", name="Comment").click()
    expect(line42.locator(".thread-comment").last).to_have_text("@mbenali Rounded per line now, see 4f1c2e")
    expect(page.get_by_role("region", name="Conversation on line 57")).not_to_contain_text("Rounded per line now")
    line42.get_by_role("button", name="Comment").click()
    expect(line42.locator(".thread-comment")).to_have_count(3)


def test_hide_resolved(mount):
    page = mount("ReviewThreads.jsx")
    page.get_by_label("Hide resolved").check()
    expect(page.get_by_role("region", name="Conversation on line 88")).to_be_hidden()
    expect(page.get_by_role("region", name="Conversation on line 42")).to_be_visible()
