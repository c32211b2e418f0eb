export const GEAR = {
  tent: { name: "2-person tent", perDay: 1800 },
  bag: { name: "Sleeping bag (-5°C)", perDay: 700 },
  stove: { name: "Camp stove", perDay: 500 },
  canister: { name: "Bear canister", perDay: 400 },
};

export const WAIVER_RATE = 0.1;

export function usd(cents) {
  return "$" + (cents / 100).toFixed(2);
}

export function lineCost(id, qty, days) {
  return GEAR[id].perDay * qty * days;
}

export function rentalTotals(lines, days, waiver) {
  const subtotal = lines.reduce((sum, l) => sum + lineCost(l.id, l.qty, days), 0);
  const waiverFee = waiver ? Math.round(subtotal * WAIVER_RATE) : 0;
  return { subtotal, waiverFee, total: subtotal + waiverFee };
}
