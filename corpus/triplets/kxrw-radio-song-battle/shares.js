// Percent of the votes per song, one decimal place.
export function shares(counts) {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((n) => (total ? ((n / total) * 100).toFixed(1) + "%" : "0.0%"));
}
