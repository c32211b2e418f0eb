export const LIMIT = 120;

// "@lchen" style mentions of lab members.
export function findMentions(text) {
  return text.match(/@[a-z0-9_]+/g) || [];
}
