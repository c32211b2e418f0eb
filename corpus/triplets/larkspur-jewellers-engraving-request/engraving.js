export const LINE_LIMIT = 24;
export const PRICE_PER_LINE = 9;
const ALLOWED = /^[A-Za-z0-9 .,&'-]*$/;

export function lineNote(index, text) {
  if (!ALLOWED.test(text)) return "Only letters, numbers and . , & ' - can be engraved";
  const over = text.length - LINE_LIMIT;
  if (over > 0) return `Line ${index + 1} is ${over} ${over === 1 ? "character" : "characters"} too long`;
  return "";
}

export function engravingPrice(lines) {
  return lines.filter((l) => l.trim() !== "").length * PRICE_PER_LINE;
}
