export function checkScore(raw) {
  const n = Number(raw);
  if (!raw || !Number.isInteger(n) || n < 1 || n > 10) return "Scores go from 1 to 10";
  return "";
}

// Projects with a declared conflict are left out of every total.
export function summarise(rows) {
  const mine = rows.filter((r) => !r.conflict);
  const scored = mine.filter((r) => r.score !== null);
  const sum = scored.reduce((n, r) => n + r.score, 0);
  return {
    total: mine.length,
    judged: scored.length,
    remaining: mine.length - scored.length,
    average: scored.length ? Math.round((sum / scored.length) * 10) / 10 : null,
  };
}
