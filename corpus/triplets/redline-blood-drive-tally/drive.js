export const TYPES = ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"];

export function progress(donated, goal) {
  return { percent: Math.round((donated / goal) * 100), reached: donated >= goal };
}

// Rare types the hospital asked for: listed while the count is under the target.
export function shortages(byType, targets) {
  return Object.entries(targets)
    .filter(([t, target]) => (byType[t] || 0) < target)
    .map(([t, target]) => ({ type: t, have: byType[t] || 0, target }));
}
