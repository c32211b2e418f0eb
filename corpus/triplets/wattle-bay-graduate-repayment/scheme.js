// Wattle Bay Graduate Contribution Scheme, 2025-26 bands (marginal, like income tax).
export const BANDS = [
  { from: 0, to: 41000, rate: 0 },
  { from: 41000, to: 58000, rate: 0.08 },
  { from: 58000, to: Infinity, rate: 0.12 },
];
export const PAY_PERIODS = 26; // fortnightly pay

export function bandAmounts(income) {
  return BANDS.map((b) => {
    const slice = Math.max(0, Math.min(income, b.to) - b.from);
    return { ...b, slice, amount: slice * b.rate };
  });
}

export function yearlyRepayment(income) {
  return Math.floor(bandAmounts(income).reduce((s, b) => s + b.amount, 0));
}

export function perPay(yearly) {
  return Math.floor((yearly / PAY_PERIODS) * 100) / 100;
}

export function yearsToClear(balance, yearly) {
  if (yearly <= 0 || balance <= 0) return null;
  return Math.ceil(balance / yearly);
}

export function dollars(n, cents = false) {
  return "$" + n.toLocaleString("en-AU", { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 });
}
