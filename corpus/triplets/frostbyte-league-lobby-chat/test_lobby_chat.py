import pytest
from playwright.sync_api import expect


def test_plain_chat_message(mount):
    page = mount("LobbyChat.jsx")
    box = page.get_by_placeholder("Say something or type /help")
    box.fill("rotate B after pistol")
    box.press("Enter")
    expect(page.get_by_role("listitem").last).to_have_text("[Ember Owls] You: rotate B after pistol")
    expect(box).to_be_empty()


@pytest.mark.parametrize("command,system_line", [
    ("/help", "* Commands: /mute, /unmute, /gg"),
    ("/dance", "* Unknown command: /dance"),
    ("/mute", "* Usage: /mute <player>"),
])
def test_commands_answer_with_a_system_line(mount, command, system_line):
    page = mount("LobbyChat.jsx")
    box = page.get_by_placeholder("Say something or type /help")
    box.fill(command)
    box.press("Enter")
    expect(page.get_by_role("listitem").last).to_have_text(system_line)


def test_muting_hides_earlier_messages_too(mount):
    page = mount("LobbyChat.jsx")
    box = page.get_by_placeholder("Say something or type /help")
    box.fill("/mute Vexa")
    box.press("Enter")
    expect(page.locator(".system").last).to_have_text("* Vexa muted")
    expect(page.locator(".line")).to_have_count(1)
    expect(page.locator(".line")).to_contain_text("Korrin")
    expect(page.get_by_text("glhf")).to_have_count(0)
    expect(page.locator(".muted-list")).to_have_text("Muted: Vexa")
