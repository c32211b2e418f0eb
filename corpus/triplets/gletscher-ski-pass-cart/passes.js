// All prices in Rappen (1/100 CHF).
export const PASSES = [
  { id: "day-adult", name: "Day pass adult", price: 7900 },
  { id: "day-youth", name: "Day pass youth", price: 5500 },
  { id: "three-day", name: "3-day pass adult", price: 21000 },
  { id: "sledge", name: "Sledge run ticket", price: 1800 },
];

export const GROUP_MIN = 3; // 10% off a line with 3 or more passes of the same kind
export const MAX_PER_LINE = 12;

export function chf(rappen) {
  const sign = rappen < 0 ? "-" : "";
  const abs = Math.abs(rappen);
  const francs = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, "'");
  const cents = String(abs % 100).padStart(2, "0");
  return sign + "CHF " + francs + "." + cents;
}

export function lineAmount(pass, qty) {
  const gross = pass.price * qty;
  const bonus = qty >= GROUP_MIN ? Math.round(gross * 0.1) : 0;
  return { gross, bonus, net: gross - bonus };
}

export function cartSummary(lines) {
  let passes = 0;
  let total = 0;
  let savings = 0;
  for (let i = 0; i < lines.length; i++) {
    const { pass, qty } = lines[i];
    const a = lineAmount(pass, qty);
    passes += qty;
    total += a.net;
    savings += a.bonus;
  }
  return { passes, total, savings };
}
