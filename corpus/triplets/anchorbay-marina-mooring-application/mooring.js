// Anchor Bay marina tariff 2025, per charged metre.
export const SEASONS = [
  { id: "summer", label: "Summer (Apr-Sep)", perMetre: 180 },
  { id: "winter", label: "Winter (Oct-Mar)", perMetre: 95 },
  { id: "year", label: "Full year", perMetre: 250 },
];
export const POWER = 140;
export const MAX_BEAM = 4.2;

// Boats are charged by length rounded UP to the next half metre.
export function chargedLength(metres) {
  return Math.ceil(metres * 2) / 2;
}

export function mooringFee(length, seasonId, power) {
  const season = SEASONS.find((s) => s.id === seasonId);
  return chargedLength(length) * season.perMetre + (power ? POWER : 0);
}

export function pounds(n) {
  return "£" + n.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
