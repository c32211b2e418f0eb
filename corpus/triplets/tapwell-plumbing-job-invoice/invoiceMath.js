export const LABOR_RATE = 9500; // cents per hour
export const SALES_TAX = 0.0725; // parts only, labor is not taxable
export const SENIOR_DISCOUNT = 0.1; // on labor

export function usd(cents) {
  const sign = cents < 0 ? "-" : "";
  return sign + "$" + (Math.abs(cents) / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function lineAmount(line) {
  return Math.round(line.qty * line.unit);
}

export function jobTotals(lines, senior) {
  const sum = (kind) => lines.filter((l) => l.kind === kind).reduce((s, l) => s + lineAmount(l), 0);
  const labor = sum("labor");
  const parts = sum("part");
  const fees = sum("fee");
  const tax = Math.round(parts * SALES_TAX);
  const discount = senior ? Math.round(labor * SENIOR_DISCOUNT) : 0;
  return { labor, parts, fees, tax, discount, total: labor + parts + fees + tax - discount };
}
