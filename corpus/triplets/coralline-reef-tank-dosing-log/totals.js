export const PRODUCTS = ["Alkalinity buffer", "Calcium", "Magnesium", "Trace elements"];

export function dailyTotals(entries) {
  const sums = {};
  for (const e of entries) sums[e.product] = (sums[e.product] || 0) + e.ml;
  return PRODUCTS.filter((p) => sums[p] !== undefined).map((p) => p + " " + sums[p] + " ml");
}
