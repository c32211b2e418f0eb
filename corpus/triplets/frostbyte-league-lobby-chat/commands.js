// Slash commands of the lobby. Returns a reducer action, or null for normal chat.
export function parseCommand(text) {
  if (!text.startsWith("/")) return null;
  const [word, ...rest] = text.slice(1).split(/\s+/);
  const arg = rest.join(" ");
  switch (word.toLowerCase()) {
    case "mute":
      return arg ? { type: "mute", name: arg } : { type: "system", text: "Usage: /mute <player>" };
    case "unmute":
      return { type: "unmute", name: arg };
    case "gg":
      return { type: "say", text: "GG WP!" };
    case "help":
      return { type: "system", text: "Commands: /mute, /unmute, /gg" };
    default:
      return { type: "system", text: "Unknown command: /" + word };
  }
}
