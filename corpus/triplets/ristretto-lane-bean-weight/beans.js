export const ORIGINS = [
  { id: "huila", name: "Huila, Colombia", per250: 1650, notes: "caramel, red apple" },
  { id: "guji", name: "Guji, Ethiopia", per250: 1900, notes: "jasmine, peach" },
  { id: "decaf", name: "Decaf Swiss Water", per250: 1500, notes: "cocoa, hazelnut" },
];
export const STEP = 250;
export const MIN_GRAMS = 250;
export const MAX_GRAMS = 2000;
export const BULK_FROM = 1000; // grams, 10% off
export const GRINDS = ["Whole beans", "Espresso (fine)", "Filter (medium)", "Plunger (coarse)"];

export function weightLabel(grams) {
  if (grams < 1000) return grams + " g";
  return String(grams / 1000) + " kg";
}

export function beanPrice(origin, grams) {
  const base = (origin.per250 * grams) / STEP;
  return grams >= BULK_FROM ? Math.round(base * 0.9) : base;
}

export function aud(cents) {
  return "$" + (cents / 100).toFixed(2);
}
