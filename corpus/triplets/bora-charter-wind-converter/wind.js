// everything goes through knots
export const UNITS = {
  kn: { label: "knots", perKnot: 1 },
  kmh: { label: "km/h", perKnot: 1.852 },
  mph: { label: "mph", perKnot: 1.15078 },
  ms: { label: "m/s", perKnot: 0.514444 },
};

export const BEAUFORT = [
  { force: 0, name: "Calm", from: 0 },
  { force: 1, name: "Light air", from: 1 },
  { force: 2, name: "Light breeze", from: 4 },
  { force: 3, name: "Gentle breeze", from: 7 },
  { force: 4, name: "Moderate breeze", from: 11 },
  { force: 5, name: "Fresh breeze", from: 17 },
  { force: 6, name: "Strong breeze", from: 22 },
  { force: 7, name: "Near gale", from: 28 },
  { force: 8, name: "Gale", from: 34 },
  { force: 9, name: "Strong gale", from: 41 },
];

export function toKnots(value, unit) {
  return value / UNITS[unit].perKnot;
}

export function fromKnots(knots, unit) {
  return knots * UNITS[unit].perKnot;
}

export function beaufort(knots) {
  let found = BEAUFORT[0];
  for (const b of BEAUFORT) {
    if (knots >= b.from) found = b;
  }
  return found;
}
