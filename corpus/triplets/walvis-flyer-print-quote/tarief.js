// Drukkerij De Walvis – flyer tariff 2025. Amounts in euro cents.
export const PER_FLYER = { A6: 8, A5: 12, A4: 20 };
export const HEAVY_PAPER = 1.3; // 250 g/m²
export const DOUBLE_SIDED = 1.4;
export const RUSH_FEE = 1500;
export const VAT = 0.21;

export function volumeDiscount(qty) {
  if (qty >= 1000) return 0.25;
  if (qty >= 500) return 0.15;
  return 0;
}

export function flyerQuote({ format, qty, paper, doubleSided, rush }) {
  let print = PER_FLYER[format] * qty;
  if (paper === "250") print = print * HEAVY_PAPER;
  if (doubleSided) print = print * DOUBLE_SIDED;
  print = Math.round(print * (1 - volumeDiscount(qty)));
  const net = print + (rush ? RUSH_FEE : 0);
  const vat = Math.round(net * VAT);
  return { print, net, vat, total: net + vat };
}

const nl = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
export function euro(cents) {
  return nl.format(cents / 100);
}
