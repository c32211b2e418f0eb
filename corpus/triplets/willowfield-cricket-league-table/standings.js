export function points(team) {
  return team.won * 4 + team.tied * 2 + team.noResult * 2;
}

// Points first, then net run rate.
export function rankTeams(teams) {
  return [...teams].sort((a, b) => points(b) - points(a) || b.nrr - a.nrr);
}

export function formatNrr(nrr) {
  const text = Math.abs(nrr).toFixed(3);
  return (nrr >= 0 ? "+" : "-") + text;
}
