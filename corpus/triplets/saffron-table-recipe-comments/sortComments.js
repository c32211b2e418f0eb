export const SORTS = [
  { id: "newest", label: "Newest first" },
  { id: "oldest", label: "Oldest first" },
  { id: "liked", label: "Most liked" },
];

export function sortComments(comments, order) {
  const copy = [...comments];
  if (order === "liked") return copy.sort((a, b) => b.likes - a.likes);
  if (order === "oldest") return copy.sort((a, b) => a.postedAt.localeCompare(b.postedAt));
  return copy.sort((a, b) => b.postedAt.localeCompare(a.postedAt));
}
