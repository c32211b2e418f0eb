export function totalOf(counts) {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

export function averageOf(counts) {
  const total = totalOf(counts);
  if (total === 0) return 0;
  const sum = Object.entries(counts).reduce((s, [stars, n]) => s + Number(stars) * n, 0);
  return Math.round((sum / total) * 10) / 10;
}

export function percentOf(part, total) {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}
