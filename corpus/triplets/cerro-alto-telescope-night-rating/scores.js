export const WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"];

// Overall score: mean of the criteria, one decimal, half up.
export function average(values) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.round(mean * 10) / 10;
}
