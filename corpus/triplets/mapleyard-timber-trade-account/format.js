// Formatting helpers for the Mapleyard trade counter.
export function digitsOnly(text) {
  return text.replace(/\D/g, "");
}

// UK landline / mobile, 11 digits: 01632 960 123 / 07700 900 123
export function formatPhone(raw) {
  const d = digitsOnly(raw);
  if (d.length !== 11 || !d.startsWith("0")) return null;
  return `${d.slice(0, 5)} ${d.slice(5, 8)} ${d.slice(8)}`;
}

// GB VAT: "GB" + 9 digits, shown as GB 123 4567 89
export function formatVat(raw) {
  const compact = raw.replace(/\s/g, "").toUpperCase();
  const m = compact.match(/^(?:GB)?(\d{9})$/);
  if (!m) return null;
  const d = m[1];
  return `GB ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
}
