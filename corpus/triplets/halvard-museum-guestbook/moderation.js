// Entries with links or spam words are not published straight away.
const HOLD_WORDS = ["http", "www.", "casino", "crypto"];

export function checkEntry(text) {
  const lower = text.toLowerCase();
  return HOLD_WORDS.some((w) => lower.includes(w)) ? "hold" : "publish";
}
