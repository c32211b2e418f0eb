export const METRES_PER_YARD = 0.9144;
export const NAP_EXTRA = 0.1;

function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}

// fabric is cut in eighths of a yard, always rounded UP
export function roundUpToEighth(yards) {
  return Math.ceil(yards * 8 - 1e-9) / 8;
}

export function eighths(yards) {
  const total = Math.round(yards * 8);
  const whole = Math.floor(total / 8);
  const rest = total % 8;
  if (rest === 0) return `${whole} yd`;
  const d = gcd(rest, 8);
  const frac = `${rest / d}/${8 / d}`;
  return whole ? `${whole} ${frac} yd` : `${frac} yd`;
}

export function metresUp(yards) {
  return Math.ceil(yards * METRES_PER_YARD * 10 - 1e-9) / 10;
}

export function convertYardage({ yards, patternWidth, fabricWidth, nap }) {
  const raw = (yards * patternWidth) / fabricWidth * (nap ? 1 + NAP_EXTRA : 1);
  const cut = roundUpToEighth(raw);
  return { cut, label: eighths(cut), metres: metresUp(cut) };
}
