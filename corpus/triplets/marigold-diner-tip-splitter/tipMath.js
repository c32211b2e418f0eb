export function toCents(text) {
  const n = parseFloat(String(text).replace(/[$,\s]/g, ""));
  return Number.isFinite(n) ? Math.round(n * 100) : NaN;
}

export function money(cents) {
  return "$" + (cents / 100).toFixed(2);
}

// Every share is rounded UP to the cent so the table never pays less than the check.
export function splitCheck({ bill, tax, tipPercent, preTax, people, roundUp }) {
  const base = preTax ? bill - tax : bill;
  const tip = Math.round((base * tipPercent) / 100);
  const total = bill + tip;
  let share = Math.ceil(total / people);
  if (roundUp) share = Math.ceil(share / 100) * 100;
  return { tip, total, share, paid: share * people };
}
