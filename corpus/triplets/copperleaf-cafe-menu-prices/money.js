export function formatPence(pence) {
  return "£" + (pence / 100).toFixed(2);
}

// "3.6", "3.60", "£3.60" -> 360 ; anything else -> null
export function parsePrice(text) {
  const clean = text.trim().replace(/^£/, "");
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const pence = Math.round(Number(clean) * 100);
  return pence > 0 ? pence : null;
}
