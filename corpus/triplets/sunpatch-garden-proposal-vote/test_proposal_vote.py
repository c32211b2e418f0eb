from playwright.sync_api import expect


def test_abstain_counts_towards_quorum(mount):
    page = mount("ProposalVote.jsx")
    tanks = page.get_by_role("article", name="Install two rainwater tanks (£640)")
    expect(tanks.locator(".status")).to_have_text("No quorum yet (15 of 16)")
    tanks.get_by_role("button", name="Abstain").click()
    expect(tanks.locator(".tally")).to_have_text("For 9 - Against 4 - Abstain 3")
    expect(tanks.locator(".status")).to_have_text("Passing")


def test_tie_fails_until_one_more_for(mount):
    page = mount("ProposalVote.jsx")
    glyphosate = page.get_by_role("article", name="No glyphosate on shared beds")
    expect(glyphosate.locator(".status")).to_have_text("Failing")
    glyphosate.get_by_role("button", name="For").click()
    expect(glyphosate.locator(".tally")).to_have_text("For 9 - Against 8 - Abstain 3")
    expect(glyphosate.locator(".status")).to_have_text("Passing")


def test_changing_my_vote_moves_it(mount):
    page = mount("ProposalVote.jsx")
    glyphosate = page.get_by_role("article", name="No glyphosate on shared beds")
    glyphosate.get_by_role("button", name="Against").click()
    glyphosate.get_by_role("button", name="For").click()
    expect(glyphosate.locator(".tally")).to_have_text("For 9 - Against 8 - Abstain 3")


def test_lock_in_my_votes(mount):
    page = mount("ProposalVote.jsx")
    page.get_by_role("button", name="Lock in my votes").click()
    expect(page.get_by_text("Your votes are locked in. Thank you!")).to_be_visible()
    compost = page.get_by_role("article", name="Move the compost bays to the north fence")
    expect(compost.get_by_role("button", name="For")).to_be_disabled()
    expect(compost.get_by_role("button", name="Against")).to_be_disabled()
    expect(compost.get_by_role("button", name="Abstain")).to_be_disabled()
