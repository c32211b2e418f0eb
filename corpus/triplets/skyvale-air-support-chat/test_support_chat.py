import pytest
from playwright.sync_api import expect


def test_greeting(mount):
    page = mount("SupportChat.jsx")
    expect(page.locator(".msg").first).to_contain_text("Hello Noor, how can I help with SV-4821?")


def test_send_disabled_when_empty(mount):
    page = mount("SupportChat.jsx")
    send = page.get_by_role("button", name="Send")
    expect(send).to_be_disabled()
    page.get_by_label("Your question").fill("   ")
    expect(send).to_be_disabled()


@pytest.mark.parametrize("question,answer", [
    ("How much is an extra suitcase?", "Checked bags on Skyvale Basic cost 35 EUR each, up to 23 kg."),
    ("I want my money back", "Refunds for SV-4821 go back to the original card within 7 days."),
    ("can I bring my cat", "Sorry, I didn't catch that. Try baggage, refund or seat."),
])
def test_assistant_answers(mount, question, answer):
    page = mount("SupportChat.jsx")
    page.get_by_label("Your question").fill(question)
    page.get_by_role("button", name="Send").click()
    expect(page.locator(".msg.user").last).to_contain_text("Noor Haddad")
    expect(page.locator(".msg.user").last).to_contain_text(question)
    expect(page.locator(".msg.bot").last).to_contain_text(answer)
    expect(page.get_by_label("Your question")).to_have_value("")


def test_talk_to_an_agent(mount):
    page = mount("SupportChat.jsx")
    page.get_by_role("button", name="Talk to an agent").click()
    expect(page.locator(".msg.bot").last).to_contain_text("You are number 4 in the queue.")
    expect(page.get_by_text("An agent will join shortly.")).to_be_visible()
    expect(page.get_by_role("button", name="Talk to an agent")).to_have_count(0)


def test_suggestion_only_fills_the_field(mount):
    page = mount("SupportChat.jsx")
    page.get_by_role("button", name="Refund status").click()
    expect(page.get_by_label("Your question")).to_have_value("Refund status")
    expect(page.locator(".msg")).to_have_count(1)
