// Bin codes look like C-02-1: aisle letter, two-digit bay, shelf level 1-5.
const FORMAT = /^[A-H]-\d{2}-[1-5]$/;

export function normalize(text) {
  return text.trim().toUpperCase();
}

export function checkBin(code, others) {
  if (!FORMAT.test(code)) return "Format: aisle-bay-level, e.g. C-02-1";
  if (others.includes(code)) return "Bin " + code + " already exists";
  return "";
}
