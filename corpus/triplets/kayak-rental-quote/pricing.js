// Prices are kept in cents so totals never drift.
export const BOATS = [
  { id: "solo", name: "Solo kayak", hourly: 1800 },
  { id: "tandem", name: "Tandem kayak", hourly: 2600 },
  { id: "sup", name: "Paddle board", hourly: 1500 },
];

export const LIFE_JACKET = 300;
export const MAX_HOURS = 8;

export function formatCents(cents) {
  return "$" + (cents / 100).toFixed(2);
}

export function quote({ boat, hours, jackets, member }) {
  const base = boat.hourly * hours;
  const extras = jackets * LIFE_JACKET;
  const discount = member && hours >= 3 ? Math.round(base * 0.1) : 0;
  return { base, extras, discount, total: base + extras - discount };
}
