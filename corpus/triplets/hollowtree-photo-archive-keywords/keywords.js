export const LIMIT = 8;

function plural(n, word) {
  return n + " " + word + (n === 1 ? "" : "s");
}

// Splits a comma list and merges it into `existing`; returns the new list and a report line.
export function mergeKeywords(existing, raw) {
  const tags = existing.slice();
  let added = 0;
  let duplicates = 0;
  let over = 0;
  for (const part of raw.split(",")) {
    const word = part.trim().toLowerCase();
    if (!word) continue;
    if (tags.includes(word)) {
      duplicates += 1;
    } else if (tags.length >= LIMIT) {
      over += 1;
    } else {
      tags.push(word);
      added += 1;
    }
  }
  const parts = ["Added " + added];
  if (duplicates) parts.push("skipped " + plural(duplicates, "duplicate"));
  if (over) parts.push("skipped " + over + " over the limit of " + LIMIT);
  return { tags, report: parts.join(", ") };
}
