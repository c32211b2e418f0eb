// Danish notation: 1.234,50 kr.
export function kroner(ore) {
  const neg = ore < 0 ? "-" : "";
  const abs = Math.abs(Math.round(ore));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return neg + whole + "," + String(abs % 100).padStart(2, "0") + " kr.";
}

// "12,5" and "12.5" both mean twelve and a half
export function parseAmount(text) {
  const n = parseFloat(String(text).trim().replace(",", "."));
  return Number.isFinite(n) ? n : 0;
}

export const MOMS = 0.25;

export function invoiceTotals(lines) {
  let subtotal = 0;
  for (let i = 0; i < lines.length; i++) {
    subtotal += Math.round(parseAmount(lines[i].qty) * parseAmount(lines[i].price) * 100);
  }
  const moms = Math.round(subtotal * MOMS);
  return { subtotal, moms, total: subtotal + moms };
}
