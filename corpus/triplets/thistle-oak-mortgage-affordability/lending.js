export const INCOME_MULTIPLE = 4.5;
export const COMMITMENT_MONTHS = 36; // each £1 of monthly credit reduces the loan by £36
export const MIN_DEPOSIT = 0.05;
export const STRESS_RATE = 5.49;
export const TERM_MONTHS = 300;

export function affordability({ incomes, commitments, deposit }) {
  const income = incomes.reduce((s, x) => s + x, 0);
  let loan = Math.max(0, income * INCOME_MULTIPLE - commitments * COMMITMENT_MONTHS);
  let price = loan + deposit;
  let depositLimited = false;
  if (deposit < price * MIN_DEPOSIT) {
    price = deposit / MIN_DEPOSIT;
    loan = price - deposit;
    depositLimited = true;
  }
  return { loan, price, ltv: Math.round((loan / price) * 100), monthly: repayment(loan), depositLimited };
}

export function repayment(loan) {
  const r = STRESS_RATE / 100 / 12;
  return Math.round(((loan * r) / (1 - Math.pow(1 + r, -TERM_MONTHS))) * 100) / 100;
}

export function gbp(n, pence = false) {
  return "£" + n.toLocaleString("en-GB", { minimumFractionDigits: pence ? 2 : 0, maximumFractionDigits: pence ? 2 : 0 });
}

export function parseMoney(text) {
  const n = Number(String(text || "").replace(/[£,\s]/g, ""));
  return Number.isFinite(n) ? n : 0;
}
