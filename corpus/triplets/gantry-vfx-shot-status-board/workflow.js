export const STATUSES = ["Not started", "In progress", "Client review", "Approved"];

// Which statuses a shot may be set to from where it is now.
export function allowed(current, blocked) {
  return STATUSES.filter((s) => {
    if (s === current) return true;
    if (blocked && (s === "Client review" || s === "Approved")) return false;
    if (s === "Approved") return current === "Client review";
    return true;
  });
}

export function summary(shots) {
  const approved = shots.filter((s) => s.status === "Approved").length;
  const blocked = shots.filter((s) => s.blocked).length;
  return "Approved " + approved + " / " + shots.length + " · Blocked " + blocked;
}
