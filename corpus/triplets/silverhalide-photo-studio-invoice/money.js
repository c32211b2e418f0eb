export const TAX_RATE = 0.08875; // New York City sales tax

export function dollars(cents) {
  return "$" + (cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function parseQty(text) {
  const t = text.trim();
  if (t === "") return 1;
  const n = Number(t);
  return Number.isInteger(n) && n > 0 ? n : NaN;
}

export function parsePrice(text) {
  const t = text.trim().replace(/^\$/, "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : NaN;
}

export function totals(lines) {
  let subtotal = 0;
  lines.forEach((l) => {
    subtotal += l.qty * l.price;
  });
  const tax = Math.round(subtotal * TAX_RATE);
  return { subtotal, tax, total: subtotal + tax };
}
