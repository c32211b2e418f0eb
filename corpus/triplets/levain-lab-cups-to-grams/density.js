// grams per US cup
export const INGREDIENTS = [
  { id: "bread-flour", name: "bread flour", perCup: 127 },
  { id: "wholewheat", name: "whole wheat flour", perCup: 120 },
  { id: "rye", name: "dark rye flour", perCup: 110 },
  { id: "water", name: "water", perCup: 237 },
  { id: "honey", name: "honey", perCup: 340 },
  { id: "salt", name: "fine salt", perCup: 288 },
];

export const UNITS = {
  cup: { label: "cups", perCup: 1 },
  tbsp: { label: "tbsp", perCup: 16 },
  tsp: { label: "tsp", perCup: 48 },
};

// "2 1/2", "3/4", "1.5", "2"
export function parseAmount(text) {
  const t = text.trim().replace(",", ".");
  let m = t.match(/^(\d+)\s+(\d+)\/(\d+)$/);
  if (m) return Number(m[1]) + Number(m[2]) / Number(m[3]);
  m = t.match(/^(\d+)\/(\d+)$/);
  if (m) return Number(m[1]) / Number(m[2]);
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return NaN;
}

export function toGrams(amount, unit, ingredient) {
  return (amount * ingredient.perCup) / UNITS[unit].perCup;
}

export function formatGrams(g) {
  return g < 10 ? g.toFixed(1) + " g" : Math.round(g) + " g";
}
