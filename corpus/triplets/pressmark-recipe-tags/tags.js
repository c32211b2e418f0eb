export const MAX_TAGS = 6;

export function normalizeTag(text) {
  return text.trim().toLowerCase().replace(/\s+/g, "-");
}

// Returns an error message, or "" when `tag` may be added to `tags`.
export function tagProblem(tags, tag) {
  if (!tag) return "";
  if (tags.includes(tag)) return "Already tagged: " + tag;
  if (tags.length >= MAX_TAGS) return "Up to " + MAX_TAGS + " tags";
  if (tag.length > 20) return "Tags are 20 characters max";
  return "";
}
