export function pounds(pence) {
  return "\u00a3" + (pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function invoiceNumber(n) {
  return "INV-" + String(n).padStart(4, "0");
}

export function sumPence(visits) {
  return visits.reduce((total, v) => total + v.pence, 0);
}
